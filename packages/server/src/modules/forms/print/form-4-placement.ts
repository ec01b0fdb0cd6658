import { words } from '../labels.js';
import { fieldTable, formDocument, membersTable, section, signatures, type Printer } from './layout.js';

/** Form 4: the placement — care type, carer household, date, signed agreement. */
export function placementReintegration(p: Printer): string {
  const placement = p.r.placement;
  if (!placement) throw new Error('form 4 needs a placement (checked by requirements)');
  const carer = placement.carer;
  const agreement = placement.agreement_attachment_id ? p.t(words.yes) : p.t(words.no);
  const facts = fieldTable(p, [
    ['placement.care_type', p.lookup('care_type', placement.care_type)],
    ['placement.start_date', p.day(placement.start_date)],
    ['placement.agreement', agreement],
    ...(placement.end_date ? [
      ['placement.end_date', p.day(placement.end_date)] as const,
      ['placement.end_reason', p.lookup('placement_end_reason', placement.end_reason)] as const,
    ] : []),
    ['placement.notes', p.text(placement.notes)],
    ['case.caseworker', p.text(p.r.caseworkerName)],
  ]);
  const carerPart = carer
    ? fieldTable(p, [
      ['placement.carer_household', p.text(carer.household.name)],
      ['family.caregiver', p.text(carer.caregiverName)],
      ['family.address', p.place(carer.household.address_code, carer.household.address_detail)],
      ['family.livelihood', p.text(carer.household.livelihood)],
    ]) + membersTable(p, carer)
    : `<p class="none">${p.t(words.none)}</p>`;
  return formDocument(p, 4, 'placement_reintegration', [
    section(p, words.sectionPlacement, facts),
    section(p, words.sectionCarer, carerPart),
    signatures(p, [['caseworker', p.r.caseworkerName], ['supervisor', null], ['family', carer?.caregiverName ?? null], ['child', p.childName], ['dosvy', null]]),
  ].join('\n'));
}
