import type { ScopeSpec } from '../platform/access/scoped-data.js';
import type { Database } from '../platform/db/schema.js';

/**
 * How each organisation-owned table belongs to someone, for the scoped data layer. A module
 * that adds such a table adds its line here; the platform applies it.
 */
const caseload = <R extends string>(recordType: R) =>
  ({ recordType, organisation: 'organisation_id', team: 'team_id', owner: 'caseworker_id', centre: 'centre_id', personal: true }) as const;

/** A programme record naming a young person: the organisation's programme staff see it; reads are audited. */
const programme = <R extends string>(recordType: R) => ({ recordType, organisation: 'organisation_id', personal: true }) as const;

export const scopeSpecs = {
  organisation: { recordType: 'organisation', organisation: 'id', personal: false },
  team: { recordType: 'team', organisation: 'organisation_id', personal: false },
  app_user: { recordType: 'user', organisation: 'organisation_id', personal: false },
  lookup: { recordType: 'lookup', organisation: 'organisation_id', personal: false },
  // An organisation's own instrument versions; shipped ones (organisation NULL) are read beside them.
  instrument: { recordType: 'instrument', organisation: 'organisation_id', personal: false },
  // Personal records: caseload-scoped and audited on every read.
  person: caseload('person'),
  household: caseload('household'),
  case_file: caseload('case'),
  consent: caseload('consent'),
  case_note: caseload('case_note'),
  care_plan: caseload('care_plan'),
  care_plan_action: caseload('care_plan_action'),
  approval: caseload('approval'),
  placement: caseload('placement'),
  follow_up: caseload('follow_up'),
  service_record: caseload('service'),
  case_transfer: caseload('case_transfer'),
  attachment: caseload('attachment'),
  assessment: caseload('assessment'),
  // A centre in transition: its team and adviser (caseworker_id) like a caseload; a partner's
  // centre is the centre itself. Not personal (reads are not audited; writes are).
  centre: { recordType: 'centre', organisation: 'organisation_id', team: 'team_id', owner: 'caseworker_id', centre: 'id', personal: false },
  // The organisation's centre names (a view), for placing a child in any of its centres.
  centre_directory: { recordType: 'centre', organisation: 'organisation_id', personal: false },
  // A centre's sub-records are always reached through the centre (gated or joined on it).
  centre_count: { recordType: 'centre_count', organisation: 'organisation_id', personal: false },
  centre_transition: { recordType: 'centre_transition', organisation: 'organisation_id', personal: false },
  centre_milestone: { recordType: 'centre_milestone', organisation: 'organisation_id', personal: false },
  centre_activity: { recordType: 'centre_activity', organisation: 'organisation_id', personal: false },
  tracing_request: caseload('tracing_request'),
  tracing_attempt: caseload('tracing_attempt'),
  tracing_status_change: caseload('tracing_status_change'),
  // Youth programmes (migration 016). Scholarships are programme data: programme staff of the organisation see them (reads audited).
  scholarship: programme('scholarship'), scholarship_status_change: programme('scholarship_status_change'), scholarship_disbursement: programme('scholarship_disbursement'),
  scholarship_check_in: programme('scholarship_check_in'), scholarship_certificate: programme('scholarship_certificate'),
  // Counselling and legal matters are confidential: they follow the young person's caseload.
  counselling_session: caseload('counselling_session'), legal_matter: caseload('legal_matter'), legal_matter_status_change: caseload('legal_matter_status_change'),
  // Courses are the organisation's; who enrolled and attended names young people, so those reads are audited.
  course: { recordType: 'course', organisation: 'organisation_id', personal: false }, course_session: { recordType: 'course_session', organisation: 'organisation_id', personal: false },
  course_topic_plan: { recordType: 'course_topic_plan', organisation: 'organisation_id', personal: false },
  course_enrolment: programme('course_enrolment'),
  // Youth programmes (modules/clubs, modules/leavers): a club belongs to a centre, a team and its
  // staff facilitator; network records to a team and facilitator. Sub-records are reached through them.
  youth_club: { recordType: 'youth_club', organisation: 'organisation_id', team: 'team_id', owner: 'facilitator_id', centre: 'centre_id', personal: false },
  leaver_member: { recordType: 'care_leaver', organisation: 'organisation_id', team: 'team_id', owner: 'facilitator_id', personal: true },
  leaver_group: { recordType: 'leaver_group', organisation: 'organisation_id', team: 'team_id', owner: 'facilitator_id', personal: false },
  leaver_outreach: { recordType: 'leaver_outreach', organisation: 'organisation_id', team: 'team_id', owner: 'facilitator_id', personal: false },
} as const satisfies Partial<Record<keyof Database, ScopeSpec>>;
