import { words } from '../labels.js';
import { fieldTable, formDocument, section, signatures, type Printer } from './layout.js';

/** Form 3: the approved care plan — goals, and for each its actions, who does them, by when. */
export function familyServicePlan(p: Printer): string {
  const plan = p.r.plan;
  if (!plan) throw new Error('form 3 needs an approved plan (checked by requirements)');
  const facts = fieldTable(p, [
    ['plan.care_option', p.lookup('care_type', plan.care_option)],
    ['plan.best_interests', p.text(plan.best_interests)],
    ['plan.approved_by', p.text(plan.approverName)],
    ['plan.approved_on', p.day(plan.approved_at)],
    ['case.caseworker', p.text(p.r.caseworkerName)],
  ]);
  const rows = plan.goals.map((g, i) => {
    const actions = g.actions.length ? g.actions : [null];
    return actions.map((a, j) => `<tr>${j === 0 ? `<td rowspan="${actions.length}"><b>${p.number(i + 1)}.</b> ${p.text(g.description)}</td>` : ''}
      <td>${a ? p.text(a.description) : ''}</td><td>${a ? p.text(a.responsible) : ''}</td><td>${a?.due_on ? p.day(a.due_on) : ''}</td><td>${a ? p.value('actionStatus', a.status) : ''}</td></tr>`).join('');
  }).join('');
  const table = `<table><tr><th>${p.t(words.goal)}</th><th>${p.t(words.action)}</th><th>${p.t(words.who)}</th><th>${p.t(words.byWhen)}</th><th>${p.t(words.status)}</th></tr>${rows}</table>`;
  const caregiver = p.r.family?.caregiverName ?? p.r.placement?.carer?.caregiverName ?? null;
  return formDocument(p, 3, 'family_service_plan', [
    facts,
    section(p, words.sectionPlan, table),
    signatures(p, [['caseworker', p.r.caseworkerName], ['supervisor', plan.approverName], ['family', caregiver], ['child', p.childName]]),
  ].join('\n'));
}
