import { addDays, displayName, todayIso, type TAssessmentSubjectType } from '@homeward/core';
import { sql, type Kysely } from 'kysely';
import { scopeFilter, scopeSpecs, type ScopedData } from '../../platform/access/scoped-data.js';
import type { Database } from '../../platform/db/schema.js';
import type { PageOf } from '../../platform/db/paginate.js';
import { currentInstrument, type InstrumentRow } from './instrument-queries.js';

/** The instrument a child in the assessment stage is due for when none has been submitted. */
export const firstAssessmentCode = 'mosvy_child';

interface DueItem {
  subjectType: TAssessmentSubjectType; subjectId: string; subjectName: string; caseId: string | null; caseNumber: string | null;
  instrumentId: string; instrumentCode: string; instrumentName: { en: string; km: string }; lastAssessedOn: string | null; dueOn: string; overdue: boolean;
}

/** One subject of an open case in my caseload: the child, or a household the child lives in. */
interface Subject { type: TAssessmentSubjectType; id: string; name: string; caseId: string; caseNumber: string; organisationId: string }

async function subjectsOfOpenCases(data: ScopedData): Promise<{ subjects: Subject[]; inAssessment: Subject[] }> {
  const cases = await data.selectFrom('case_file').select(['id', 'number', 'child_id', 'stage', 'organisation_id']).where('stage', '<>', 'closed').execute();
  if (cases.length === 0) return { subjects: [], inAssessment: [] };
  const childIds = cases.map((c) => c.child_id);
  const people = await data.tx.selectFrom('person').select(['id', 'family_name_km', 'given_name_km', 'family_name_latin', 'given_name_latin', 'nickname'])
    .where(sql<boolean>`id = any(${sql.val(childIds)}::uuid[])`).execute();
  const names = new Map(people.map((p) => [p.id, displayName({ familyNameKm: p.family_name_km, givenNameKm: p.given_name_km, familyNameLatin: p.family_name_latin, givenNameLatin: p.given_name_latin, nickname: p.nickname })]));
  const homes = await data.tx.selectFrom('household_member as m').innerJoin('household as h', 'h.id', 'm.household_id')
    .select(['m.person_id', 'h.id', 'h.name']).where(sql<boolean>`m.person_id = any(${sql.val(childIds)}::uuid[])`)
    .where('m.left_at', 'is', null).where('h.archived_at', 'is', null)
    // Only households the caller may see: one outside the caseload could not be assessed anyway.
    .where(scopeFilter(data.actor, scopeSpecs.household, 'h')).execute();
  const subjects: Subject[] = [];
  const inAssessment: Subject[] = [];
  for (const c of cases) {
    const child: Subject = { type: 'person', id: c.child_id, name: names.get(c.child_id) ?? '', caseId: c.id, caseNumber: c.number, organisationId: c.organisation_id };
    subjects.push(child);
    if (c.stage === 'assessment') inAssessment.push(child);
    for (const h of homes.filter((m) => m.person_id === c.child_id)) {
      subjects.push({ type: 'household', id: h.id, name: h.name ?? child.name, caseId: c.id, caseNumber: c.number, organisationId: c.organisation_id });
    }
  }
  return { subjects, inAssessment };
}

/** Last submitted day per subject and instrument code (facts over the subject, whoever assessed). */
async function lastAssessed(db: Kysely<Database>, subjectIds: string[]) {
  const rows = await db.selectFrom('assessment as a').innerJoin('instrument as i', 'i.id', 'a.instrument_id')
    .select(['a.subject_type', 'a.subject_id', 'i.code', sql<string>`max(a.assessed_on)::text`.as('last')])
    .where('a.subject_type', 'in', ['person', 'household']).where(sql<boolean>`a.subject_id = any(${sql.val(subjectIds)}::uuid[])`).where('a.status', '=', 'submitted').where('a.archived_at', 'is', null)
    .groupBy(['a.subject_type', 'a.subject_id', 'i.code']).execute();
  return rows;
}

/**
 * Assessments due for subjects of open cases in my caseload: each code already given to the
 * subject comes round again `frequencyDays` after the last one (the version the organisation uses
 * now sets the frequency); listed when due within `withinDays`, overdue when past. A child whose
 * case is in the assessment stage and has no MoSVY child assessment yet is due today.
 */
export async function dueAssessments(data: ScopedData, query: { page: number; pageSize: number; withinDays: number }): Promise<PageOf<DueItem>> {
  const today = todayIso();
  const horizon = addDays(today, query.withinDays);
  const { subjects, inAssessment } = await subjectsOfOpenCases(data);
  const cache = new Map<string, InstrumentRow | undefined>();
  const current = async (orgId: string, code: string) => {
    const key = `${orgId}:${code}`;
    if (!cache.has(key)) cache.set(key, await currentInstrument(data.tx, orgId, code));
    return cache.get(key);
  };
  const items: DueItem[] = [];
  const facts = subjects.length ? await lastAssessed(data.tx, [...new Set(subjects.map((s) => s.id))]) : [];
  const seen = new Set<string>();
  for (const s of subjects) {
    for (const f of facts.filter((r) => r.subject_type === s.type && r.subject_id === s.id)) {
      const key = `${s.type}:${s.id}:${f.code}`;
      const instrument = await current(s.organisationId, f.code);
      if (seen.has(key) || !instrument?.frequency_days) continue;
      seen.add(key);
      const dueOn = addDays(f.last, instrument.frequency_days);
      if (dueOn > horizon) continue;
      items.push(item(s, instrument, f.last, dueOn, dueOn < today));
    }
  }
  for (const child of inAssessment) {
    const done = facts.some((f) => f.subject_type === 'person' && f.subject_id === child.id && f.code === firstAssessmentCode);
    const instrument = await current(child.organisationId, firstAssessmentCode);
    if (!done && instrument && !seen.has(`person:${child.id}:${firstAssessmentCode}`)) items.push(item(child, instrument, null, today, false));
  }
  items.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.subjectName.localeCompare(b.subjectName) || a.instrumentCode.localeCompare(b.instrumentCode));
  const page = items.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
  await data.auditList('case_file', [...new Set(page.map((i) => i.caseId!))], { as: 'assessments.due' });
  return { items: page, total: items.length, page: query.page, pageSize: query.pageSize };
}

function item(s: Subject, instrument: InstrumentRow, last: string | null, dueOn: string, overdue: boolean): DueItem {
  return {
    subjectType: s.type, subjectId: s.id, subjectName: s.name, caseId: s.caseId, caseNumber: s.caseNumber, instrumentId: instrument.id,
    instrumentCode: instrument.code, instrumentName: { en: instrument.name_en, km: instrument.name_km }, lastAssessedOn: last, dueOn, overdue,
  };
}
