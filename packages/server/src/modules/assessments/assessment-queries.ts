import { scoreAssessment, type TAnswers, type TAssessment, type TAssessmentSubjectType, type TAssessmentSummary, type TScore } from '@homeward/core';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { AssessmentTable, Database } from '../../platform/db/schema.js';
import { paginate, type PageOf } from '../../platform/db/paginate.js';
import { notFound } from '../../platform/errors.js';
import { definitionOf, presentInstrumentVersion, presentInstrumentSummary, type InstrumentRow } from './instrument-queries.js';

/*
 * Reading assessments, always through the scoped data layer (audited). The instrument version an
 * assessment was given on is read beside it: a fact about the record, not a record of its own.
 */
export type AssessmentRow = Selectable<AssessmentTable>;

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

/** Instrument versions and assessor names for a set of assessments, in two small reads. */
async function related(db: Kysely<Database>, rows: AssessmentRow[]) {
  const instrumentIds = [...new Set(rows.map((r) => r.instrument_id))];
  const userIds = [...new Set(rows.map((r) => r.assessor_id).filter((id): id is string => id !== null))];
  const instruments = instrumentIds.length ? await db.selectFrom('instrument').selectAll().where('id', 'in', instrumentIds).execute() : [];
  const users = userIds.length ? await db.selectFrom('app_user').select(['id', 'name']).where('id', 'in', userIds).execute() : [];
  return { instruments: new Map(instruments.map((i) => [i.id, i])), names: new Map(users.map((u) => [u.id, u.name])) };
}

function presentSummary(row: AssessmentRow, instrument: InstrumentRow, assessorName: string): TAssessmentSummary {
  const summary = presentInstrumentSummary(instrument);
  return {
    id: row.id, instrumentId: row.instrument_id, instrumentCode: instrument.code, instrumentVersion: instrument.version, instrumentName: summary.name,
    subjectType: row.subject_type as TAssessmentSubjectType, subjectId: row.subject_id, caseId: row.case_id, status: row.status as TAssessmentSummary['status'],
    assessedOn: row.assessed_on, total: row.total, maxTotal: summary.maxTotal, assessorName, submittedAt: iso(row.submitted_at),
  };
}

export async function presentSummaries(db: Kysely<Database>, rows: AssessmentRow[]): Promise<TAssessmentSummary[]> {
  const { instruments, names } = await related(db, rows);
  return rows.map((r) => presentSummary(r, instruments.get(r.instrument_id)!, names.get(r.assessor_id ?? '') ?? ''));
}

const answersOf = (row: Pick<AssessmentRow, 'answers'>): TAnswers => (row.answers ?? {}) as TAnswers;

/** Codes of instrument versions, as a subquery, so assessment queries need no join (scope columns stay unambiguous). */
const versionsOf = (db: Kysely<Database>, codes: string[]) => db.selectFrom('instrument').select('id').where('code', 'in', codes);

/** An assessment in scope and not discarded; the read is audited. */
export async function getAssessmentRow(data: ScopedData, id: string): Promise<AssessmentRow> {
  const row = await data.get('assessment', id);
  if (row.archived_at) throw notFound();
  return row;
}

/** The subject's last submitted assessment of the same code before this one, beside each item. */
async function previousOf(data: ScopedData, row: AssessmentRow, code: string): Promise<TAssessment['previous']> {
  let q = data.selectFrom('assessment').selectAll()
    .where('subject_type', '=', row.subject_type).where('subject_id', '=', row.subject_id)
    .where('status', '=', 'submitted').where('archived_at', 'is', null).where('id', '<>', row.id)
    .where('instrument_id', 'in', versionsOf(data.tx, [code]));
  if (row.status === 'submitted') {
    q = q.where(sql<boolean>`(assessed_on, submitted_at) < (${row.assessed_on}::date, ${row.submitted_at}::timestamptz)`);
  }
  const prev = await q.orderBy('assessed_on', 'desc').orderBy('submitted_at', 'desc').executeTakeFirst();
  if (!prev) return null;
  const instrument = await data.tx.selectFrom('instrument').selectAll().where('id', '=', prev.instrument_id).executeTakeFirstOrThrow();
  await data.audit({ action: 'read', recordType: 'assessment', recordId: prev.id, details: { as: 'previous' } });
  return { id: prev.id, assessedOn: prev.assessed_on, answers: answersOf(prev), score: scoreAssessment(definitionOf(instrument), answersOf(prev)) };
}

export async function presentAssessment(data: ScopedData, row: AssessmentRow): Promise<TAssessment> {
  const { instruments, names } = await related(data.tx, [row]);
  const instrument = instruments.get(row.instrument_id)!;
  const answers = answersOf(row);
  return {
    ...presentSummary(row, instrument, names.get(row.assessor_id ?? '') ?? ''),
    answers, notes: row.notes, score: scoreAssessment(definitionOf(instrument), answers), rowVersion: row.row_version,
    instrument: presentInstrumentVersion(instrument),
    previous: await previousOf(data, row, instrument.code),
  };
}

export async function loadAssessment(data: ScopedData, id: string): Promise<TAssessment> {
  return presentAssessment(data, await getAssessmentRow(data, id));
}

export interface ListAssessmentsQuery {
  page: number; pageSize: number; subjectType?: string | undefined; subjectId?: string | undefined; caseId?: string | undefined;
  instrumentCode?: string | undefined; status?: string | undefined;
}

/** Assessments in my scope, newest first; the ids shown are audited as one list read. */
export async function listAssessments(data: ScopedData, query: ListAssessmentsQuery): Promise<PageOf<TAssessmentSummary>> {
  let q = data.selectFrom('assessment').selectAll().where('archived_at', 'is', null);
  if (query.subjectType) q = q.where('subject_type', '=', query.subjectType);
  if (query.subjectId) q = q.where('subject_id', '=', query.subjectId);
  if (query.caseId) q = q.where('case_id', '=', query.caseId);
  if (query.status) q = q.where('status', '=', query.status);
  if (query.instrumentCode) q = q.where('instrument_id', 'in', versionsOf(data.tx, [query.instrumentCode]));
  const page = await paginate(q, query, (p) => p.orderBy('assessed_on', 'desc').orderBy('created_at', 'desc').orderBy('id'), (r) => r as AssessmentRow);
  await data.auditList('assessment', page.items.map((r) => r.id));
  return { ...page, items: await presentSummaries(data.tx, page.items) };
}

/**
 * The subject's latest submitted assessment on any of `instrumentCodes` (any version), with the
 * version's definition and the score; on one case when `caseId` is given. For the MoSVY forms
 * (2: `['mosvy_child']` and `['mosvy_family']`; 6: the same, on the case). Audited as a read.
 */
export async function latestSubmittedAssessment(
  data: ScopedData, subjectType: TAssessmentSubjectType, subjectId: string, instrumentCodes: string[], caseId?: string,
): Promise<(TAssessment & { score: TScore }) | null> {
  if (instrumentCodes.length === 0) return null;
  let q = data.selectFrom('assessment').select('id')
    .where('subject_type', '=', subjectType).where('subject_id', '=', subjectId)
    .where('status', '=', 'submitted').where('archived_at', 'is', null)
    .where('instrument_id', 'in', versionsOf(data.tx, instrumentCodes));
  if (caseId) q = q.where('case_id', '=', caseId);
  const row = await q.orderBy('assessed_on', 'desc').orderBy('submitted_at', 'desc').executeTakeFirst();
  return row ? loadAssessment(data, row.id) : null;
}
