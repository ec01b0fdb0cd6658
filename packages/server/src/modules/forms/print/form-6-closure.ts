import { words } from '../labels.js';
import { assessmentFacts, assessmentTable } from './form-2-assessment.js';
import { fieldTable, formDocument, section, signatures, type Printer } from './layout.js';

/** The closure rule of form 6: the final family assessment's total against its threshold (≥ 48). */
export function closureThreshold(p: Printer): string {
  const a = p.r.finalAssessment;
  if (!a) return p.text(null);
  const rule = a.instrument.definition.thresholds.find((t) => t.allowsClosure) ?? a.instrument.definition.thresholds[0];
  const result = rule ? a.score.thresholds.find((t) => t.key === rule.key) : undefined;
  if (!rule || !result) return `${p.number(a.score.total)} / ${p.number(a.score.maxTotal)}`;
  return `${p.number(a.score.total)} ${rule.op === '>=' ? '≥' : '≤'} ${p.number(rule.value)}: <b>${p.t(result.met ? words.met : words.notMet)}</b>`;
}

/** Form 6: the final assessment and its total against the threshold, and the closure. */
export function finalAssessmentClosure(p: Printer): string {
  const { kase, finalAssessment } = p.r;
  const closure = fieldTable(p, [
    ['closure.date', p.day(kase.closed_on)],
    ['closure.reason', p.lookup('closure_reason', kase.closure_reason)],
    ['closure.summary', p.text(kase.closure_summary)],
    ['case.caseworker', p.text(p.r.caseworkerName)],
  ]);
  const final = finalAssessment
    ? fieldTable(p, [[words.total, closureThreshold(p)]]) + assessmentFacts(p, finalAssessment) + assessmentTable(p, finalAssessment)
    : '';
  const caregiver = p.r.placement?.carer?.caregiverName ?? p.r.family?.caregiverName ?? null;
  return formDocument(p, 6, 'final_assessment_closure', [
    section(p, words.sectionFinal, final),
    section(p, words.sectionClosure, closure),
    signatures(p, [['caseworker', p.r.caseworkerName], ['supervisor', null], ['family', caregiver], ['child', p.childName]]),
  ].join('\n'));
}
