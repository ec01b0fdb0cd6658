/**
 * Attendance of any gathering, kept in `programme_attendance` as one row per person present.
 *
 * How to reuse it: load (and so scope-check) the gathering yourself, then
 *   await replaceAttendance(data, { type: 'course_session', id: session.id, organisationId: session.organisation_id }, body.presentIds);
 *   const present = await attendanceOf(data, 'course_session', [session.id]);   // Map<gatheringId, personIds[]>
 * `type` is a short name of your own for the gathering (club_meeting, leaver_meeting …). The web
 * side is components/AttendanceSheet.tsx, whose onSave sends `{ presentIds }` (ZAttendanceRequest).
 */
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { FieldErrors } from '../people/references.js';
import './tables.js';

export interface Gathering {
  type: string;
  id: string;
  organisationId: string;
}

/**
 * Make `presentIds` the whole list of who attended. Everyone named must be a person of the
 * gathering's organisation (walk-ins are registered first); the change is audited as one row
 * on the gathering, with who was added and who removed.
 */
export async function replaceAttendance(data: ScopedData, gathering: Gathering, presentIds: readonly string[]): Promise<{ added: string[]; removed: string[] }> {
  const wanted = [...new Set(presentIds)];
  if (wanted.length) {
    // People are checked within the organisation, not the caller's caseload: a facilitator ticks
    // young people they found through the programme, not only their own cases.
    const known = await data.tx.selectFrom('person').select('id')
      .where('organisation_id', '=', gathering.organisationId).where('id', 'in', wanted).where('archived_at', 'is', null).execute();
    if (known.length !== wanted.length) {
      const errors = new FieldErrors();
      errors.add('presentIds', 'validation.person_unknown');
      errors.throwIfAny();
    }
  }
  const before = (await data.tx.selectFrom('programme_attendance').select('person_id')
    .where('gathering_type', '=', gathering.type).where('gathering_id', '=', gathering.id).execute()).map((r) => r.person_id);
  const had = new Set(before);
  const keep = new Set(wanted);
  const added = wanted.filter((id) => !had.has(id));
  const removed = before.filter((id) => !keep.has(id));
  if (removed.length) {
    await data.tx.deleteFrom('programme_attendance')
      .where('gathering_type', '=', gathering.type).where('gathering_id', '=', gathering.id).where('person_id', 'in', removed).execute();
  }
  if (added.length) {
    await data.tx.insertInto('programme_attendance').values(added.map((personId) => ({
      organisation_id: gathering.organisationId, gathering_type: gathering.type, gathering_id: gathering.id, person_id: personId, recorded_by: data.actor.userId,
    }))).execute();
  }
  if (added.length || removed.length) {
    await data.audit({ action: 'update', recordType: gathering.type, recordId: gathering.id, details: { attendance: { added, removed } } });
  }
  return { added, removed };
}

/** Who attended each of the gatherings (already scope-checked by the caller), by gathering id. */
export async function attendanceOf(data: ScopedData, type: string, ids: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (!ids.length) return out;
  const rows = await data.tx.selectFrom('programme_attendance').select(['gathering_id', 'person_id'])
    .where('gathering_type', '=', type).where('gathering_id', 'in', [...ids]).execute();
  for (const r of rows) out.get(r.gathering_id)?.push(r.person_id);
  return out;
}
