import type { ColumnType, Generated } from 'kysely';

/** Columns the database fills in on insert. */
type Defaulted<T> = ColumnType<T, T | undefined, T>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface OrganisationSettings {
  requireTwoFactorRoles?: string[];
  /** Follow-up visits after placement, in months; absent means `defaultFollowUpMonths`. */
  followUpMonths?: number[];
}

export interface OrganisationTable {
  id: string;
  name: string;
  name_km: string | null;
  settings: Defaulted<OrganisationSettings>;
  created_at: Timestamp;
  archived_at: Date | null;
}

export interface TeamTable {
  id: string;
  organisation_id: string;
  name: string;
  created_at: Timestamp;
  archived_at: Date | null;
}

export interface AppUserTable {
  id: string;
  name: string;
  email: string;
  email_verified: Defaulted<boolean>;
  image: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  two_factor_enabled: Defaulted<boolean>;
  organisation_id: string;
  role: string;
  locale: Defaulted<string>;
  digits: Defaulted<string>;
  active: Defaulted<boolean>;
  must_change_password: Defaulted<boolean>;
}

export interface TeamMemberTable {
  team_id: string;
  user_id: string;
}

export interface AuthSessionTable {
  id: string;
  expires_at: Date;
  token: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  ip_address: string | null;
  user_agent: string | null;
  user_id: string;
}

export interface AuthAccountTable {
  id: string;
  account_id: string;
  provider_id: string;
  user_id: string;
  password: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface LookupTable {
  id: string;
  organisation_id: string;
  list: string;
  value: string;
  label_en: string;
  label_km: string;
  sort_order: Defaulted<number>;
  active: Defaulted<boolean>;
}

export interface PlaceTable {
  code: string;
  level: string;
  parent_code: string | null;
  name_km: string;
  name_latin: string;
  unit_km: string;
  unit_latin: string;
  unit_en: string;
  search_key: string;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Timestamp;
  actor_id: string | null;
  actor_role: string | null;
  organisation_id: string | null;
  action: string;
  record_type: string | null;
  record_id: string | null;
  changes: unknown;
  details: unknown;
  ip: string | null;
}

export interface SchemaMigrationTable {
  name: string;
  checksum: string;
  applied_at: Timestamp;
}

export interface Database {
  organisation: OrganisationTable;
  team: TeamTable;
  app_user: AppUserTable;
  team_member: TeamMemberTable;
  auth_session: AuthSessionTable;
  auth_account: AuthAccountTable;
  lookup: LookupTable;
  place: PlaceTable;
  audit_log: AuditLogTable;
  schema_migration: SchemaMigrationTable;
}

export interface InstanceSettingTable {
  key: string;
  value: string;
}

declare module './schema.js' {
  interface Database {
    instance_setting: InstanceSettingTable;
  }
}

// ---- people and households (migration 002) and cases (migration 003) ------------------------
/** The columns that say whose caseload a personal record is in; see modules/scopes.ts. */
interface Ownership {
  organisation_id: string;
  team_id: string | null;
  caseworker_id: string | null;
  centre_id: string | null;
}
type Created = Timestamp;

export interface PersonTable extends Ownership {
  id: string;
  kind: string;
  family_name_km: string | null;
  given_name_km: string | null;
  family_name_latin: string | null;
  given_name_latin: string | null;
  nickname: string | null;
  sex: string;
  birth_date: string | null;
  birth_date_estimated: Defaulted<boolean>;
  birth_place_code: string | null;
  address_code: string | null;
  address_detail: string | null;
  father_given_name: string | null;
  mother_given_name: string | null;
  disability: string | null;
  child_categories: Defaulted<string[]>;
  id_poor_level: number | null;
  photo_attachment_id: string | null;
  notes: string | null;
  search_key: Defaulted<string>;
  /** Matcher retrieval keys (migration 013); null until back-filled. Every insert must give them. */
  match_keys: ColumnType<string[] | null, string[], string[]>;
  version: Defaulted<number>;
  created_by: string | null;
  created_at: Created;
  updated_at: Created;
  archived_at: Date | null;
}

export interface PersonAliasTable { id: string; person_id: string; name: string; script: string; created_at: Created; archived_at: Date | null }
export interface PersonDocumentTable { id: string; person_id: string; document_type: string; number: string | null; created_at: Created; archived_at: Date | null }

export interface HouseholdTable extends Ownership {
  id: string;
  name: string | null;
  address_code: string | null;
  address_detail: string | null;
  livelihood: string | null;
  id_poor_level: number | null;
  primary_caregiver_id: string | null;
  notes: string | null;
  version: Defaulted<number>;
  created_by: string | null;
  created_at: Created;
  updated_at: Created;
  archived_at: Date | null;
}

export interface HouseholdMemberTable { id: string; household_id: string; person_id: string; relationship: string | null; is_head: Defaulted<boolean>; joined_at: Created; left_at: Date | null }
export interface PersonRelationTable { id: string; person_id: string; relative_id: string; relationship: string; created_at: Created; archived_at: Date | null }

export interface CaseSequenceTable { organisation_id: string; year: number; last: number }

export interface CaseFileTable extends Ownership {
  id: string;
  caseworker_id: string;
  child_id: string;
  number: string;
  stage: string;
  risk_level: string;
  opened_on: string;
  referral_date: string | null;
  referral_source: string | null;
  referral_reason: string | null;
  referrer_name: string | null;
  child_categories: Defaulted<string[]>;
  urgency: string | null;
  child_views: string | null;
  family_views: string | null;
  closed_on: string | null;
  closure_reason: string | null;
  closure_summary: string | null;
  /** The final assessment the closure was decided on, and whether its threshold was met (007). */
  closure_assessment_id: Defaulted<string | null>;
  closure_threshold_met: Defaulted<boolean | null>;
  version: Defaulted<number>;
  created_by: string | null;
  created_at: Created;
  updated_at: Created;
}

export interface CaseStageChangeTable { id: string; case_id: string; organisation_id: string; from_stage: string | null; to_stage: string; reason: string | null; changed_by: string | null; changed_at: Created }

export interface ConsentTable extends Ownership {
  id: string; case_id: string; subject: string; given_by: string; given_on: string; document_attachment_id: string | null;
  withdrawn_on: string | null; created_by: string | null; created_at: Created;
}

export interface CaseNoteTable extends Ownership {
  id: string; case_id: string; note_type: string; occurred_on: string; place_code: string | null; participants: string | null;
  narrative: string; next_steps: string | null; confidential: Defaulted<boolean>; decision: string | null; best_interests: string | null;
  author_id: string | null; version: Defaulted<number>; created_at: Created; updated_at: Created; archived_at: Date | null;
}

export interface CarePlanTable extends Ownership {
  id: string; case_id: string; status: string; care_option: string | null; best_interests: string | null; created_by: string | null;
  approved_by: string | null; approved_at: Date | null; version: Defaulted<number>; created_at: Created; updated_at: Created;
}
export interface CarePlanGoalTable { id: string; plan_id: string; description: string; sort_order: Defaulted<number>; created_at: Created; archived_at: Date | null }
export interface CarePlanActionTable extends Ownership {
  id: string; goal_id: string; case_id: string; description: string; responsible: string | null; due_on: string | null;
  status: Defaulted<string>; done_on: string | null; created_at: Created; updated_at: Created; archived_at: Defaulted<Date | null>; sort_order: Defaulted<number>;
}

export interface ApprovalTable extends Ownership {
  id: string; case_id: string; kind: string; subject_id: string | null; details: Defaulted<Record<string, unknown>>; status: string;
  requested_by: string; requested_at: Created; request_comment: string | null; decided_by: string | null; decided_at: Date | null; decision_comment: string | null;
}

export interface PlacementTable extends Ownership {
  id: string; case_id: string; care_type: string; carer_household_id: string | null; carer_centre_id: string | null; start_date: string;
  end_date: string | null; end_reason: string | null; agreement_attachment_id: string | null; status: string; notes: string | null;
  created_by: string | null; version: Defaulted<number>; created_at: Created; updated_at: Created;
}

export interface FollowUpTable extends Ownership {
  id: string; case_id: string; placement_id: string | null; sequence: number; months_after: number | null; due_on: string; status: string;
  done_on: string | null; progress: string | null; concerns: string | null; wellbeing: string | null; visited_by: string | null;
  rescheduled_to_id: string | null; reschedule_reason: string | null; missed_reason: Defaulted<string | null>; version: Defaulted<number>; created_at: Created; updated_at: Created;
}

export interface ServiceRecordTable extends Ownership {
  id: string; case_id: string; service_type: string; provided_on: string; provider: string | null; outcome: string | null; notes: string | null;
  confidential: Defaulted<boolean>; created_by: string | null; created_at: Created; archived_at: Date | null;
}

export interface CaseTransferTable extends Ownership {
  id: string; case_id: string; to_organisation_id: string; consent_id: string | null; reason: string; status: string; requested_by: string;
  requested_at: Created; decided_by: string | null; decided_at: Date | null; decision_comment: string | null; new_case_id: string | null;
}

export interface AttachmentTable extends Ownership {
  id: string; person_id: string | null; case_id: string | null; kind: string; filename: string; content_type: string; size_bytes: number;
  sha256: string; uploaded_by: string | null; created_at: Created; archived_at: Date | null;
}

export interface NotificationTable { id: string; organisation_id: string; user_id: string; kind: string; case_id: string | null; params: Defaulted<Record<string, unknown>>; created_at: Created; read_at: Date | null }

declare module './schema.js' {
  interface Database {
    person: PersonTable;
    person_alias: PersonAliasTable;
    person_document: PersonDocumentTable;
    household: HouseholdTable;
    household_member: HouseholdMemberTable;
    person_relation: PersonRelationTable;
    case_sequence: CaseSequenceTable;
    case_file: CaseFileTable;
    case_stage_change: CaseStageChangeTable;
    consent: ConsentTable;
    case_note: CaseNoteTable;
    care_plan: CarePlanTable;
    care_plan_goal: CarePlanGoalTable;
    care_plan_action: CarePlanActionTable;
    approval: ApprovalTable;
    placement: PlacementTable;
    follow_up: FollowUpTable;
    service_record: ServiceRecordTable;
    case_transfer: CaseTransferTable;
    attachment: AttachmentTable;
    notification: NotificationTable;
  }
}

// ---- assessments (migration 007) --------------------------------------------------------------
export interface InstrumentTable {
  id: string; organisation_id: string | null; code: string; version: number; status: string; name_en: string; name_km: string;
  description: { en: string; km: string } | null; subject: string; frequency_days: number | null; definition: unknown;
  allows_closure: Defaulted<boolean>; row_version: Defaulted<number>; created_by: string | null; created_at: Created; published_at: Date | null;
}
export interface AssessmentTable extends Ownership {
  id: string; instrument_id: string; subject_type: string; subject_id: string; case_id: string | null; status: string; assessed_on: string;
  answers: Defaulted<unknown>; notes: string | null; total: number | null; section_scores: unknown; closure_met: boolean | null;
  row_version: Defaulted<number>; assessor_id: string | null; submitted_at: Date | null; created_at: Created; updated_at: Created; archived_at: Date | null;
}

declare module './schema.js' {
  interface Database {
    instrument: InstrumentTable;
    assessment: AssessmentTable;
  }
}

// ---- family tracing (migration 011) -----------------------------------------------------------
export interface TracingRequestTable extends Ownership {
  id: string; case_id: string; relationship: string; family_name_km: string | null; given_name_km: string | null; family_name_latin: string | null;
  given_name_latin: string | null; other_names: Defaulted<string[]>; sex: Defaulted<string>; age_years: number | null; birth_year: number | null;
  father_name: string | null; mother_name: string | null; last_place_code: string | null; last_place_detail: string | null; separated_on: string | null;
  separation_reason: string | null; distinguishing_facts: string | null; requested_by: string | null; status: Defaulted<string>;
  status_changed_on: Defaulted<string>; outcome_note: string | null; found_person_id: string | null; created_by: string | null;
  version: Defaulted<number>; created_at: Created; updated_at: Created; archived_at: Date | null;
}
export interface TracingAttemptTable extends Ownership {
  id: string; request_id: string; case_id: string; attempted_on: string; method: string; place_code: string | null; contact_person: string | null;
  outcome: string; result: string; recorded_by: string | null; created_at: Created;
}
export interface TracingStatusChangeTable extends Ownership {
  id: string; request_id: string; case_id: string; from_status: string | null; to_status: string; changed_on: string; note: string | null;
  found_person_id: string | null; changed_by: string | null; created_at: Created;
}

declare module './schema.js' {
  interface Database {
    tracing_request: TracingRequestTable;
    tracing_attempt: TracingAttemptTable;
    tracing_status_change: TracingStatusChangeTable;
  }
}

// ---- residential care centres in transition (migration 012) ----------------------------------
export interface CentreStaffJson { name: string; role?: string | null; phone?: string | null; personId?: string | null }
export interface CentreDonorJson { name: string; stance: string; notes?: string | null }
export interface CentreTable {
  id: string; organisation_id: string; team_id: string | null; caseworker_id: string | null; name_km: string; name_latin: string | null;
  village_code: string | null; type: string; mosvy_registered: boolean; mosvy_registration_number: string | null; mou_status: string;
  mou_signed_on: string | null; mou_expires_on: string | null; last_inspection_on: string | null; capacity: number | null;
  director: CentreStaffJson | null; key_staff: CentreStaffJson[]; donors: CentreDonorJson[]; partner_since: string | null; engagement: string | null;
  notes: string | null; search_text: string; version: Defaulted<number>; created_by: string | null; created_at: Created; updated_at: Created; archived_at: Date | null;
}
export interface CentreCountTable {
  id: string; centre_id: string; organisation_id: string; counted_on: string; girls: number; boys: number; staff: number | null; notes: string | null;
  recorded_by: string | null; created_at: Created;
}
export interface CentreTransitionTable {
  id: string; centre_id: string; organisation_id: string; end_goal: string; stage: string; stage_since: string; risks: string | null;
  director_position: string | null; donor_position: string | null; version: Defaulted<number>; updated_at: Created;
}
export interface CentreStageChangeTable {
  id: string; centre_id: string; organisation_id: string; from_stage: string | null; to_stage: string; changed_on: string; reason: string;
  changed_by: string | null; created_at: Created;
}
export interface CentreMilestoneTable {
  id: string; centre_id: string; organisation_id: string; title: string; owner: string | null; due_on: string | null; status: Defaulted<string>;
  done_on: string | null; created_by: string | null; created_at: Created;
}
export interface CentreActivityTable {
  id: string; centre_id: string; organisation_id: string; type: string; activity_on: string; staff: string | null; participants: string | null;
  participant_count: number | null; notes: string | null; follow_up: string | null; recorded_by: string | null; created_at: Created;
}

export interface CentreDirectoryView {
  id: string; organisation_id: string; name_km: string; name_latin: string | null; village_code: string | null; archived_at: Date | null;
}

declare module './schema.js' {
  interface Database {
    centre: CentreTable;
    centre_count: CentreCountTable;
    centre_transition: CentreTransitionTable;
    centre_stage_change: CentreStageChangeTable;
    centre_milestone: CentreMilestoneTable;
    centre_activity: CentreActivityTable;
    /** A view over `centre`: names only, scoped to the organisation (migration 017). */
    centre_directory: CentreDirectoryView;
  }
}
