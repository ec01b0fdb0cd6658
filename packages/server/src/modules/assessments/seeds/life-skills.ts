import type { TInstrumentInput } from '@homeward/core';
import { instrument, scale, section, text, yesNo, type LevelSet, type Pair } from './builders.js';

/*
 * Pre/post questionnaires for the life-skills topics of the seed ("Getting ready to face the
 * world"): the young person rates three statements before and after the training, and answers
 * one short question. Taken when needed, never "due".
 */
const agreement: LevelSet = {
  labels: [['Not true at all', 'មិនពិតសោះ'], ['A little true', 'ពិតបន្តិច'], ['Mostly true', 'ពិតភាគច្រើន'], ['Very true', 'ពិតណាស់']],
  colours: ['red', 'yellow', 'blue', 'green'],
};

interface Topic { key: string; name: Pair; statements: [Pair, Pair, Pair]; question: { kind: 'yes_no' | 'text'; label: Pair } }

const topics: Topic[] = [
  { key: 'knowing_myself', name: ['Knowing myself', 'ការស្គាល់ខ្លួនឯង'], statements: [
    ['I can name my strengths.', 'ខ្ញុំអាចប្រាប់ពីចំណុចខ្លាំងរបស់ខ្ញុំបាន។'],
    ['I can name things I want to improve in myself.', 'ខ្ញុំអាចប្រាប់ពីចំណុចដែលខ្ញុំចង់កែលម្អលើខ្លួនឯងបាន។'],
    ['I feel good about who I am.', 'ខ្ញុំពេញចិត្តចំពោះខ្លួនឯង។'],
  ], question: { kind: 'text', label: ['Three words that describe me', 'ពាក្យបីដែលពិពណ៌នាអំពីខ្លួនខ្ញុំ'] } },
  { key: 'communication', name: ['Communication skills', 'ជំនាញទំនាក់ទំនង'], statements: [
    ['I can say clearly what I think and feel.', 'ខ្ញុំអាចនិយាយពីអ្វីដែលខ្ញុំគិត និងមានអារម្មណ៍បានច្បាស់លាស់។'],
    ['I listen to others without interrupting.', 'ខ្ញុំស្តាប់អ្នកដទៃដោយមិនកាត់សម្តី។'],
    ['I can speak in front of a group.', 'ខ្ញុំហ៊ាននិយាយនៅមុខក្រុម។'],
  ], question: { kind: 'yes_no', label: ['This month I asked someone for help.', 'ក្នុងខែនេះ ខ្ញុំបានសុំជំនួយពីនរណាម្នាក់។'] } },
  { key: 'living_safely', name: ['Living safely in the community', 'ការរស់នៅដោយសុវត្ថិភាពក្នុងសហគមន៍'], statements: [
    ['I know how to keep myself safe in the community.', 'ខ្ញុំដឹងពីរបៀបការពារខ្លួនឯងឱ្យមានសុវត្ថិភាពនៅក្នុងសហគមន៍។'],
    ['I can recognise an unsafe offer of work or travel.', 'ខ្ញុំអាចស្គាល់ការផ្តល់ការងារ ឬការធ្វើដំណើរដែលគ្មានសុវត្ថិភាព។'],
    ['I know where to go for help if I am in danger.', 'ខ្ញុំដឹងថាត្រូវទៅរកជំនួយនៅឯណា ពេលខ្ញុំមានគ្រោះថ្នាក់។'],
  ], question: { kind: 'yes_no', label: ['I know a phone number I can call for help.', 'ខ្ញុំចាំលេខទូរស័ព្ទដែលខ្ញុំអាចហៅសុំជំនួយបាន។'] } },
  { key: 'anger_management', name: ['Anger management', 'ការគ្រប់គ្រងកំហឹង'], statements: [
    ['I notice when I am becoming angry.', 'ខ្ញុំដឹងខ្លួននៅពេលដែលខ្ញុំចាប់ផ្តើមខឹង។'],
    ['I can calm myself down when I am angry.', 'ខ្ញុំអាចធ្វើឱ្យខ្លួនឯងស្ងប់ចិត្តវិញ នៅពេលខ្ញុំខឹង។'],
    ['I settle disagreements without hurting anyone.', 'ខ្ញុំដោះស្រាយការខ្វែងគំនិតដោយមិនធ្វើឱ្យនរណាម្នាក់ឈឺចាប់។'],
  ], question: { kind: 'text', label: ['What I do to calm down', 'អ្វីដែលខ្ញុំធ្វើដើម្បីឱ្យស្ងប់ចិត្ត'] } },
  { key: 'reproductive_health', name: ['Reproductive health', 'សុខភាពបន្តពូជ'], statements: [
    ['I understand how my body changes as I grow up.', 'ខ្ញុំយល់ពីការផ្លាស់ប្តូររាងកាយរបស់ខ្ញុំ នៅពេលខ្ញុំធំពេញវ័យ។'],
    ['I know how to protect myself from pregnancy and sexually transmitted infections.', 'ខ្ញុំដឹងពីរបៀបការពារខ្លួនពីការមានផ្ទៃពោះ និងជំងឺកាមរោគ។'],
    ['I can say no to touch or sex I do not want.', 'ខ្ញុំហ៊ានបដិសេធការប៉ះពាល់ ឬការរួមភេទដែលខ្ញុំមិនចង់បាន។'],
  ], question: { kind: 'yes_no', label: ['I know where to get confidential health advice.', 'ខ្ញុំដឹងកន្លែងទទួលការប្រឹក្សាសុខភាពដោយរក្សាការសម្ងាត់។'] } },
  { key: 'drug_awareness', name: ['Drug awareness', 'ការយល់ដឹងអំពីគ្រឿងញៀន'], statements: [
    ['I know the harm that drugs and alcohol do.', 'ខ្ញុំដឹងពីគ្រោះថ្នាក់នៃគ្រឿងញៀន និងគ្រឿងស្រវឹង។'],
    ['I can refuse when friends offer me drugs.', 'ខ្ញុំអាចបដិសេធ នៅពេលមិត្តភក្តិយកគ្រឿងញៀនមកឱ្យខ្ញុំ។'],
    ['I know where someone can get help to stop using drugs.', 'ខ្ញុំដឹងថាអ្នកប្រើគ្រឿងញៀនអាចទៅរកជំនួយដើម្បីឈប់ប្រើនៅឯណា។'],
  ], question: { kind: 'yes_no', label: ['Someone offered me drugs in the last three months.', 'ក្នុងរយៈពេលបីខែចុងក្រោយនេះ មានគេយកគ្រឿងញៀនមកឱ្យខ្ញុំ។'] } },
  { key: 'money_management', name: ['Money management', 'ការគ្រប់គ្រងប្រាក់'], statements: [
    ['I keep track of the money I receive and spend.', 'ខ្ញុំកត់ត្រាប្រាក់ដែលខ្ញុំទទួលបាន និងចំណាយ។'],
    ['I can make a simple budget.', 'ខ្ញុំអាចធ្វើផែនការចំណាយសាមញ្ញមួយបាន។'],
    ['I save some money regularly.', 'ខ្ញុំសន្សំប្រាក់ខ្លះជាប្រចាំ។'],
  ], question: { kind: 'yes_no', label: ['I have savings.', 'ខ្ញុំមានប្រាក់សន្សំ។'] } },
  { key: 'life_planning', name: ['Life planning', 'ការរៀបចំផែនការជីវិត'], statements: [
    ['I have thought about where I will live when I leave the centre.', 'ខ្ញុំបានគិតពីកន្លែងដែលខ្ញុំនឹងរស់នៅ ពេលចាកចេញពីមណ្ឌល។'],
    ['I know what work or training I want to do.', 'ខ្ញុំដឹងថាខ្ញុំចង់ធ្វើការងារ ឬចូលរៀនវគ្គបណ្តុះបណ្តាលអ្វី។'],
    ['I know who can support me after I leave care.', 'ខ្ញុំដឹងថានរណាអាចគាំទ្រខ្ញុំ បន្ទាប់ពីខ្ញុំចាកចេញពីការថែទាំ។'],
  ], question: { kind: 'text', label: ['My plan for the next year', 'ផែនការរបស់ខ្ញុំសម្រាប់ឆ្នាំខាងមុខ'] } },
  { key: 'goal_setting', name: ['Goal setting', 'ការកំណត់គោលដៅ'], statements: [
    ['I can set a clear goal for myself.', 'ខ្ញុំអាចកំណត់គោលដៅច្បាស់លាស់មួយសម្រាប់ខ្លួនឯង។'],
    ['I can break a goal into small steps.', 'ខ្ញុំអាចបែងចែកគោលដៅមួយជាជំហានតូចៗ។'],
    ['I keep trying when something is difficult.', 'ខ្ញុំបន្តព្យាយាម ទោះបីជាមានការលំបាកក៏ដោយ។'],
  ], question: { kind: 'text', label: ['One goal I am working on', 'គោលដៅមួយដែលខ្ញុំកំពុងខិតខំសម្រេច'] } },
];

export const lifeSkillsTopics = topics.map((t) => t.key);

export const lifeSkills: TInstrumentInput[] = topics.map((t) => instrument({
  code: `life_skills_${t.key}`,
  name: [`Life skills: ${t.name[0]} (before and after)`, `ជំនាញជីវិត៖ ${t.name[1]} (មុន និងក្រោយវគ្គ)`],
  description: ['Answered by the young person before and after the training.', 'យុវជនឆ្លើយមុន និងក្រោយវគ្គបណ្តុះបណ្តាល។'],
  subject: 'young_person',
  frequencyDays: null,
  sections: [
    section('self_rating', ['How true is this for me?', 'តើការនេះពិតសម្រាប់ខ្ញុំកម្រិតណា?'],
      t.statements.map((s, i) => scale(`statement_${i + 1}`, s, agreement))),
    section('reflection', ['In my own words', 'តាមពាក្យសម្តីរបស់ខ្ញុំ'], [
      t.question.kind === 'yes_no' ? yesNo('question', t.question.label) : text('question', t.question.label),
    ]),
  ],
}));
