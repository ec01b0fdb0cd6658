import type { ColumnType } from 'kysely';

// Table types of migration 016 (youth programmes), added to the Database interface here so the
// programmes stay in their own modules.
type Defaulted<T> = ColumnType<T, T | undefined, T>;
type Created = ColumnType<Date, Date | string | undefined, Date | string>;

/** The person's caseload, copied onto each row so scope applies without joins. */
export interface PersonOwnership { organisation_id: string; team_id: string | null; caseworker_id: string | null; centre_id: string | null }

export interface ScholarshipTable extends PersonOwnership {
  id: string; person_id: string; status: Defaulted<string>; status_changed_on: Defaulted<string>; applied_on: string; provider: string; course: string;
  trade: string | null; starts_on: string | null; ends_on: string | null; cost: number | null; currency: Defaulted<string>; decline_reason: string | null;
  outcome: string | null; outcome_on: string | null; outcome_note: string | null; created_by: string | null; version: Defaulted<number>;
  created_at: Created; updated_at: Created; archived_at: Date | null;
}
export interface ScholarshipStatusChangeTable extends PersonOwnership {
  id: string; scholarship_id: string; from_status: string | null; to_status: string; changed_on: string; note: string | null; changed_by: string | null; created_at: Created;
}
export interface ScholarshipDisbursementTable extends PersonOwnership {
  id: string; scholarship_id: string; paid_on: string; amount: number; purpose: string | null; recorded_by: string | null; created_at: Created;
}
export interface ScholarshipCheckInTable extends PersonOwnership {
  id: string; scholarship_id: string; checked_on: string; progress: string; note: string | null; recorded_by: string | null; created_at: Created;
}
export interface ScholarshipCertificateTable extends PersonOwnership { id: string; scholarship_id: string; attachment_id: string; created_at: Created }

export interface CounsellingSessionTable extends PersonOwnership {
  id: string; person_id: string; kind: string; held_on: string; counsellor_id: string | null; counsellor_name: string | null; notes: string | null;
  legal_matter_id: string | null; created_by: string | null; created_at: Created; archived_at: Date | null;
}
export interface LegalMatterTable extends PersonOwnership {
  id: string; person_id: string; kind: string; description: string | null; status: Defaulted<string>; status_changed_on: Defaulted<string>; opened_on: string;
  resolved_on: string | null; adviser_id: string | null; adviser_name: string | null; created_by: string | null; version: Defaulted<number>;
  created_at: Created; updated_at: Created; archived_at: Date | null;
}
export interface LegalMatterStatusChangeTable extends PersonOwnership {
  id: string; matter_id: string; from_status: string | null; to_status: string; changed_on: string; note: string | null; changed_by: string | null; created_at: Created;
}

export interface FacilitatorJson { userId?: string | null; name: string }
export interface CourseTopicPlanTable { id: string; organisation_id: string; topic: string; plan: string; updated_by: string | null; updated_at: Created }
export interface CourseTable {
  id: string; organisation_id: string; name: string; starts_on: string; ends_on: string | null; centre_id: string | null; place: string | null;
  facilitators: ColumnType<FacilitatorJson[], string | undefined, string>; created_by: string | null; version: Defaulted<number>;
  created_at: Created; updated_at: Created; archived_at: Date | null;
}
export interface CourseSessionTable {
  id: string; course_id: string; organisation_id: string; topic: string; held_on: string; facilitators: ColumnType<FacilitatorJson[], string | undefined, string>;
  notes: string | null; created_by: string | null; created_at: Created; archived_at: Date | null;
}
export interface CourseEnrolmentTable {
  id: string; course_id: string; person_id: string; organisation_id: string; enrolled_on: string; left_on: string | null;
  /** Why they withdrew (migration 018). */
  leave_reason: ColumnType<string | null, string | null | undefined, string | null>; created_by: string | null; created_at: Created;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    scholarship: ScholarshipTable;
    scholarship_status_change: ScholarshipStatusChangeTable;
    scholarship_disbursement: ScholarshipDisbursementTable;
    scholarship_check_in: ScholarshipCheckInTable;
    scholarship_certificate: ScholarshipCertificateTable;
    counselling_session: CounsellingSessionTable;
    legal_matter: LegalMatterTable;
    legal_matter_status_change: LegalMatterStatusChangeTable;
    course_topic_plan: CourseTopicPlanTable;
    course: CourseTable;
    course_session: CourseSessionTable;
    course_enrolment: CourseEnrolmentTable;
  }
}
