import { mosvyForms, type TCaseForm, type TMosvyFormCode } from '@homeward/core';
import type { CaseRecord } from './case-record.js';
import { fields, formTitles, type FieldKey } from './labels.js';

/**
 * What each form needs, as the list of what is still missing. A form is printed only when
 * nothing is: a blank on a government form reads as "none", which is not the same as "not yet
 * recorded".
 */
type Check = [FieldKey, boolean];

const present = (v: unknown): boolean => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '') && !(Array.isArray(v) && v.length === 0);

const needs: Record<TMosvyFormCode, (r: CaseRecord) => Check[]> = {
  initial_information: ({ child, kase, family, gatekeeping }) => [
    ['child.name', present(child.given_name_km) || present(child.given_name_latin)],
    ['child.sex', child.sex !== 'unknown'],
    ['child.birth_date', present(child.birth_date)],
    ['child.address', present(child.address_code) || present(family?.household.address_code)],
    ['family.parents', present(child.father_given_name) || present(child.mother_given_name) || family !== null],
    ['case.referral_date', present(kase.referral_date)],
    ['case.referral_source', present(kase.referral_source)],
    ['case.referral_reason', present(kase.referral_reason)],
    ['case.child_categories', present(kase.child_categories)],
    ['case.urgency', present(kase.urgency)],
    ['case.gatekeeping', gatekeeping !== null],
  ],
  case_family_assessment: ({ child, family, placement, childAssessment, familyAssessment }) => [
    ['child.name', present(child.given_name_km) || present(child.given_name_latin)],
    ['family.household', family !== null || placement?.carer != null],
    ['assessment.child', childAssessment !== null],
    ['assessment.family', familyAssessment !== null],
  ],
  family_service_plan: ({ plan }) => [
    ['plan.approved', plan !== null],
    ...(plan ? [
      ['plan.care_option', present(plan.care_option)] as Check,
      ['plan.goals', plan.goals.length > 0 && plan.goals.every((g) => g.actions.length > 0)] as Check,
    ] : []),
  ],
  placement_reintegration: ({ placement }) => [
    ['placement.placement', placement !== null],
    ...(placement ? [
      ['placement.care_type', present(placement.care_type)] as Check,
      ['placement.start_date', present(placement.start_date)] as Check,
      // Care in a family needs the family; care in a centre names the centre instead.
      ['placement.carer_household', placement.carer !== null || present(placement.carer_centre_id)] as Check,
      ['placement.agreement', present(placement.agreement_attachment_id)] as Check,
    ] : []),
  ],
  follow_up_monitoring: ({ placement, visits }) => [
    ['placement.placement', placement !== null],
    ['follow_up.visits', visits.length > 0],
  ],
  final_assessment_closure: ({ kase, finalAssessment }) => [
    ['assessment.final', finalAssessment !== null],
    ['closure.closed', kase.stage === 'closed'],
    ...(kase.stage === 'closed' ? [
      ['closure.reason', present(kase.closure_reason)] as Check,
      ['closure.date', present(kase.closed_on)] as Check,
    ] : []),
  ],
};

/** The six forms with what each still needs. */
export function formStates(record: CaseRecord): TCaseForm[] {
  return mosvyForms.map(({ number, code }) => {
    const missing = needs[code](record).filter(([, ok]) => !ok).map(([key]) => ({ key, label: fields[key] }));
    return { number, code, title: formTitles[code], ready: missing.length === 0, missing };
  });
}
