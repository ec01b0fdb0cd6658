import { instrument, scale, section, threshold, type LevelSet, type Pair } from './builders.js';

/*
 * The MoSVY case-and-family assessment (forms 2 and 6): the child on 11 items and the family on
 * 16, each 1 (weak) to 4 (very good). Two instruments, because the child is assessed as a
 * person and the family as a household. Closure (form 6: total ≥ 48) sits on the family one:
 * 16 items at "good" (3) each make exactly 48. See docs/decisions/0008-assessment-instruments.md.
 */
const mosvyLevels: LevelSet = {
  labels: [['Weak', 'ខ្សោយ'], ['Average', 'មធ្យម'], ['Good', 'ល្អ'], ['Very good', 'ល្អណាស់']],
  colours: ['red', 'yellow', 'blue', 'green'],
};
const item = (key: string, label: Pair, help: Pair) => scale(key, label, mosvyLevels, { help });

export const mosvyChild = instrument({
  code: 'mosvy_child',
  name: ['MoSVY child assessment (form 2)', 'ការវាយតម្លៃកុមារ តាមទម្រង់ក្រសួង សអយ (ទម្រង់ទី២)'],
  description: ['The child part of the case and family assessment.', 'ផ្នែកកុមារ នៃការវាយតម្លៃករណី និងគ្រួសារ។'],
  subject: 'child',
  frequencyDays: 180,
  sections: [
    section('wellbeing', ['Health and safety', 'សុខភាព និងសុវត្ថិភាព'], [
      item('physical_health', ['Physical health', 'សុខភាពផ្លូវកាយ'], ['Illness, disability, growth, access to treatment.', 'ជំងឺ ពិការភាព ការលូតលាស់ និងលទ្ធភាពទទួលការព្យាបាល។']),
      item('mental_health', ['Mental health', 'សុខភាពផ្លូវចិត្ត'], ['Mood, fears, trauma, behaviour.', 'អារម្មណ៍ ការភ័យខ្លាច របួសផ្លូវចិត្ត និងអាកប្បកិរិយា។']),
      item('safety', ['Safety', 'សុវត្ថិភាព'], ['Free from abuse, neglect and exploitation.', 'រួចផុតពីការរំលោភបំពាន ការធ្វេសប្រហែស និងការកេងប្រវ័ញ្ច។']),
    ]),
    section('basic_needs', ['Basic needs', 'តម្រូវការមូលដ្ឋាន'], [
      item('food', ['Food', 'អាហារ'], ['Enough food, every day.', 'មានអាហារគ្រប់គ្រាន់ជារៀងរាល់ថ្ងៃ។']),
      item('shelter', ['Shelter', 'ទីជម្រក'], ['A safe and dry place to sleep.', 'មានកន្លែងស្នាក់នៅមានសុវត្ថិភាព និងមិនលេចទឹក។']),
      item('clothing', ['Clothing', 'សម្លៀកបំពាក់'], ['Enough clothes for school and weather.', 'មានសម្លៀកបំពាក់គ្រប់គ្រាន់សម្រាប់ទៅសាលា និងតាមរដូវ។']),
      item('education', ['Education', 'ការអប់រំ'], ['Enrolled, attending and learning.', 'បានចុះឈ្មោះ ចូលរៀនជាប្រចាំ និងរៀនបានល្អ។']),
    ]),
    section('relations_rights', ['Relationships and rights', 'ទំនាក់ទំនង និងសិទ្ធិ'], [
      item('family_relations', ['Family relations', 'ទំនាក់ទំនងក្នុងគ្រួសារ'], ['Bond and contact with parents, siblings and kin.', 'ចំណង និងទំនាក់ទំនងជាមួយឪពុកម្តាយ បងប្អូន និងសាច់ញាតិ។']),
      item('social_relations', ['Social relations', 'ទំនាក់ទំនងសង្គម'], ['Friends, neighbours, school and community.', 'មិត្តភក្តិ អ្នកជិតខាង សាលារៀន និងសហគមន៍។']),
      item('legal_documents', ['Legal documents', 'ឯកសារផ្លូវច្បាប់'], ['Birth certificate, family book, ID card.', 'សំបុត្រកំណើត សៀវភៅគ្រួសារ និងអត្តសញ្ញាណប័ណ្ណ។']),
      item('legal_aid', ['Legal aid', 'ជំនួយផ្លូវច្បាប់'], ['Access to legal advice and help when needed.', 'លទ្ធភាពទទួលបានការប្រឹក្សា និងជំនួយផ្លូវច្បាប់ពេលត្រូវការ។']),
    ]),
  ],
  thresholds: [
    threshold('child_doing_well', ['Child doing well: "good" on average (11 × 3)', 'កុមារមានស្ថានភាពល្អ៖ កម្រិត «ល្អ» ជាមធ្យម (១១ × ៣)'], 'total', '>=', 33),
  ],
});

export const mosvyFamily = instrument({
  code: 'mosvy_family',
  name: ['MoSVY family assessment (forms 2 and 6)', 'ការវាយតម្លៃគ្រួសារ តាមទម្រង់ក្រសួង សអយ (ទម្រង់ទី២ និងទី៦)'],
  description: [
    'The family part of the case and family assessment; as the final assessment, a total of 48 or more allows closure.',
    'ផ្នែកគ្រួសារ នៃការវាយតម្លៃករណី និងគ្រួសារ។ ក្នុងការវាយតម្លៃចុងក្រោយ ពិន្ទុសរុបចាប់ពី ៤៨ ឡើងទៅ អនុញ្ញាតឱ្យបិទករណី។',
  ],
  subject: 'household',
  frequencyDays: 180,
  sections: [
    section('care_protection', ['Care and protection', 'ការថែទាំ និងការការពារ'], [
      item('protection_care', ['Protection and care of the child', 'ការការពារ និងការថែទាំកុមារ'], ['The carers keep the child safe and meet daily needs.', 'អ្នកថែទាំរក្សាសុវត្ថិភាពកុមារ និងបំពេញតម្រូវការប្រចាំថ្ងៃ។']),
      item('child_carer_bond', ['Bond between child and carer', 'ចំណងទំនាក់ទំនងរវាងកុមារ និងអ្នកថែទាំ'], ['Warmth, trust and time spent together.', 'ភាពកក់ក្តៅ ការទុកចិត្ត និងពេលវេលានៅជាមួយគ្នា។']),
      item('safety_at_home', ['Safety at home', 'សុវត្ថិភាពនៅក្នុងផ្ទះ'], ['No violence, alcohol abuse or danger at home.', 'គ្មានអំពើហិង្សា ការសេពគ្រឿងស្រវឹងហួសប្រមាណ ឬគ្រោះថ្នាក់នៅក្នុងផ្ទះ។']),
      item('schooling_support', ["Support for the children's schooling", 'ការគាំទ្រការសិក្សារបស់កុមារ'], ['Sends the children to school and pays what school needs.', 'បញ្ជូនកុមារទៅសាលា និងចំណាយលើតម្រូវការសិក្សា។']),
    ]),
    section('health_motivation', ['Health and motivation', 'សុខភាព និងឆន្ទៈ'], [
      item('family_health', ['Health of the family', 'សុខភាពក្រុមគ្រួសារ'], ['Illness or disability of carers and how it is treated.', 'ជំងឺ ឬពិការភាពរបស់អ្នកថែទាំ និងការព្យាបាល។']),
      item('willingness_to_improve', ['Willingness to improve', 'ឆន្ទៈក្នុងការកែលម្អស្ថានភាព'], ['The family wants the child home and wants to change.', 'គ្រួសារចង់ឱ្យកុមារត្រឡប់មកផ្ទះវិញ និងចង់ផ្លាស់ប្តូរ។']),
      item('capacity_to_improve', ['Capacity to improve', 'សមត្ថភាពក្នុងការកែលម្អស្ថានភាព'], ['The family can carry out the plan with the support offered.', 'គ្រួសារអាចអនុវត្តផែនការ ដោយមានការគាំទ្រដែលបានផ្តល់។']),
    ]),
    section('livelihood_home', ['Livelihood and home', 'ជីវភាព និងលំនៅឋាន'], [
      item('livelihood_skills', ['Livelihood skills', 'ជំនាញប្រកបរបរចិញ្ចឹមជីវិត'], ['Skills to earn a living: farming, trade, a job.', 'ជំនាញរកប្រាក់ចិញ្ចឹមជីវិត៖ កសិកម្ម ការលក់ដូរ ឬការងារ។']),
      item('income', ['Income', 'ប្រាក់ចំណូល'], ['Regular income that covers basic needs.', 'ប្រាក់ចំណូលទៀងទាត់ ដែលគ្រប់គ្រាន់សម្រាប់តម្រូវការមូលដ្ឋាន។']),
      item('land', ['Land', 'ដីធ្លី'], ['Secure land to live on or farm.', 'មានដីសម្រាប់រស់នៅ ឬធ្វើកសិកម្មដោយមានសុវត្ថិភាព។']),
      item('house', ['House', 'ផ្ទះសម្បែង'], ['A safe house with room for the child.', 'ផ្ទះមានសុវត្ថិភាព និងមានកន្លែងសម្រាប់កុមារ។']),
      item('water_sanitation', ['Water and sanitation', 'ទឹកស្អាត និងអនាម័យ'], ['Clean water and a latrine.', 'មានទឹកស្អាត និងបង្គន់អនាម័យ។']),
      item('debt', ['Debt', 'បំណុល'], ['Very good: no debt, or debt the family repays easily.', 'ល្អណាស់៖ គ្មានបំណុល ឬមានបំណុលដែលគ្រួសារអាចសងបានដោយងាយ។']),
    ]),
    section('support_network', ['Support network', 'បណ្តាញគាំទ្រ'], [
      item('relatives_support', ['Support from relatives', 'ការគាំទ្រពីសាច់ញាតិ'], ['Relatives who help with care, money or advice.', 'សាច់ញាតិដែលជួយផ្នែកការថែទាំ ថវិកា ឬដំបូន្មាន។']),
      item('community_support', ['Support from the community', 'ការគាំទ្រពីសហគមន៍'], ['Neighbours, village and commune leaders, pagoda.', 'អ្នកជិតខាង មេភូមិ មេឃុំ និងវត្តអារាម។']),
      item('access_to_services', ['Access to services', 'លទ្ធភាពទទួលបានសេវា'], ['Health centre, school, ID Poor and social services.', 'មណ្ឌលសុខភាព សាលារៀន ប័ណ្ណសមធម៌ (ID Poor) និងសេវាសង្គម។']),
    ]),
  ],
  thresholds: [
    threshold('goals_met', ['Goals met: the family can care for the child (form 6, total ≥ 48)', 'សម្រេចគោលដៅ៖ គ្រួសារអាចថែទាំកុមារបាន (ទម្រង់ទី៦ ពិន្ទុសរុប ≥ ៤៨)'], 'total', '>=', 48, true),
  ],
});
