import type { TBilingual, TFormLanguage, TMosvyFormCode } from '@homeward/core';

/**
 * Every fixed text printed on the MoSVY forms, in English and Khmer. The same labels name what
 * is missing when a form cannot be printed yet, so the caseworker reads "record: placement date"
 * in the words the form itself uses.
 */
export type Label = TBilingual;
const l = (en: string, km: string): Label => ({ en, km });

export const formTitles: Record<TMosvyFormCode, Label> = {
  initial_information: l('Initial information', 'ព័ត៌មានដំបូង'),
  case_family_assessment: l('Case and family assessment', 'ការវាយតម្លៃករណី និងគ្រួសារ'),
  family_service_plan: l('Family service plan', 'ផែនការសេវាគ្រួសារ'),
  placement_reintegration: l('Placement and reintegration', 'ការដាក់ឱ្យរស់នៅ និងការធ្វើសមាហរណកម្ម'),
  follow_up_monitoring: l('Follow-up and monitoring', 'ការតាមដាន និងការត្រួតពិនិត្យ'),
  final_assessment_closure: l('Final assessment and case closure', 'ការវាយតម្លៃចុងក្រោយ និងការបិទករណី'),
};

/** Field labels; the keys are also the `key` of a missing item. */
export const fields = {
  // the child
  'child.name': l('Name of the child', 'ឈ្មោះកុមារ'),
  'child.name_latin': l('Name in Latin letters', 'ឈ្មោះជាអក្សរឡាតាំង'),
  'child.nickname': l('Nickname', 'ឈ្មោះហៅក្រៅ'),
  'child.sex': l('Sex', 'ភេទ'),
  'child.birth_date': l('Date of birth', 'ថ្ងៃខែឆ្នាំកំណើត'),
  'child.birth_place': l('Place of birth', 'ទីកន្លែងកំណើត'),
  'child.address': l("Child's address", 'អាសយដ្ឋានរបស់កុមារ'),
  'child.disability': l('Disability', 'ពិការភាព'),
  'child.id_poor': l('ID Poor', 'ប័ណ្ណសមធម៌'),
  'child.father': l("Father's given name", 'ឈ្មោះឪពុក'),
  'child.mother': l("Mother's given name", 'ឈ្មោះម្ដាយ'),
  // the family
  'family.household': l("The child's family (household)", 'គ្រួសាររបស់កុមារ'),
  'family.members': l('Members of the household', 'សមាជិកគ្រួសារ'),
  'family.address': l('Address of the family', 'អាសយដ្ឋានគ្រួសារ'),
  'family.livelihood': l('Livelihood', 'មុខរបរចិញ្ចឹមជីវិត'),
  'family.caregiver': l('Main caregiver', 'អ្នកថែទាំចម្បង'),
  'family.kin': l('Other relatives', 'សាច់ញាតិផ្សេងទៀត'),
  'family.parents': l("The parents' names (or a household)", 'ឈ្មោះឪពុកម្ដាយ (ឬគ្រួសារ)'),
  // the case and the referral
  'case.number': l('Case number', 'លេខករណី'),
  'case.opened_on': l('Case opened on', 'ថ្ងៃបើកករណី'),
  'case.caseworker': l('Caseworker', 'អ្នកសង្គមកិច្ចទទួលបន្ទុកករណី'),
  'case.stage': l('Stage', 'ដំណាក់កាល'),
  'case.risk_level': l('Risk level', 'កម្រិតហានិភ័យ'),
  'case.referral_date': l('Date of referral', 'កាលបរិច្ឆេទនៃការបញ្ជូន'),
  'case.referral_source': l('Referred by', 'បញ្ជូនដោយ'),
  'case.referrer_name': l('Name of the person who referred', 'ឈ្មោះអ្នកបញ្ជូន'),
  'case.referral_reason': l('Reason for referral', 'មូលហេតុនៃការបញ្ជូន'),
  'case.child_categories': l('Category of the child', 'ប្រភេទកុមារ'),
  'case.urgency': l('Urgency', 'កម្រិតបន្ទាន់'),
  'case.gatekeeping': l('Gatekeeping decision (case conference)', 'សេចក្ដីសម្រេចនៃសន្និសីទករណី (ការត្រួតពិនិត្យច្រកចូល)'),
  'case.child_views': l('Views of the child', 'មតិរបស់កុមារ'),
  'case.family_views': l('Views of the family', 'មតិរបស់គ្រួសារ'),
  // assessments (forms 2 and 6)
  'assessment.child': l('Assessment of the child (MoSVY, submitted)', 'ការវាយតម្លៃកុមារ (ទម្រង់ក្រសួង ដែលបានដាក់ស្នើ)'),
  'assessment.family': l('Assessment of the family (MoSVY, submitted)', 'ការវាយតម្លៃគ្រួសារ (ទម្រង់ក្រសួង ដែលបានដាក់ស្នើ)'),
  'assessment.final': l('Final assessment of the family (MoSVY, submitted)', 'ការវាយតម្លៃចុងក្រោយរបស់គ្រួសារ (ទម្រង់ក្រសួង ដែលបានដាក់ស្នើ)'),
  // the care plan (form 3)
  'plan.approved': l('An approved care plan', 'ផែនការថែទាំដែលបានអនុម័ត'),
  'plan.care_option': l('Care option', 'ជម្រើសនៃការថែទាំ'),
  'plan.best_interests': l("The child's best interests", 'ផលប្រយោជន៍ឧត្តមរបស់កុមារ'),
  'plan.goals': l('Goals, each with actions', 'គោលដៅ និងសកម្មភាពនៃគោលដៅនីមួយៗ'),
  'plan.approved_by': l('Approved by', 'អនុម័តដោយ'),
  'plan.approved_on': l('Approved on', 'ថ្ងៃអនុម័ត'),
  // the placement (form 4)
  'placement.placement': l('A placement (approved)', 'ការដាក់ឱ្យរស់នៅ (ដែលបានអនុម័ត)'),
  'placement.care_type': l('Type of care', 'ប្រភេទនៃការថែទាំ'),
  'placement.carer_household': l('Carer household', 'គ្រួសារអ្នកថែទាំ'),
  'placement.start_date': l('Date of placement', 'ថ្ងៃដាក់ឱ្យរស់នៅ'),
  'placement.agreement': l('Signed placement agreement (attached)', 'កិច្ចព្រមព្រៀងដែលបានចុះហត្ថលេខា (ភ្ជាប់)'),
  'placement.end_date': l('End of placement', 'ថ្ងៃបញ្ចប់ការដាក់ឱ្យរស់នៅ'),
  'placement.end_reason': l('Reason it ended', 'មូលហេតុនៃការបញ្ចប់'),
  'placement.notes': l('Notes', 'កំណត់សម្គាល់'),
  // follow-up visits (form 5)
  'follow_up.visits': l('At least one follow-up visit recorded', 'ការចុះតាមដានយ៉ាងហោចណាស់មួយដង ដែលបានកត់ត្រា'),
  'follow_up.next': l('Next visit due', 'ការចុះតាមដានបន្ទាប់'),
  // closure (form 6)
  'closure.closed': l('The case closed', 'ករណីត្រូវបានបិទ'),
  'closure.reason': l('Reason for closure', 'មូលហេតុនៃការបិទករណី'),
  'closure.date': l('Date of closure', 'ថ្ងៃបិទករណី'),
  'closure.summary': l('Closure summary', 'សេចក្ដីសង្ខេបនៃការបិទករណី'),
} satisfies Record<string, Label>;
export type FieldKey = keyof typeof fields;

export const words = {
  kingdom: l('Kingdom of Cambodia', 'ព្រះរាជាណាចក្រកម្ពុជា'),
  motto: l('Nation Religion King', 'ជាតិ សាសនា ព្រះមហាក្សត្រ'),
  ministry: l('Ministry of Social Affairs, Veterans and Youth Rehabilitation (MoSVY)', 'ក្រសួងសង្គមកិច្ច អតីតយុទ្ធជន និងយុវនីតិសម្បទា'),
  form: l('Form', 'ទម្រង់ទី'),
  printed: l('Printed', 'បោះពុម្ព'),
  estimated: l('estimated', 'ប៉ាន់ស្មាន'),
  none: l('None', 'គ្មាន'),
  notRecorded: l('Not recorded', 'មិនបានកត់ត្រា'),
  yes: l('Yes', 'បាទ/ចាស'),
  no: l('No', 'ទេ'),
  level: l('level', 'កម្រិត'),
  // sections
  sectionChild: l('1. The child', '១. ព័ត៌មានកុមារ'),
  sectionFamily: l('2. The family', '២. ព័ត៌មានគ្រួសារ'),
  sectionReferral: l('3. Referral', '៣. ការបញ្ជូន'),
  sectionDecision: l('4. Urgency and gatekeeping', '៤. ភាពបន្ទាន់ និងការត្រួតពិនិត្យច្រកចូល'),
  sectionChildAssessment: l('1. Assessment of the child', '១. ការវាយតម្លៃកុមារ'),
  sectionFamilyAssessment: l('2. Assessment of the family', '២. ការវាយតម្លៃគ្រួសារ'),
  sectionPlan: l('Goals and actions', 'គោលដៅ និងសកម្មភាព'),
  sectionPlacement: l('The placement', 'ការដាក់ឱ្យរស់នៅ'),
  sectionCarer: l('The carer household', 'គ្រួសារអ្នកថែទាំ'),
  sectionVisits: l('Follow-up visits', 'ការចុះតាមដាន'),
  sectionFinal: l('Final assessment', 'ការវាយតម្លៃចុងក្រោយ'),
  sectionClosure: l('Closure of the case', 'ការបិទករណី'),
  sectionSignatures: l('Signatures', 'ហត្ថលេខា'),
  // tables
  member: l('Name', 'ឈ្មោះ'),
  relationship: l('Relationship to the child', 'ត្រូវជាអ្វីនឹងកុមារ'),
  item: l('Item', 'ចំណុច'),
  score: l('Score (1–4)', 'ពិន្ទុ (១–៤)'),
  reason: l('Reason', 'មូលហេតុ'),
  subtotal: l('Subtotal', 'ពិន្ទុរង'),
  total: l('Total', 'ពិន្ទុសរុប'),
  assessedOn: l('Assessed on', 'ថ្ងៃវាយតម្លៃ'),
  assessedBy: l('Assessed by', 'វាយតម្លៃដោយ'),
  threshold: l('Threshold', 'កម្រិតកំណត់'),
  met: l('Met', 'សម្រេច'),
  notMet: l('Not met', 'មិនទាន់សម្រេច'),
  goal: l('Goal', 'គោលដៅ'),
  action: l('Action', 'សកម្មភាព'),
  who: l('Who', 'អ្នកទទួលខុសត្រូវ'),
  byWhen: l('By when', 'កាលកំណត់'),
  status: l('Status', 'ស្ថានភាព'),
  visit: l('Visit', 'លើកទី'),
  monthsAfter: l('Months after placement', 'ខែក្រោយការដាក់ឱ្យរស់នៅ'),
  dueOn: l('Due', 'ថ្ងៃកំណត់'),
  doneOn: l('Visited on', 'ថ្ងៃចុះតាមដាន'),
  visitedBy: l('Visited by', 'ចុះដោយ'),
  progress: l('Progress on the plan', 'វឌ្ឍនភាពនៃផែនការ'),
  concerns: l('New issues and concerns', 'បញ្ហា និងកង្វល់ថ្មី'),
  wellbeing: l("The child's wellbeing", 'សុខុមាលភាពរបស់កុមារ'),
  // signatures
  signature: l('Signature', 'ហត្ថលេខា'),
  signName: l('Name', 'ឈ្មោះ'),
  signDate: l('Date', 'កាលបរិច្ឆេទ'),
  signCaseworker: l('Caseworker', 'អ្នកសង្គមកិច្ច'),
  signSupervisor: l('Supervisor', 'អ្នកត្រួតពិនិត្យ'),
  signChild: l('Child (signature or thumbprint)', 'កុមារ (ហត្ថលេខា ឬស្នាមមេដៃ)'),
  signFamily: l('Parent or carer (signature or thumbprint)', 'ឪពុកម្ដាយ ឬអ្នកថែទាំ (ហត្ថលេខា ឬស្នាមមេដៃ)'),
  signDosvy: l('Social affairs officer (DoSVY), seen', 'មន្ត្រីសង្គមកិច្ច (មន្ទីរ សអយ) បានឃើញ'),
} satisfies Record<string, Label>;

/** Fixed value lists of the core schemas (lookup lists come from the organisation's lookups). */
export const values: Record<string, Record<string, Label>> = {
  sex: { female: l('Female', 'ស្រី'), male: l('Male', 'ប្រុស'), unknown: l('Unknown', 'មិនដឹង') },
  urgency: { low: l('Low', 'ទាប'), medium: l('Medium', 'មធ្យម'), high: l('High', 'ខ្ពស់'), emergency: l('Emergency', 'បន្ទាន់បំផុត') },
  risk: { low: l('Low', 'ទាប'), medium: l('Medium', 'មធ្យម'), high: l('High', 'ខ្ពស់') },
  stage: {
    referral: l('Referral and intake', 'ការបញ្ជូន និងការទទួល'), assessment: l('Assessment', 'ការវាយតម្លៃ'),
    tracing: l('Family tracing', 'ការស្វែងរកគ្រួសារ'), care_planning: l('Care planning', 'ការរៀបចំផែនការថែទាំ'),
    preparation: l('Preparation', 'ការរៀបចំ'), placement: l('Placement', 'ការដាក់ឱ្យរស់នៅ'),
    follow_up: l('Follow-up', 'ការតាមដាន'), closed: l('Closed', 'បានបិទ'),
  },
  actionStatus: { open: l('Open', 'កំពុងអនុវត្ត'), done: l('Done', 'បានបញ្ចប់'), cancelled: l('Cancelled', 'បានលុបចោល') },
  wellbeing: { good: l('Good', 'ល្អ'), some_concerns: l('Some concerns', 'មានកង្វល់ខ្លះ'), serious_concerns: l('Serious concerns', 'មានកង្វល់ធ្ងន់ធ្ងរ') },
  placementStatus: { proposed: l('Proposed', 'បានស្នើ'), active: l('Active', 'កំពុងអនុវត្ត'), ended: l('Ended', 'បានបញ្ចប់'), rejected: l('Rejected', 'បានបដិសេធ') },
};

/** A label in one language. */
export const say = (label: Label, lang: TFormLanguage): string => label[lang];
