import { words } from '../labels.js';
import { fieldTable, formDocument, section, signatures, type Printer } from './layout.js';

/** Form 5: every follow-up visit made since placement — progress, new concerns, wellbeing. */
export function followUpMonitoring(p: Printer): string {
  const { placement, visits, nextVisit } = p.r;
  const facts = fieldTable(p, [
    ['placement.care_type', p.lookup('care_type', placement?.care_type)],
    ['placement.start_date', p.day(placement?.start_date)],
    ['placement.carer_household', p.text(placement?.carer?.household.name)],
    ['follow_up.next', nextVisit ? p.day(nextVisit.due_on) : p.t(words.none)],
  ]);
  const rows = visits.map((v) => `<tr>
    <td class="score">${p.number(v.sequence)}${v.months_after !== null ? `<br><span class="alt">${p.number(v.months_after)}</span>` : ''}</td>
    <td>${p.day(v.done_on)}<br><span class="alt">${p.t(words.dueOn)}: ${p.day(v.due_on)}</span></td>
    <td>${p.text(v.progress)}</td><td>${v.concerns ? p.text(v.concerns) : p.t(words.none)}</td>
    <td>${p.value('wellbeing', v.wellbeing)}</td><td>${p.text(v.visitorName)}</td></tr>`).join('');
  const table = `<table><tr><th class="score">${p.t(words.visit)}<br><span class="alt">${p.t(words.monthsAfter)}</span></th><th>${p.t(words.doneOn)}</th>
    <th>${p.t(words.progress)}</th><th>${p.t(words.concerns)}</th><th>${p.t(words.wellbeing)}</th><th>${p.t(words.visitedBy)}</th></tr>${rows}</table>`;
  return formDocument(p, 5, 'follow_up_monitoring', [
    facts,
    section(p, words.sectionVisits, table),
    signatures(p, [['caseworker', p.r.caseworkerName], ['supervisor', null], ['family', placement?.carer?.caregiverName ?? null]]),
  ].join('\n'));
}
