import type { ColumnType } from 'kysely';
import type { ScopeSpec } from '../../platform/access/scoped-data.js';

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
 * through the event.
 */
export const trainingEventSpec: ScopeSpec = { recordType: 'training_event', organisation: 'organisation_id', personal: false };
export const outreachEventSpec: ScopeSpec = { recordType: 'outreach_event', organisation: 'organisation_id', personal: false };
