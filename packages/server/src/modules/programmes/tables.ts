import type { ColumnType } from 'kysely';

/* The tables of migration 015 (attendance, youth clubs, the Care Leavers' Network). */

type Defaulted<T> = ColumnType<T, T | undefined, T>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface ProgrammeAttendanceTable {
  organisation_id: string;
  gathering_type: string;
  gathering_id: string;
  person_id: string;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface YouthClubTable {
  id: string;
  organisation_id: string;
  team_id: string | null;
  facilitator_id: string | null;
  centre_id: string;
  name: string;
  founded_on: string | null;
  meeting_schedule: string | null;
  notes: string | null;
  version: Defaulted<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  archived_at: Date | null;
}

export interface YouthClubMemberTable {
  id: string;
  club_id: string;
  organisation_id: string;
  person_id: string;
  joined_on: string;
  left_on: string | null;
  leave_reason: string | null;
  created_at: Timestamp;
}

export interface YouthClubElectionTable {
  id: string;
  club_id: string;
  organisation_id: string;
  held_on: string;
  term_starts_on: string;
  term_ends_on: string | null;
  notes: string | null;
  created_by: string | null;
  created_at: Timestamp;
  /* migration 018 */
  version: Defaulted<number>;
  updated_at: Timestamp;
  archived_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface YouthClubCandidateTable {
  id: string;
  election_id: string;
  organisation_id: string;
  position: string;
  person_id: string;
  votes: number | null;
  elected: Defaulted<boolean>;
}

export interface YouthClubMeetingTable {
  id: string;
  club_id: string;
  organisation_id: string;
  held_on: string;
  agenda: string | null;
  activities: string | null;
  decisions: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /* migration 018 */
  version: Defaulted<number>;
  archived_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface LeaverMemberTable {
  id: string;
  organisation_id: string;
  team_id: string | null;
  facilitator_id: string | null;
  person_id: string;
  joined_on: string;
  left_care_on: string | null;
  status: Defaulted<string>;
  phone: string | null;
  telegram: string | null;
  email: string | null;
  share_with_network: Defaulted<boolean>;
  notes: string | null;
  version: Defaulted<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface LeaverGroupTable {
  id: string;
  organisation_id: string;
  team_id: string | null;
  facilitator_id: string | null;
  name: string;
  kind: string;
  meeting_schedule: string | null;
  notes: string | null;
  created_by: string | null;
  created_at: Timestamp;
  archived_at: Date | null;
}

export interface LeaverGroupMemberTable {
  id: string;
  group_id: string;
  organisation_id: string;
  person_id: string;
  joined_on: string;
  left_on: string | null;
  created_at: Timestamp;
}

export interface LeaverMeetingTable {
  id: string;
  group_id: string;
  organisation_id: string;
  held_on: string;
  topic: string | null;
  notes: string | null;
  created_by: string | null;
  created_at: Timestamp;
  /* migration 018 */
  version: Defaulted<number>;
  updated_at: Timestamp;
  archived_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface LeaverOutreachTable {
  id: string;
  organisation_id: string;
  team_id: string | null;
  facilitator_id: string | null;
  centre_id: string;
  visited_on: string;
  young_people: number;
  notes: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface LeaverCheckInTable {
  id: string;
  member_id: string;
  organisation_id: string;
  checked_on: string;
  housing: string;
  education: string;
  work: string;
  monthly_income_usd: number | null;
  id_documents: string;
  health: string;
  support_network: string;
  wellbeing: number;
  notes: string | null;
  recorded_by: string | null;
  created_at: Timestamp;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    programme_attendance: ProgrammeAttendanceTable;
    youth_club: YouthClubTable;
    youth_club_member: YouthClubMemberTable;
    youth_club_election: YouthClubElectionTable;
    youth_club_candidate: YouthClubCandidateTable;
    youth_club_meeting: YouthClubMeetingTable;
    leaver_member: LeaverMemberTable;
    leaver_group: LeaverGroupTable;
    leaver_group_member: LeaverGroupMemberTable;
    leaver_meeting: LeaverMeetingTable;
    leaver_outreach: LeaverOutreachTable;
    leaver_check_in: LeaverCheckInTable;
  }
}
