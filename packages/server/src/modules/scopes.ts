import type { ScopeSpec } from '../platform/access/scoped-data.js';
import type { Database } from '../platform/db/schema.js';

/**
 * How each organisation-owned table belongs to someone, for the scoped data layer. A module
 * that adds such a table adds its line here; the platform applies it.
 */
const caseload = <R extends string>(recordType: R) =>
  ({ recordType, organisation: 'organisation_id', team: 'team_id', owner: 'caseworker_id', centre: 'centre_id', personal: true }) as const;

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
} as const satisfies Partial<Record<keyof Database, ScopeSpec>>;
