import type { TAssessment } from '@homeward/core';
import { escapeHtml } from '../../../platform/pdf/document.js';
import { words, type Label } from '../labels.js';
import { fieldTable, formDocument, section, signatures, type Printer } from './layout.js';

/**
 * One MoSVY assessment as a table: each section's items with the score (1–4), its level's name
 * and the reason written, the section subtotals and the total. Wording comes from the
 * instrument version the assessment was given on.
 */
export function assessmentTable(p: Printer, a: TAssessment): string {
  const subtotal = new Map(a.score.sections.map((s) => [s.key, s]));
  const rows = a.instrument.definition.sections.map((s) => {
    const items = s.items.map((item) => {
      const answer = a.answers[item.key];
      const value = answer?.value;
      let shown = p.text(null);
      if (item.kind === 'scale' && typeof value === 'number') {
        const level = item.levels.find((lv) => lv.value === value);
        shown = `${p.number(value)}${level ? ` · ${p.t(level.label)}` : ''}`;
      } else if (typeof value === 'boolean') shown = p.t(value ? words.yes : words.no);
      else if (typeof value === 'string') shown = p.text(value);
      return `<tr><td>${p.t(item.label)}</td><td class="score">${shown}</td><td>${answer?.reason ? p.text(answer.reason) : ''}</td></tr>`;
    }).join('');
    const sub = subtotal.get(s.key);
    return `<tr><th colspan="3">${p.t(s.title)}</th></tr>${items}${sub ? `<tr class="totals"><td>${p.t(words.subtotal)}</td><td class="score">${p.number(sub.score)} / ${p.number(sub.max)}</td><td></td></tr>` : ''}`;
  }).join('');
  const total = `<tr class="totals"><td>${p.t(words.total)}</td><td class="score">${p.number(a.score.total)} / ${p.number(a.score.maxTotal)}</td><td></td></tr>`;
  return `<table><tr><th>${p.t(words.item)}</th><th class="score">${p.t(words.score)}</th><th>${p.t(words.reason)}</th></tr>${rows}${total}</table>`;
}

/** When and by whom an assessment was made, and its thresholds met or not. */
export function assessmentFacts(p: Printer, a: TAssessment): string {
  const thresholds: Array<[Label, string]> = a.score.thresholds.map((th) => [words.threshold, `${p.t(th.label)}: <b>${p.t(th.met ? words.met : words.notMet)}</b>`]);
  return fieldTable(p, [
    [words.assessedOn, p.day(a.assessedOn)],
    [words.assessedBy, escapeHtml(a.assessorName)],
    ...thresholds,
  ]);
}

/** Form 2: the child (11 items) and the family (about 16), scored 1–4, with reasons. */
export function caseFamilyAssessment(p: Printer): string {
  const { childAssessment, familyAssessment, family, placement } = p.r;
  const caregiver = family?.caregiverName ?? placement?.carer?.caregiverName ?? null;
  const body = [
    childAssessment ? section(p, words.sectionChildAssessment, assessmentFacts(p, childAssessment) + assessmentTable(p, childAssessment)) : '',
    familyAssessment ? section(p, words.sectionFamilyAssessment, assessmentFacts(p, familyAssessment) + assessmentTable(p, familyAssessment)) : '',
    signatures(p, [['caseworker', p.r.caseworkerName], ['supervisor', null], ['family', caregiver], ['child', p.childName]]),
  ];
  return formDocument(p, 2, 'case_family_assessment', body.join('\n'));
}
