import { actions, defaultVocabularies, errorStatus, roles, type ErrorCode, type Role, type Scope } from '@homeward/core';

/**
 * Every list of values whose labels the catalogues hold under a dynamic key (`roles.<role>`,
 * `auditActions.<action>` …). The UI and `scripts/i18n-check.ts` both read these, so a key built
 * at run time is known to be used, and a value without a label is caught before it ships.
 * No DOM and no React here: the check imports this file under Node.
 */

/** Audit actions the server writes (platform/audit, scoped data layer, auth hooks). */
export const auditActions = [
  'create',
  'update',
  'read',
  'list',
  'archive',
  'restore',
  'deactivate',
  'reactivate',
  'permission.change',
  'profile.update',
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_in_locked',
  'auth.sign_out',
  'auth.password_changed',
  'auth.password_reset',
  'auth.two_factor_enabled',
  'auth.two_factor_disabled',
  'auth.two_factor_verified',
  'auth.two_factor_failed',
  // written by the case modules
  'approve',
  'reject',
  'submit',
  'withdraw',
  'supersede',
  'record',
  'reschedule',
  'miss',
  'cancel',
  'end',
  'relation.add',
  'relation.archive',
  'case.stage',
  'case.close',
  'case.assign',
  'case.reopen',
  'case.centre',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** Record types that appear in the audit log. */
export const auditRecordTypes = ['user', 'team', 'organisation', 'lookup', 'account', 'person', 'case', 'care_plan', 'care_plan_goal', 'case_stage_change'] as const;

/** Fields whose changes the audit log shows (database column names as the server records them). */
export const auditFields = [
  'id',
  'name',
  'name_km',
  'email',
  'role',
  'teamIds',
  'active',
  'archived_at',
  'locale',
  'digits',
  'organisation_id',
  'settings',
  'list',
  'value',
  'label_en',
  'label_km',
  'sort_order',
  // detail keys some entries carry
  'reason',
  'ids',
] as const;

export const scopes = ['all', 'organisation', 'team', 'own', 'centre', 'none'] as const satisfies readonly Scope[];
// Adding a scope to core fails to compile here until it has a label.
const everyScopeListed: Exclude<Scope, (typeof scopes)[number]> extends never ? true : false = true;
void everyScopeListed;

export const isRole = (v: unknown): v is Role => typeof v === 'string' && (roles as readonly string[]).includes(v);

/** A scope name from the server, as one the catalogue knows (unknown ones read as `none`). */
export const scopeOf = (s: string): Scope => ((scopes as readonly string[]).includes(s) ? (s as Scope) : 'none');

/** The lists an organisation starts with; administrators may add more (shown by their name). */
export const lookupLists = Object.keys(defaultVocabularies);

export const errorCodes = Object.keys(errorStatus) as ErrorCode[];

/** Validation keys the server and the forms emit, under `validation.*`. */
export const validationKeys = [
  'too_small',
  'too_big',
  'too_small_number',
  'too_big_number',
  'too_small_items',
  'too_big_items',
  'choose_one',
  'email',
  'format',
  'choice',
  'required',
  'invalid',
  'team_unknown',
  'password_mismatch',
  'password_same',
  'single_carer',
] as const;

export const languages = ['en', 'km'] as const;

export const placeLevels = ['province', 'district', 'commune', 'village'] as const;

/** Every catalogue key derived from the lists above. */
export function dynamicKeys(): string[] {
  return [
    ...roles.map((r) => `roles.${r}`),
    ...roles.map((r) => `roleDescriptions.${r}`),
    ...actions.map((a) => `actions.${a}`),
    ...scopes.map((s) => `scopes.${s}`),
    ...scopes.map((s) => `scopeDescriptions.${s}`),
    ...auditActions.map((a) => `auditActions.${a}`),
    ...auditRecordTypes.map((r) => `recordTypes.${r}`),
    ...auditFields.map((f) => `auditFields.${f}`),
    ...lookupLists.map((l) => `lists.${l}`),
    ...errorCodes.map((c) => `errors.${c}`),
    ...validationKeys.map((k) => `validation.${k}`),
    ...languages.map((l) => `languages.${l}`),
    ...placeLevels.map((l) => `places.levels.${l}`),
  ];
}
