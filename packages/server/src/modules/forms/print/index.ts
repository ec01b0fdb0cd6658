import type { TFormLanguage, TMosvyFormCode } from '@homeward/core';
import type { CaseRecord } from '../case-record.js';
import { initialInformation } from './form-1-initial-information.js';
import { caseFamilyAssessment } from './form-2-assessment.js';
import { familyServicePlan } from './form-3-service-plan.js';
import { placementReintegration } from './form-4-placement.js';
import { followUpMonitoring } from './form-5-follow-up.js';
import { finalAssessmentClosure } from './form-6-closure.js';
import { Printer } from './layout.js';

const builders: Record<TMosvyFormCode, (p: Printer) => string> = {
  initial_information: initialInformation,
  case_family_assessment: caseFamilyAssessment,
  family_service_plan: familyServicePlan,
  placement_reintegration: placementReintegration,
  follow_up_monitoring: followUpMonitoring,
  final_assessment_closure: finalAssessmentClosure,
};

/** The HTML of one form for one case, in one language; print it with the PDF renderer. */
export const formHtml = (code: TMosvyFormCode, record: CaseRecord, lang: TFormLanguage): string => builders[code](new Printer(record, lang));
