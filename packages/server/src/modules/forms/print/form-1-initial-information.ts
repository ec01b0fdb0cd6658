import { escapeHtml } from '../../../platform/pdf/document.js';
import { fields, words } from '../labels.js';
import { fieldTable, formDocument, membersTable, section, signatures, type Printer } from './layout.js';

/** Form 1: who the child is, their family, who referred them and why, and the gatekeeping decision. */
export function initialInformation(p: Printer): string {
  const { child, kase, family, kin, gatekeeping } = p.r;
  const latin = [child.family_name_latin, child.given_name_latin].filter(Boolean).join(' ');
  const birth = child.birth_date ? `${p.day(child.birth_date)}${child.birth_date_estimated ? ` (${p.t(words.estimated)})` : ''}` : p.text(null);
  const categories = kase.child_categories.length ? kase.child_categories.map((c) => p.lookup('child_category', c)).join(', ') : p.text(null);
  const idPoor = (level: number | null) => (level ? `${p.t(words.level)} ${p.number(level)}` : p.t(words.no));

  const childPart = fieldTable(p, [
    ['child.name', escapeHtml(p.childName)],
    ['child.name_latin', p.text(latin)],
    ...(child.nickname ? [['child.nickname', p.text(child.nickname)] as ['child.nickname', string]] : []),
    ['child.sex', p.value('sex', child.sex)],
    ['child.birth_date', birth],
    ['child.birth_place', p.place(child.birth_place_code)],
    ['child.address', child.address_code || child.address_detail ? p.place(child.address_code, child.address_detail) : p.place(family?.household.address_code, family?.household.address_detail)],
    ['child.father', p.text(child.father_given_name)],
    ['child.mother', p.text(child.mother_given_name)],
    ['child.disability', child.disability ? p.text(child.disability) : p.t(words.none)],
    ['child.id_poor', idPoor(child.id_poor_level)],
  ]);

  const familyPart = family
    ? fieldTable(p, [
      ['family.household', p.text(family.household.name)],
      ['family.address', p.place(family.household.address_code, family.household.address_detail)],
      ['family.caregiver', p.text(family.caregiverName)],
      ['family.livelihood', p.text(family.household.livelihood)],
      ['child.id_poor', idPoor(family.household.id_poor_level)],
    ]) + `<p><b>${p.t(fields['family.members'])}</b></p>${membersTable(p, family)}`
    : `<p class="none">${p.t(words.none)}</p>`;
  const kinPart = kin.length
    ? `<p><b>${p.t(fields['family.kin'])}</b></p><table><tr><th>${p.t(words.member)}</th><th>${p.t(words.relationship)}</th></tr>${kin.map((k) => `<tr><td>${escapeHtml(k.name)}</td><td>${p.lookup('relationship', k.relationship)}</td></tr>`).join('')}</table>`
    : '';

  const referral = fieldTable(p, [
    ['case.number', escapeHtml(kase.number)],
    ['case.opened_on', p.day(kase.opened_on)],
    ['case.referral_date', p.day(kase.referral_date)],
    ['case.referral_source', p.lookup('referral_source', kase.referral_source)],
    ['case.referrer_name', p.text(kase.referrer_name)],
    ['case.referral_reason', p.text(kase.referral_reason)],
    ['case.child_categories', categories],
  ]);
  const decision = fieldTable(p, [
    ['case.urgency', p.value('urgency', kase.urgency)],
    ['case.risk_level', p.value('risk', kase.risk_level)],
    ['case.gatekeeping', gatekeeping ? `${p.text(gatekeeping.decision)}<br><span class="alt">${p.day(gatekeeping.on)}</span>` : p.text(null)],
    ['case.child_views', p.text(kase.child_views)],
    ['case.family_views', p.text(kase.family_views)],
    ['case.caseworker', p.text(p.r.caseworkerName)],
  ]);

  return formDocument(p, 1, 'initial_information', [
    section(p, words.sectionChild, childPart),
    section(p, words.sectionFamily, familyPart + kinPart),
    section(p, words.sectionReferral, referral),
    section(p, words.sectionDecision, decision),
    signatures(p, [['caseworker', p.r.caseworkerName], ['supervisor', null], ['family', family?.caregiverName ?? null], ['child', p.childName]]),
  ].join('\n'));
}
