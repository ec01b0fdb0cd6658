import type { TScholarship, TScholarshipFigures, TScholarshipStatus, TScholarshipSummary } from '@homeward/core';
import type { Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { iso } from '../casework/refs.js';
import { peopleOf } from './person-ref.js';
import type { ScholarshipTable } from './tables.js';

type Row = Selectable<ScholarshipTable>;

const selectScholarships = (data: ScopedData) =>
  data.selectFrom('scholarship').selectAll().where('archived_at', 'is', null);

const presentSummary = (r: Row, person: TScholarshipSummary['person']): TScholarshipSummary => ({
  id: r.id, person, status: r.status as TScholarshipStatus, statusChangedOn: r.status_changed_on, appliedOn: r.applied_on,
  provider: r.provider, course: r.course, trade: r.trade, outcome: r.outcome as TScholarshipSummary['outcome'],
});

/** Scholarships in the caller's scope, newest application first, optionally of one status or person. */
export async function listScholarships(
  data: ScopedData,
  query: { status?: TScholarshipStatus; personId?: string; page: number; pageSize: number },
): Promise<{ items: TScholarshipSummary[]; total: number; page: number; pageSize: number }> {
  let q = selectScholarships(data);
  if (query.status) q = q.where('status', '=', query.status);
  if (query.personId) q = q.where('person_id', '=', query.personId);
  const rows = await q.orderBy('applied_on', 'desc').orderBy('id').limit(query.pageSize).offset((query.page - 1) * query.pageSize).execute();
  let count = data.selectFrom('scholarship').select((eb) => eb.fn.countAll<number>().as('n')).where('archived_at', 'is', null);
  if (query.status) count = count.where('status', '=', query.status);
  if (query.personId) count = count.where('person_id', '=', query.personId);
  const { n } = await count.executeTakeFirstOrThrow();
  await data.auditList('scholarship', rows.map((r) => r.id), { status: query.status ?? null });
  const person = await peopleOf(data, rows, 'scholarships');
  return { items: rows.map((r) => presentSummary(r, person(r.person_id))), total: Number(n), page: query.page, pageSize: query.pageSize };
}

/** One scholarship with its history, money paid, check-ins and certificates; audited as a read. */
export async function loadScholarship(data: ScopedData, id: string): Promise<TScholarship> {
  await data.get('scholarship', id);
  const r = await selectScholarships(data).where('id', '=', id).executeTakeFirstOrThrow();
  const history = await data.selectFrom('scholarship_status_change').selectAll().where('scholarship_id', '=', id).orderBy('changed_on').orderBy('created_at').execute();
  const disbursements = await data.selectFrom('scholarship_disbursement').selectAll().where('scholarship_id', '=', id).orderBy('paid_on').orderBy('created_at').execute();
  const checkIns = await data.selectFrom('scholarship_check_in').selectAll().where('scholarship_id', '=', id).orderBy('checked_on').orderBy('created_at').execute();
  const links = await data.selectFrom('scholarship_certificate').select('attachment_id').where('scholarship_id', '=', id).execute();
  // The files are reached through the scholarship just read in scope, so their names are read directly.
  const certificates = links.length
    ? await data.tx.selectFrom('attachment').select(['id as attachment_id', 'filename', 'created_at'])
      .where('id', 'in', links.map((l) => l.attachment_id)).where('archived_at', 'is', null).orderBy('created_at').execute()
    : [];
  return {
    ...presentSummary(r, (await peopleOf(data, [r], 'scholarship'))(r.person_id)),
    startsOn: r.starts_on, endsOn: r.ends_on, cost: r.cost, currency: r.currency as TScholarship['currency'],
    disbursed: disbursements.reduce((sum, d) => sum + d.amount, 0),
    declineReason: r.decline_reason, outcomeOn: r.outcome_on, outcomeNote: r.outcome_note,
    history: history.map((h) => ({ id: h.id, fromStatus: h.from_status as TScholarshipStatus | null, toStatus: h.to_status as TScholarshipStatus, changedOn: h.changed_on, note: h.note })),
    disbursements: disbursements.map((d) => ({ id: d.id, paidOn: d.paid_on, amount: d.amount, purpose: d.purpose })),
    checkIns: checkIns.map((c) => ({ id: c.id, checkedOn: c.checked_on, progress: c.progress as TScholarship['checkIns'][number]['progress'], note: c.note })),
    certificates: certificates.map((c) => ({ attachmentId: c.attachment_id, filename: c.filename, uploadedAt: iso(c.created_at) })),
    version: r.version,
  };
}

/** Scholarships in scope counted by status and by outcome: aggregates only, so not audited per person. */
export async function scholarshipFigures(data: ScopedData): Promise<TScholarshipFigures> {
  const byStatus = await data.selectFrom('scholarship').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).where('archived_at', 'is', null).groupBy('status').execute();
  const byOutcome = await data.selectFrom('scholarship').select(['outcome', (eb) => eb.fn.countAll<number>().as('n')])
    .where('archived_at', 'is', null).where('outcome', 'is not', null).groupBy('outcome').execute();
  return {
    byStatus: Object.fromEntries(byStatus.map((s) => [s.status, Number(s.n)])),
    byOutcome: Object.fromEntries(byOutcome.map((o) => [o.outcome ?? '', Number(o.n)])),
    total: byStatus.reduce((sum, s) => sum + Number(s.n), 0),
  };
}
