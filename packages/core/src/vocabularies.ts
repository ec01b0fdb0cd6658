/**
 * Starting vocabularies from DOMAIN.md. They are seed data, copied into each new organisation's
 * lookup lists, which administrators then extend or retire; no code reads a value from here
 * except to seed.
 */
export interface VocabularyItem {
  value: string;
  en: string;
  km: string;
}

export const defaultVocabularies: Record<string, VocabularyItem[]> = {
  referral_source: [
    { value: 'rcc', en: 'Residential care centre', km: 'មណ្ឌលថែទាំកុមារ' },
    { value: 'dosvy', en: 'Provincial social affairs department (DoSVY)', km: 'មន្ទីរសង្គមកិច្ច អតីតយុទ្ធជន និងយុវនីតិសម្បទា' },
    { value: 'police', en: 'Police', km: 'នគរបាល' },
    { value: 'commune', en: 'Commune council', km: 'ក្រុមប្រឹក្សាឃុំ/សង្កាត់' },
    { value: 'family', en: 'Family', km: 'គ្រួសារ' },
    { value: 'self', en: 'Self-referral', km: 'បញ្ជូនដោយខ្លួនឯង' },
    { value: 'ngo', en: 'Another NGO', km: 'អង្គការក្រៅរដ្ឋាភិបាលផ្សេង' },
  ],
  child_category: [
    { value: 'orphan', en: 'Orphan', km: 'កុមារកំព្រា' },
    { value: 'abandoned', en: 'Abandoned', km: 'កុមារត្រូវគេបោះបង់ចោល' },
    { value: 'hiv_affected', en: 'Affected by HIV', km: 'កុមាររងផលប៉ះពាល់ដោយមេរោគអេដស៍' },
    { value: 'abused', en: 'Abused', km: 'កុមាររងការរំលោភបំពាន' },
    { value: 'street', en: 'Street child', km: 'កុមាររស់នៅតាមផ្លូវ' },
    { value: 'conflict_with_law', en: 'In conflict with the law', km: 'កុមារប្រព្រឹត្តល្មើសច្បាប់' },
    { value: 'exploited', en: 'Exploited', km: 'កុមាររងការកេងប្រវ័ញ្ច' },
    { value: 'disabled', en: 'Child with disability', km: 'កុមារពិការ' },
    { value: 'drug_user', en: 'Drug user', km: 'កុមារប្រើប្រាស់គ្រឿងញៀន' },
    { value: 'basic_needs_unmet', en: 'Basic needs unmet', km: 'កុមារខ្វះតម្រូវការមូលដ្ឋាន' },
  ],
  care_type: [
    { value: 'birth_family_both', en: 'Birth family (both parents)', km: 'គ្រួសារបង្កើត (ឪពុកម្ដាយទាំងពីរ)' },
    { value: 'birth_family_mother', en: 'Birth family (mother)', km: 'គ្រួសារបង្កើត (ម្ដាយ)' },
    { value: 'birth_family_father', en: 'Birth family (father)', km: 'គ្រួសារបង្កើត (ឪពុក)' },
    { value: 'kinship', en: 'Kinship care', km: 'ការថែទាំដោយសាច់ញាតិ' },
    { value: 'emergency_foster', en: 'Emergency foster care (at most 3 months)', km: 'ការថែទាំបណ្ដោះអាសន្នបន្ទាន់ (មិនលើសពី ៣ ខែ)' },
    { value: 'long_term_foster', en: 'Long-term foster care', km: 'ការថែទាំបណ្ដោះអាសន្នរយៈពេលវែង' },
    { value: 'domestic_adoption', en: 'Domestic adoption', km: 'ការសុំកូនចិញ្ចឹមក្នុងប្រទេស' },
    { value: 'group_home', en: 'Community group home', km: 'ផ្ទះក្រុមក្នុងសហគមន៍' },
    { value: 'pagoda', en: 'Pagoda or religious place', km: 'វត្ត ឬទីកន្លែងសាសនា' },
    { value: 'independent_living', en: 'Independent or supported independent living', km: 'ការរស់នៅដោយឯករាជ្យ ឬមានការគាំទ្រ' },
    { value: 'rcc', en: 'Residential care centre', km: 'មណ្ឌលថែទាំកុមារ' },
  ],
  closure_reason: [
    { value: 'goals_met', en: 'Goals met', km: 'សម្រេចគោលដៅ' },
    { value: 'child_died', en: 'Child died', km: 'កុមារបានស្លាប់' },
    { value: 'family_absent', en: 'Family absent', km: 'គ្រួសារអវត្តមាន' },
    { value: 'moved_not_found', en: 'Moved or cannot be found', km: 'បានផ្លាស់ទីលំនៅ ឬរកមិនឃើញ' },
    { value: 'transferred', en: 'Transferred', km: 'បានផ្ទេរ' },
    { value: 'refused_services', en: 'Refused services', km: 'បដិសេធសេវា' },
    { value: 'other', en: 'Other', km: 'ផ្សេងៗ' },
  ],
  relationship: [
    { value: 'mother', en: 'Mother', km: 'ម្ដាយ' },
    { value: 'father', en: 'Father', km: 'ឪពុក' },
    { value: 'grandparent', en: 'Grandparent', km: 'ជីដូនជីតា' },
    { value: 'aunt_uncle', en: 'Aunt or uncle', km: 'មីង/ពូ' },
    { value: 'sibling', en: 'Sibling', km: 'បងប្អូនបង្កើត' },
    { value: 'cousin', en: 'Cousin', km: 'បងប្អូនជីដូនមួយ' },
    { value: 'step_parent', en: 'Step-parent', km: 'ឪពុកចុង/ម្ដាយចុង' },
    { value: 'spouse', en: 'Spouse', km: 'ប្ដី/ប្រពន្ធ' },
    { value: 'child', en: 'Child', km: 'កូន' },
    { value: 'grandchild', en: 'Grandchild', km: 'ចៅ' },
    { value: 'niece_nephew', en: 'Niece or nephew', km: 'ក្មួយ' },
    { value: 'non_relative_carer', en: 'Non-relative carer', km: 'អ្នកថែទាំមិនមែនសាច់ញាតិ' },
  ],
  id_document_type: [
    { value: 'birth_certificate', en: 'Birth certificate', km: 'សំបុត្រកំណើត' },
    { value: 'family_book', en: 'Family book', km: 'សៀវភៅគ្រួសារ' },
    { value: 'national_id', en: 'National ID card', km: 'អត្តសញ្ញាណប័ណ្ណសញ្ជាតិខ្មែរ' },
    { value: 'residence_book', en: 'Residence book', km: 'សៀវភៅស្នាក់នៅ' },
  ],
  director_training_topic: [
    { value: 'child_rights', en: 'Child rights', km: 'សិទ្ធិកុមារ' },
    { value: 'child_protection', en: 'Child protection', km: 'កិច្ចការពារកុមារ' },
    { value: 'child_participation', en: 'Child participation', km: 'ការចូលរួមរបស់កុមារ' },
    { value: 'anger_management', en: 'Anger management', km: 'ការគ្រប់គ្រងកំហឹង' },
    { value: 'reintegration_process', en: 'Proper reintegration processes', km: 'ដំណើរការធ្វើសមាហរណកម្មត្រឹមត្រូវ' },
    { value: 'centre_management', en: 'Centre management', km: 'ការគ្រប់គ្រងមណ្ឌល' },
    { value: 'needs_of_children', en: 'Understanding the needs of children and youth', km: 'ការយល់ដឹងពីតម្រូវការរបស់កុមារ និងយុវជន' },
    { value: 'leadership', en: 'Leadership skills', km: 'ជំនាញដឹកនាំ' },
  ],
  life_skills_topic: [
    { value: 'knowing_myself', en: 'Knowing myself', km: 'ការស្គាល់ខ្លួនឯង' },
    { value: 'communication', en: 'Communication skills', km: 'ជំនាញទំនាក់ទំនង' },
    { value: 'living_safely', en: 'Living safely in the community', km: 'ការរស់នៅដោយសុវត្ថិភាពក្នុងសហគមន៍' },
    { value: 'anger_management', en: 'Anger management', km: 'ការគ្រប់គ្រងកំហឹង' },
    { value: 'reproductive_health', en: 'Reproductive health', km: 'សុខភាពបន្តពូជ' },
    { value: 'drug_awareness', en: 'Drug awareness', km: 'ការយល់ដឹងអំពីគ្រឿងញៀន' },
    { value: 'money_management', en: 'Money management', km: 'ការគ្រប់គ្រងប្រាក់' },
    { value: 'life_planning', en: 'Life planning', km: 'ការរៀបចំផែនការជីវិត' },
    { value: 'goal_setting', en: 'Goal setting', km: 'ការកំណត់គោលដៅ' },
  ],
  contact_type: [
    { value: 'home_visit', en: 'Home visit', km: 'ការចុះសួរសុខទុក្ខតាមផ្ទះ' },
    { value: 'office_visit', en: 'Office visit', km: 'ការជួបនៅការិយាល័យ' },
    { value: 'phone', en: 'Phone call', km: 'ការហៅទូរស័ព្ទ' },
    { value: 'case_conference', en: 'Case conference', km: 'សន្និសីទករណី' },
    { value: 'supervision', en: 'Supervision', km: 'ការត្រួតពិនិត្យ' },
    { value: 'final_assessment', en: 'Final assessment', km: 'ការវាយតម្លៃចុងក្រោយ' },
    { value: 'other', en: 'Other', km: 'ផ្សេងៗ' },
  ],
  service_type: [
    { value: 'counselling', en: 'Counselling', km: 'ការប្រឹក្សាយោបល់' },
    { value: 'legal_advice', en: 'Legal advice', km: 'ការប្រឹក្សាផ្លូវច្បាប់' },
    { value: 'education_support', en: 'Education support', km: 'ការគាំទ្រការសិក្សា' },
    { value: 'health', en: 'Health', km: 'សុខភាព' },
    { value: 'material_support', en: 'Material support', km: 'ការគាំទ្រសម្ភារៈ' },
    { value: 'vocational', en: 'Vocational training', km: 'បណ្ដុះបណ្ដាលវិជ្ជាជីវៈ' },
    { value: 'other', en: 'Other', km: 'ផ្សេងៗ' },
  ],
  placement_end_reason: [
    { value: 'moved_to_permanent', en: 'Moved to a permanent placement', km: 'បានផ្លាស់ទៅការថែទាំអចិន្ត្រៃយ៍' },
    { value: 'breakdown', en: 'Placement broke down', km: 'ការថែទាំមិនបានជោគជ័យ' },
    { value: 'returned_home', en: 'Returned to birth family', km: 'បានត្រឡប់ទៅគ្រួសារបង្កើតវិញ' },
    { value: 'case_closed', en: 'Case closed', km: 'ករណីត្រូវបានបិទ' },
    { value: 'other', en: 'Other', km: 'ផ្សេងៗ' },
  ],
};
