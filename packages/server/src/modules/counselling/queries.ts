import { can, type TCounsellingSession, type TLegalMatter, type TPersonCounselling } from '@homeward/core';
import type { Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { iso, userRefOf } from '../casework/refs.js';
import type { CounsellingSessionTable, LegalMatterTable } from '../scholarships/tables.js';

type SessionRow = Selectable<CounsellingSessionTable> & { counsellor_ref: TCounsellingSession['counsellor'] };
type MatterRow = Selectable<LegalMatterTable> & { adviser_ref: TLegalMatter['adviser'] };

/** Whether the caller may read confidential counselling notes; others learn only that a session happened. */
export const mayReadNotes = (data: ScopedData): boolean => can(data.actor.role, 'counselling.read');

const selectSessions = (data: ScopedData) => data.selectFrom('counselling_session').selectAll().select(userRefOf('counselling_session.counsellor_id').as('counsellor_ref')).where('archived_at', 'is', null);
const selectMatters = (data: ScopedData) => data.selectFrom('legal_matter').selectAll().select(userRefOf('legal_matter.adviser_id').as('adviser_ref')).where('archived_at', 'is', null);

function presentSession(r: SessionRow, withNotes: boolean): TCounsellingSession {
  return {
    id: r.id, personId: r.person_id, kind: r.kind as TCounsellingSession['kind'], heldOn: r.held_on, counsellor: r.counsellor_ref, counsellorName: r.counsellor_name,
    // The notes never leave the server for a role without counselling.read, not even as null.
    ...(withNotes ? { notes: r.notes } : {}), notesWithheld: !withNotes && r.notes !== null, legalMatterId: r.legal_matter_id, createdAt: iso(r.created_at),
  };
}

async function withHistory(data: ScopedData, rows: MatterRow[]): Promise<TLegalMatter[]> {
  if (!rows.length) return [];
  const changes = await data.selectFrom('legal_matter_status_change').selectAll().where('matter_id', 'in', rows.map((r) => r.id)).orderBy('changed_on').orderBy('created_at').execute();
  return rows.map((r) => ({
    id: r.id, personId: r.person_id, kind: r.kind as TLegalMatter['kind'], description: r.description, status: r.status as TLegalMatter['status'],
    statusChangedOn: r.status_changed_on, openedOn: r.opened_on, resolvedOn: r.resolved_on, adviser: r.adviser_ref, adviserName: r.adviser_name,
    history: changes.filter((c) => c.matter_id === r.id).map((c) => ({
      id: c.id, fromStatus: c.from_status as TLegalMatter['status'] | null, toStatus: c.to_status as TLegalMatter['status'], changedOn: c.changed_on, note: c.note,
    })),
    version: r.version,
  }));
}

/** A young person's counselling sessions (newest first) and legal matters, audited as read, with notes only for those allowed. */
export async function personCounselling(data: ScopedData, personId: string): Promise<TPersonCounselling> {
  await data.get('person', personId);
  const notes = mayReadNotes(data);
  const sessions = await selectSessions(data).where('person_id', '=', personId).orderBy('held_on', 'desc').orderBy('created_at', 'desc').execute();
  const matters = await selectMatters(data).where('person_id', '=', personId).orderBy('opened_on', 'desc').execute();
  await data.auditList('counselling_session', sessions.map((s) => s.id), { personId, notes });
  await data.auditList('legal_matter', matters.map((m) => m.id), { personId });
  return { sessions: sessions.map((s) => presentSession(s, notes)), legalMatters: await withHistory(data, matters), notesVisible: notes };
}

/** One session, its read audited (saying whether the notes were shown). */
export async function loadSession(data: ScopedData, id: string): Promise<TCounsellingSession> {
  const notes = mayReadNotes(data);
  const row = await selectSessions(data).where('id', '=', id).executeTakeFirst();
  if (!row) await data.get('counselling_session', id);
  await data.audit({ action: 'read', recordType: 'counselling_session', recordId: id, details: { notes } });
  return presentSession(row!, notes);
}

/** One legal matter with its status history, audited as a read. */
export async function loadLegalMatter(data: ScopedData, id: string): Promise<TLegalMatter> {
  await data.get('legal_matter', id);
  const [matter] = await withHistory(data, [await selectMatters(data).where('id', '=', id).executeTakeFirstOrThrow()]);
  return matter!;
}
