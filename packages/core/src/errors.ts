/**
 * Stable error codes. The server answers `{ error: { code, key, fields? } }`; the web shows
 * `t(key)` so every message reaches the user in their language. The HTTP status lives here too,
 * so the mapping is decided in exactly one place.
 */
export const errorStatus = {
  'validation.failed': 400,
  'auth.unauthenticated': 401,
  'auth.forbidden': 403,
  'auth.two_factor_required': 403,
  'auth.locked': 429,
  'auth.invalid_credentials': 401,
  'auth.account_inactive': 403,
  'auth.password_wrong': 400,
  'auth.password_change_required': 403,
  'auth.invalid_code': 400,
  'auth.origin_refused': 403,
  'record.not_found': 404,
  'record.conflict': 409,
  'organisation.name_taken': 409,
  'team.name_taken': 409,
  'user.email_taken': 409,
  'user.cannot_deactivate_self': 400,
  'lookup.value_taken': 409,
  'case.already_open': 409,
  'case.stage_refused': 409,
  'case.not_closed': 409,
  'case.closed': 409,
  'case.not_transferable': 409,
  'case.transfer_pending': 409,
  'case_transfer.not_pending': 409,
  'consent.already_withdrawn': 409,
  'household.already_member': 409,
  'person.relation_exists': 409,
  'attachment.too_large': 413,
  'attachment.type_refused': 415,
  'case.final_assessment_required': 409,
  'care_plan.not_editable': 409,
  'care_plan.incomplete': 409,
  'care_plan.open_plan_exists': 409,
  'approval.not_pending': 409,
  'approval.already_pending': 409,
  'approval.own_request': 403,
  'placement.approved_plan_required': 409,
  'placement.not_active': 409,
  'follow_up.not_scheduled': 409,
  'form.incomplete': 409,
  'pdf.unavailable': 503,
  'instrument.code_taken': 409,
  'instrument.not_draft': 409,
  'instrument.not_published': 409,
  'instrument.draft_exists': 409,
  'assessment.not_draft': 409,
  'assessment.not_submitted': 409,
  'internal': 500,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof errorStatus;

/** Translation key of an error code: the web's catalogue holds `errors.<code>`. */
export const errorKey = (code: ErrorCode): string => `errors.${code}`;

export interface FieldError {
  field: string;
  /** translation key, e.g. `validation.too_short` */
  key: string;
  params?: Record<string, string | number>;
}

export interface ErrorBody {
  error: { code: ErrorCode; key: string; message: string; fields?: FieldError[] };
}
