import { addDays, scoreAssessment, type TAnswers, type TInstrumentDefinition } from '@homeward/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../packages/server/src/platform/db/schema.js';
import type { CentreSummary } from './centres.js';
import { Random } from './random.js';
import { asOf, type Scale } from './scale.js';
import { BulkWriter } from './writer.js';

const reasons = [
  'Seen at the home visit and confirmed by the carer.', 'ឃើញផ្ទាល់ពេលចុះសួរសុខទុក្ខ ហើយអ្នកថែទាំបានបញ្ជាក់។',
  'The teacher confirmed it.', 'កុមារបានប្រាប់ដោយខ្លួនឯង។', 'Reported by the village chief.',
];

interface Instrument { id: string; code: string; definition: TInstrumentDefinition }
interface Planned { instrument: Instrument; subjectType: 'person' | 'household' | 'centre'; subjectId: string; on: string; lift: number }
interface Owner { organisation_id: string; team_id: string | null; caseworker_id: string | null; centre_id: string | null; case_id: string | null }

/**
 * Answers the way a caseworker gives them: each scale item at a level drawn around `level`
 * (0 = worst, 1 = best), a reason where the item asks for one, optional items sometimes skipped.
 */
function answer(rnd: Random, definition: TInstrumentDefinition, level: number): TAnswers {
  const answers: TAnswers = {};
  for (const section of definition.sections) {
    for (const item of section.items) {
      if (item.kind === 'scale') {
        if (item.optional && rnd.chance(0.1)) continue;
        const at = Math.min(1, Math.max(0, level + (rnd.next() - 0.5) * 0.5));
        const value = item.levels[Math.round(at * (item.levels.length - 1))]!.value;
        answers[item.key] = item.reasonRequired ? { value, reason: rnd.pick(reasons) } : { value };
      } else if (item.kind === 'yes_no') {
        if (rnd.chance(0.8)) answers[item.key] = { value: rnd.chance(level) };
      } else if (rnd.chance(0.3)) {
        answers[item.key] = { value: 'Discussed with the family.' };
      }
    }
  }
  return answers;
}

/**
 * Scored assessments over time: for each case, the MoSVY child and family assessments at intake
 * and the Child Status Index every six months until the case closed (a final family assessment
 * at closure); life-skills pre/post pairs for older young people; RCC readiness every six months
 * for each centre. Levels start from the child's situation and improve over the case, so trends
 * and closure thresholds look like real work. Scores are computed by `scoreAssessment`, as the
 * server does on submission. Planned assessments are sampled down to `scale.assessments`.
 */
export async function addAssessments(db: Kysely<Database>, scale: Scale, seed: number, centres: CentreSummary[]): Promise<Map<string, number>> {
  const rnd = new Random(seed * 7919 + 907);
  const w = new BulkWriter(db, ['assessment']);
  const rows = await db.selectFrom('instrument').select(['id', 'code', 'definition']).where('organisation_id', 'is', null).where('status', '=', 'published').execute();
  const byCode = new Map(rows.map((r) => [r.code, { id: r.id, code: r.code, definition: r.definition as TInstrumentDefinition }]));
  const need = (code: string) => byCode.get(code) ?? (() => { throw new Error(`instrument ${code} is not seeded`); })();
  const [csi, child, family, readiness] = [need('csi'), need('mosvy_child'), need('mosvy_family'), need('rcc_readiness')];
  const lifeSkills = rows.filter((r) => r.code.startsWith('life_skills_')).map((r) => byCode.get(r.code)!);

  const cases = await db.selectFrom('case_file as c').innerJoin('person as p', 'p.id', 'c.child_id')
    .select(['c.id', 'c.organisation_id', 'c.team_id', 'c.caseworker_id', 'c.centre_id', 'c.child_id', 'c.opened_on', 'c.closed_on', 'c.stage', 'c.closure_reason', 'p.birth_date',
      sql<string | null>`(select m.household_id from household_member m where m.person_id = c.child_id and m.left_at is null order by m.id limit 1)`.as('household_id')])
    .orderBy('c.id').execute();

  const plan = (k: (typeof cases)[number]): Planned[] => {
    if (k.stage === 'referral') return [];
    const end = k.closed_on && k.closed_on < asOf ? k.closed_on : asOf;
    const out: Planned[] = [{ instrument: child, subjectType: 'person', subjectId: k.child_id, on: addDays(k.opened_on, 15), lift: 0 }];
    if (k.household_id) out.push({ instrument: family, subjectType: 'household', subjectId: k.household_id, on: addDays(k.opened_on, 20), lift: 0 });
    for (let d = 30; addDays(k.opened_on, d) <= end; d += 180) out.push({ instrument: csi, subjectType: 'person', subjectId: k.child_id, on: addDays(k.opened_on, d), lift: d / 365 });
    if (k.stage === 'closed' && k.household_id && k.closure_reason === 'goals_met') {
      out.push({ instrument: family, subjectType: 'household', subjectId: k.household_id, on: addDays(end, -7), lift: 1.5 });
    }
    const age = k.birth_date ? (Date.parse(asOf) - Date.parse(k.birth_date)) / 3.156e10 : 0;
    if (age >= 15 && k.stage !== 'closed' && lifeSkills.length && Number.parseInt(k.id.slice(0, 2), 16) < 64) {
      const topic = lifeSkills[Number.parseInt(k.id.slice(2, 4), 16) % lifeSkills.length]!;
      const pre = addDays(asOf, -(Number.parseInt(k.id.slice(4, 6), 16) + 70));
      out.push({ instrument: topic, subjectType: 'person', subjectId: k.child_id, on: pre, lift: 0 }, { instrument: topic, subjectType: 'person', subjectId: k.child_id, on: addDays(pre, 60), lift: 1 });
    }
    return out.filter((p) => p.on <= asOf);
  };
  const centrePlan = (c: CentreSummary): Planned[] => {
    const out: Planned[] = [];
    for (let d = 60; addDays(c.partnerSince, d) <= asOf; d += 180) out.push({ instrument: readiness, subjectType: 'centre', subjectId: c.id, on: addDays(c.partnerSince, d), lift: d / 365 });
    return out;
  };

  // Pass one counts what a complete record would hold; pass two keeps each with the same chance.
  const centreCount = centres.reduce((n, c) => n + centrePlan(c).length, 0);
  const caseCount = cases.reduce((n, k) => n + plan(k).length, 0);
  const keep = Math.min(1, scale.assessments / Math.max(1, centreCount + caseCount));
  let left = scale.assessments;
  const write = async (p: Planned, owner: Owner, level: number): Promise<void> => {
    if (left <= 0 || !rnd.chance(keep)) return;
    left--;
    const answers = answer(rnd, p.instrument.definition, Math.min(1, level + p.lift * 0.12));
    // The last weeks hold a few drafts still being filled in.
    const draft = p.on > addDays(asOf, -30) && rnd.chance(0.2);
    const score = draft ? null : scoreAssessment(p.instrument.definition, answers);
    const closure = score?.thresholds.find((t) => t.allowsClosure);
    await w.add('assessment', {
      id: rnd.uuid(), instrument_id: p.instrument.id, subject_type: p.subjectType, subject_id: p.subjectId, ...owner, status: draft ? 'draft' : 'submitted',
      assessed_on: p.on, answers: JSON.stringify(answers) as never, notes: null, total: score?.total ?? null,
      section_scores: score ? JSON.stringify(score.sections) : null, closure_met: closure ? closure.met : null, assessor_id: owner.caseworker_id,
      submitted_at: draft ? null : new Date(`${p.on}T10:00:00Z`), archived_at: null,
    });
  };
  for (const c of centres) {
    const level = 0.2 + rnd.next() * 0.3;
    for (const p of centrePlan(c)) await write(p, { organisation_id: c.organisationId, team_id: c.teamId, caseworker_id: c.adviserId, centre_id: c.id, case_id: null }, level);
  }
  for (const k of cases) {
    const level = 0.25 + rnd.next() * 0.4;
    const owner = { organisation_id: k.organisation_id, team_id: k.team_id, caseworker_id: k.caseworker_id, centre_id: k.centre_id, case_id: k.id };
    for (const p of plan(k)) await write(p, owner, level);
  }
  await w.flush();
  // A closed case records the final assessment it was decided on (the latest family assessment).
  await sql`update case_file c set closure_assessment_id = a.id, closure_threshold_met = a.closure_met
    from (select distinct on (case_id) case_id, id, closure_met from assessment
          where case_id is not null and closure_met is not null and status = 'submitted' order by case_id, assessed_on desc, id) a
    where a.case_id = c.id and c.stage = 'closed'`.execute(db);
  return w.counts;
}
