import { instrument, scale, section, type LevelSet, type Pair } from './builders.js';

/*
 * Where a residential care centre stands before its transition to family and community care:
 * the director's and the principal donor's motivation, governance, staff, finances, community
 * links and the children's contact with their families. 1 (not yet) … 4 (fully in place).
 */
const readiness: LevelSet = {
  labels: [['Not yet', 'មិនទាន់មាន'], ['Starting', 'ទើបចាប់ផ្តើម'], ['Partly in place', 'មានមួយផ្នែក'], ['Fully in place', 'មានពេញលេញ']],
  colours: ['red', 'orange', 'blue', 'green'],
};
const item = (key: string, label: Pair) => scale(key, label, readiness);

export const rccReadiness = instrument({
  code: 'rcc_readiness',
  name: ['RCC transition readiness', 'ការត្រៀមខ្លួនរបស់មណ្ឌលថែទាំកុមារ សម្រាប់ការផ្លាស់ប្តូរ'],
  description: [
    "A centre's starting point for moving from residential care to family and community services.",
    'ចំណុចចាប់ផ្តើមរបស់មណ្ឌល ក្នុងការផ្លាស់ប្តូរពីការថែទាំតាមមណ្ឌល ទៅជាសេវាផ្អែកលើគ្រួសារ និងសហគមន៍។',
  ],
  subject: 'centre',
  frequencyDays: 180,
  sections: [
    section('director_motivation', ["Director's motivation", 'ការលើកទឹកចិត្តរបស់នាយកមណ្ឌល'], [
      item('director_commitment', ['The director wants the centre to move to family-based care.', 'នាយកចង់ឱ្យមណ្ឌលផ្លាស់ប្តូរទៅជាការថែទាំផ្អែកលើគ្រួសារ។']),
      item('director_understanding', ['The director understands the harm of institutional care and the value of family care.', 'នាយកយល់ពីផលប៉ះពាល់នៃការថែទាំតាមមណ្ឌល និងតម្លៃនៃការថែទាំក្នុងគ្រួសារ។']),
    ]),
    section('donor_motivation', ["Principal donor's motivation", 'ការលើកទឹកចិត្តរបស់ម្ចាស់ជំនួយចម្បង'], [
      item('donor_commitment', ['The principal donor supports the transition.', 'ម្ចាស់ជំនួយចម្បងគាំទ្រការផ្លាស់ប្តូរនេះ។']),
      item('donor_funding', ['The donor will keep funding family and community services.', 'ម្ចាស់ជំនួយនឹងបន្តផ្តល់មូលនិធិដល់សេវាគ្រួសារ និងសហគមន៍។']),
    ]),
    section('governance', ['Governance', 'អភិបាលកិច្ច'], [
      item('board_decision', ['The board has decided to transition, in writing.', 'ក្រុមប្រឹក្សាភិបាលបានសម្រេចជាលាយលក្ខណ៍អក្សរ ដើម្បីផ្លាស់ប្តូរ។']),
      item('registration_inspection', ['The centre is registered and inspected under Sub-decree 119.', 'មណ្ឌលបានចុះបញ្ជី និងត្រូវបានត្រួតពិនិត្យ ស្របតាមអនុក្រឹត្យលេខ ១១៩។']),
      item('policies', ['Child-protection and case-management policies are written and followed.', 'គោលនយោបាយការពារកុមារ និងការគ្រប់គ្រងករណី ត្រូវបានសរសេរ និងអនុវត្ត។']),
    ]),
    section('staff', ['Staff', 'បុគ្គលិក'], [
      item('staff_skills', ['Staff have social-work and case-management skills.', 'បុគ្គលិកមានជំនាញការងារសង្គម និងការគ្រប់គ្រងករណី។']),
      item('staff_acceptance', ['Staff accept the change and their new roles.', 'បុគ្គលិកទទួលយកការផ្លាស់ប្តូរ និងតួនាទីថ្មីរបស់ខ្លួន។']),
    ]),
    section('finances', ['Finances', 'ហិរញ្ញវត្ថុ'], [
      item('transition_budget', ['There is a budget and a funding plan for the transition.', 'មានថវិកា និងផែនការមូលនិធិសម្រាប់ការផ្លាស់ប្តូរ។']),
      item('assets_plan', ['There is a plan for the buildings and other assets.', 'មានផែនការសម្រាប់ប្រើប្រាស់អគារ និងទ្រព្យសម្បត្តិផ្សេងៗ។']),
    ]),
    section('community_links', ['Community links', 'ទំនាក់ទំនងជាមួយសហគមន៍'], [
      item('local_authorities', ['The centre works with the commune and DoSVY.', 'មណ្ឌលសហការជាមួយឃុំ/សង្កាត់ និងមន្ទីរសង្គមកិច្ច។']),
      item('community_services', ['The centre is linked to schools, health centres and other services nearby.', 'មណ្ឌលមានទំនាក់ទំនងជាមួយសាលារៀន មណ្ឌលសុខភាព និងសេវាផ្សេងៗក្បែរនោះ។']),
    ]),
    section('family_contact', ["Children's contact with family", 'ទំនាក់ទំនងរបស់កុមារជាមួយគ្រួសារ'], [
      item('family_records', ["Each child's file records their family and where they live.", 'ឯកសាររបស់កុមារម្នាក់ៗ កត់ត្រាពីគ្រួសារ និងទីលំនៅរបស់គ្រួសារ។']),
      item('regular_contact', ['Children are in regular contact with their families.', 'កុមារមានទំនាក់ទំនងជាប្រចាំជាមួយគ្រួសាររបស់ខ្លួន។']),
      item('home_visits', ['Families visit, or children visit home.', 'គ្រួសារមកសួរសុខទុក្ខ ឬកុមារទៅលេងផ្ទះ។']),
    ]),
  ],
});
