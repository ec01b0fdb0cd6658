import type { Pair } from './builders.js';
import { instrument, scale, section, type LevelSet } from './builders.js';

/*
 * Child Status Index: six domains of two factors, each scored 1 (very bad) to 4 (good), shown
 * red / yellow / blue / green, with a reason written for every score. The guidance is ours,
 * written from what each factor measures, for levels 1 to 4 in that order.
 */
const csiLevels: LevelSet = {
  labels: [['Very bad', 'អាក្រក់ខ្លាំង'], ['Bad', 'អាក្រក់'], ['Fair', 'មធ្យម'], ['Good', 'ល្អ']],
  colours: ['red', 'yellow', 'blue', 'green'],
};

/** Guidance for levels 1, 2, 3, 4. */
type Guidance = readonly [Pair, Pair, Pair, Pair];
const factor = (key: string, label: Pair, guidance: Guidance) => scale(key, label, csiLevels, { guidance, reasonRequired: true });

export const csi = instrument({
  code: 'csi',
  name: ['Child Status Index', 'សន្ទស្សន៍ស្ថានភាពកុមារ'],
  description: [
    'How a child is doing in six domains of wellbeing. Score each factor from what you saw and heard, and write why.',
    'ស្ថានភាពកុមារលើវិស័យសុខុមាលភាពទាំងប្រាំមួយ។ ផ្តល់ពិន្ទុលើកត្តានីមួយៗ តាមអ្វីដែលបានឃើញ និងបានឮ ហើយសរសេរពីមូលហេតុ។',
  ],
  subject: 'child',
  frequencyDays: 180,
  sections: [
    section('food_nutrition', ['Food and nutrition', 'អាហារ និងអាហារូបត្ថម្ភ'], [
      factor('food_security', ['Food security', 'សន្តិសុខស្បៀង'], [
        ['Rarely has enough food; often goes to bed hungry.', 'កម្រមានអាហារគ្រប់គ្រាន់ ហើយជារឿយៗចូលគេងទាំងឃ្លាន។'],
        ['Often goes without enough food.', 'ញឹកញាប់មិនមានអាហារគ្រប់គ្រាន់។'],
        ['Usually has enough food, sometimes less.', 'ជាធម្មតាមានអាហារគ្រប់គ្រាន់ ប៉ុន្តែពេលខ្លះខ្វះ។'],
        ['Has enough food every day, all year.', 'មានអាហារគ្រប់គ្រាន់រាល់ថ្ងៃ ពេញមួយឆ្នាំ។'],
      ]),
      factor('nutrition_growth', ['Nutrition and growth', 'អាហារូបត្ថម្ភ និងការលូតលាស់'], [
        ['Severely underweight or stunted; signs of malnutrition.', 'ស្គមខ្លាំង ឬក្រិន មានសញ្ញាកង្វះអាហារូបត្ថម្ភ។'],
        ['Weight or height below normal for age.', 'ទម្ងន់ ឬកម្ពស់ទាបជាងធម្មតាតាមអាយុ។'],
        ['Growing mostly well, with some concern.', 'លូតលាស់ល្អជាទូទៅ តែមានការព្រួយបារម្ភខ្លះ។'],
        ['Growing well; healthy weight and height for age.', 'លូតលាស់ល្អ មានទម្ងន់ និងកម្ពស់សមរម្យតាមអាយុ។'],
      ]),
    ]),
    section('shelter_care', ['Shelter and care', 'ទីជម្រក និងការថែទាំ'], [
      factor('shelter', ['Shelter', 'ទីជម្រក'], [
        ['No stable home, or a dangerous one.', 'គ្មានទីលំនៅនឹងនរ ឬរស់នៅកន្លែងមានគ្រោះថ្នាក់។'],
        ['Home is unsafe in part, or overcrowded.', 'ផ្ទះមិនសូវមានសុវត្ថិភាព ឬចង្អៀតពេក។'],
        ['Home needs some repair but is safe.', 'ផ្ទះត្រូវការជួសជុលខ្លះ ប៉ុន្តែនៅមានសុវត្ថិភាព។'],
        ['Safe, dry and adequate home.', 'ផ្ទះមានសុវត្ថិភាព មិនលេចទឹក និងសមរម្យ។'],
      ]),
      factor('care', ['Care', 'ការថែទាំ'], [
        ['No adult cares for the child; the child lives alone or cares for others.', 'គ្មានមនុស្សពេញវ័យថែទាំ កុមាររស់នៅតែម្នាក់ឯង ឬថែទាំអ្នកដទៃ។'],
        ['The carer is unreliable or often absent.', 'អ្នកថែទាំមិនអាចទុកចិត្តបាន ឬអវត្តមានញឹកញាប់។'],
        ['An adult cares for the child; care is sometimes lacking.', 'មានមនុស្សពេញវ័យថែទាំ ប៉ុន្តែការថែទាំពេលខ្លះនៅខ្វះខាត។'],
        ['A loving adult cares and provides for the child.', 'មានមនុស្សពេញវ័យស្រឡាញ់ ថែទាំ និងផ្គត់ផ្គង់កុមារយ៉ាងល្អ។'],
      ]),
    ]),
    section('protection', ['Protection', 'ការការពារ'], [
      factor('abuse_exploitation', ['Abuse and exploitation', 'ការរំលោភបំពាន និងការកេងប្រវ័ញ្ច'], [
        ['Abused or exploited now; needs protection at once.', 'កំពុងរងការរំលោភបំពាន ឬកេងប្រវ័ញ្ច ត្រូវការការការពារភ្លាម។'],
        ['Signs of neglect, heavy work or harsh punishment.', 'មានសញ្ញានៃការធ្វេសប្រហែស ការងារធ្ងន់ ឬការដាក់ទោសធ្ងន់ធ្ងរ។'],
        ['Some concern, but no evidence of harm.', 'មានការព្រួយបារម្ភខ្លះ ប៉ុន្តែគ្មានភស្តុតាងនៃគ្រោះថ្នាក់។'],
        ['No sign of abuse, neglect or exploitation.', 'គ្មានសញ្ញានៃការរំលោភបំពាន ការធ្វេសប្រហែស ឬការកេងប្រវ័ញ្ចទេ។'],
      ]),
      factor('legal_protection', ['Legal protection', 'ការការពារផ្លូវច្បាប់'], [
        ['No documents, and the child is denied rights or services.', 'គ្មានឯកសារ ហើយកុមារត្រូវបានបដិសេធសិទ្ធិ ឬសេវា។'],
        ['No documents; little access to legal help.', 'គ្មានឯកសារ និងពិបាកទទួលបានជំនួយផ្លូវច្បាប់។'],
        ['Documents being obtained; some access to protection.', 'កំពុងរៀបចំឯកសារ និងអាចទទួលបានការការពារខ្លះ។'],
        ['Has a birth certificate and access to legal protection.', 'មានសំបុត្រកំណើត និងអាចទទួលបានការការពារផ្លូវច្បាប់។'],
      ]),
    ]),
    section('health', ['Health', 'សុខភាព'], [
      factor('wellness', ['Wellness', 'សុខុមាលភាព'], [
        ['Very ill most of the time.', 'ឈឺធ្ងន់ស្ទើរគ្រប់ពេល។'],
        ['Often ill, or a long illness that affects daily life.', 'ឈឺញឹកញាប់ ឬមានជំងឺរ៉ាំរ៉ៃដែលប៉ះពាល់ដល់ជីវភាពប្រចាំថ្ងៃ។'],
        ['Sometimes ill; it does not stop daily life.', 'ឈឺម្តងម្កាល ប៉ុន្តែមិនរំខានដល់ជីវភាពប្រចាំថ្ងៃ។'],
        ['Healthy and rarely ill.', 'មានសុខភាពល្អ និងកម្រឈឺ។'],
      ]),
      factor('health_services', ['Health care services', 'សេវាថែទាំសុខភាព'], [
        ['Gets no health care when needed.', 'មិនទទួលបានការថែទាំសុខភាពនៅពេលត្រូវការ។'],
        ['Gets health care only sometimes.', 'ទទួលបានការថែទាំសុខភាពតែម្តងម្កាល។'],
        ['Gets health care most of the time.', 'ទទួលបានការថែទាំសុខភាពភាគច្រើន។'],
        ['Gets the health care, vaccinations and medicine needed.', 'ទទួលបានការថែទាំសុខភាព ការចាក់វ៉ាក់សាំង និងថ្នាំដែលត្រូវការ។'],
      ]),
    ]),
    section('psychosocial', ['Psychosocial', 'ចិត្តសង្គម'], [
      factor('emotional_health', ['Emotional health', 'សុខភាពផ្លូវអារម្មណ៍'], [
        ['Deeply sad or hopeless; may harm themself.', 'ក្រៀមក្រំខ្លាំង ឬអស់សង្ឃឹម ហើយអាចធ្វើបាបខ្លួនឯង។'],
        ['Often sad, afraid or angry.', 'ញឹកញាប់ក្រៀមក្រំ ភ័យខ្លាច ឬខឹង។'],
        ['Sometimes sad, worried or withdrawn.', 'ពេលខ្លះក្រៀមក្រំ ព្រួយបារម្ភ ឬនៅស្ងៀម។'],
        ['Happy and hopeful most of the time.', 'សប្បាយចិត្ត និងមានក្តីសង្ឃឹមភាគច្រើន។'],
      ]),
      factor('social_behaviour', ['Social behaviour', 'អាកប្បកិរិយាសង្គម'], [
        ['Cannot get on with others; behaviour harms others.', 'មិនអាចចុះសម្រុងជាមួយអ្នកដទៃ មានអាកប្បកិរិយាបង្កគ្រោះដល់អ្នកដទៃ។'],
        ['Often in conflict, or withdrawn from others.', 'ញឹកញាប់មានជម្លោះ ឬដកខ្លួនពីអ្នកដទៃ។'],
        ['Mostly gets on with others, with some problems.', 'ភាគច្រើនចុះសម្រុងជាមួយអ្នកដទៃ តែមានបញ្ហាខ្លះ។'],
        ['Gets on well with others and cooperates.', 'ចុះសម្រុងល្អជាមួយអ្នកដទៃ និងចេះសហការ។'],
      ]),
    ]),
    section('education_skills', ['Education and skills', 'ការអប់រំ និងជំនាញ'], [
      factor('performance', ['Performance', 'លទ្ធផលសិក្សា'], [
        ['Not learning; far behind for age.', 'មិនបានរៀនសោះ ឬយឺតជាងខ្លាំងតាមអាយុ។'],
        ['Falling behind for age.', 'រៀនយឺតជាងកុមារដែលមានអាយុដូចគ្នា។'],
        ['Learning, with some difficulty.', 'កំពុងរៀន ប៉ុន្តែមានការលំបាកខ្លះ។'],
        ['Learning and progressing well for age.', 'រៀនបានល្អ និងរីកចម្រើនសមតាមអាយុ។'],
      ]),
      factor('education_work', ['Work and education', 'ការងារ និងការអប់រំ'], [
        ['Not in school, training or work suitable for age.', 'មិនបានចូលរៀន ចូលវគ្គបណ្តុះបណ្តាល ឬធ្វើការងារសមស្របតាមអាយុ។'],
        ['Attends rarely.', 'កម្រចូលរៀន។'],
        ['Attends most of the time.', 'ចូលរៀនភាគច្រើន។'],
        ['In school or training, or work suitable for age, every day.', 'ចូលរៀន ឬវគ្គបណ្តុះបណ្តាល (ឬការងារសមស្របតាមអាយុ) ជាប្រចាំ។'],
      ]),
    ]),
  ],
});
