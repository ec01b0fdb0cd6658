import { sql, type ColumnType, type Expression, type SqlBool } from 'kysely';
import { scopeFilter, type ScopeSpec } from '../../platform/access/scoped-data.js';
import type { Actor } from '../../platform/auth/actor.js';

// Tables of migration 014: training events, outreach events and partners' centres.

type Defaulted<T> = ColumnType<T, T | undefined, T>;
type Created = ColumnType<Date, Date | string | undefined, Date | string>;

export interface TrainingEventTable {
  id: string; organisation_id: string; kind: string; title: string; topics: string[]; starts_on: string; ends_on: string; venue: string | null;
  trainers: string | null; audiences: string[]; evaluation: string; notes: string | null; version: Defaulted<number>; created_by: string | null;
  created_at: Created; archived_at: Date | null;
}
export interface TrainingParticipantTable {
  id: string; event_id: string; organisation_id: string; name: string; sex: string | null; audience: string; person_id: string | null;
  centre_id: string | null; walk_in: Defaulted<boolean>; pre_score: number | null; post_score: number | null; satisfaction: number | null; created_at: Created;
}
export interface TrainingAttendanceTable { participant_id: string; attended_on: string; event_id: string }
export interface OutreachParticipantsJson { role: string; female: number; male: number }
export interface OutreachEventTable {
  id: string; organisation_id: string; kind: string; type: string; held_on: string; village_code: string | null; centre_id: string | null;
  topic: string; outcome: string | null; participants: OutreachParticipantsJson[]; created_by: string | null; created_at: Created; archived_at: Date | null;
}
export interface CentreUserTable { user_id: string; centre_id: string; organisation_id: string; created_at: Created }

declare module '../../platform/db/schema.js' {
  interface Database {
    training_event: TrainingEventTable;
    training_participant: TrainingParticipantTable;
    training_attendance: TrainingAttendanceTable;
    outreach_event: OutreachEventTable;
    centre_user: CentreUserTable;
  }
}

/**
 * Training and outreach events are the organisation's shared work, not one adviser's caseload:
 * everyone in the organisation allowed to read centres sees them. Their participants are read
 * through the event. Use `trainingEventScope` / `outreachEventScope`, which also keep a partner
 * to the events their own centre took part in (decision 0013).
 */
export const trainingEventSpec: ScopeSpec = { recordType: 'training_event', organisation: 'organisation_id', personal: false };
export const outreachEventSpec: ScopeSpec = { recordType: 'outreach_event', organisation: 'organisation_id', personal: false };

const partnerCentres = (actor: Actor) => sql`any(${sql.val(actor.centreIds)}::uuid[])`;

/** The training events the caller sees: the organisation's; a partner's, those a person of their centre took part in. */
export function trainingEventScope(actor: Actor, alias = 'training_event'): Expression<SqlBool> {
  const inOrg = scopeFilter(actor, trainingEventSpec, alias);
  if (actor.scope !== 'centre') return inOrg;
  return sql<SqlBool>`(${inOrg} and exists (select 1 from training_participant tp
    where tp.event_id = ${sql.ref(`${alias}.id`)} and tp.centre_id = ${partnerCentres(actor)}))`;
}

/** The outreach events the caller sees: the organisation's; a partner's, those held with their centre. */
export function outreachEventScope(actor: Actor, alias = 'outreach_event'): Expression<SqlBool> {
  const inOrg = scopeFilter(actor, outreachEventSpec, alias);
  if (actor.scope !== 'centre') return inOrg;
  return sql<SqlBool>`(${inOrg} and ${sql.ref(`${alias}.centre_id`)} = ${partnerCentres(actor)})`;
}
