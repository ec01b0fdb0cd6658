/**
 * Roles, the actions they may take, and the record scope they see.
 * `satisfies Record<Role, Record<Action, boolean>>` makes adding a role or an action fail to
 * compile until every cell of the matrix is decided.
 */
export const roles = [
  'network_admin',
  'administrator',
  'manager',
  'supervisor',
  'caseworker',
  'facilitator',
  'partner',
  'viewer',
] as const;
export type Role = (typeof roles)[number];

export const actions = [
  'organisation.read',
  'organisation.create',
  'organisation.update',
  'team.read',
  'team.manage',
  'user.read',
  'user.manage',
  'role.read',
  'lookup.read',
  'lookup.manage',
  'place.read',
  'audit.read_record',
  'audit.read_log',
  'person.read',
  'person.write',
  'case.read',
  'case.write',
  'case.approve',
  'case.assign',
  'case.transfer',
  'confidential.read',
  'attachment.read',
  'attachment.write',
  'instrument.manage',
  'assessment.read',
  'assessment.write',
  'centre.read',
  'centre.write',
  'programme.read',
  'programme.write',
  'counselling.read',
  'counselling.write',
] as const;
export type Action = (typeof actions)[number];

/** Which protected records a role sees. `none`: aggregates only, no personal data. */
export type Scope = 'all' | 'organisation' | 'team' | 'own' | 'centre' | 'none';

const T = true;
const F = false;

export const permissions = {
  network_admin: {
    'organisation.read': T, 'organisation.create': T, 'organisation.update': T,
    'team.read': T, 'team.manage': T, 'user.read': T, 'user.manage': T, 'role.read': T,
    'lookup.read': T, 'lookup.manage': T, 'place.read': T,
    'audit.read_record': T, 'audit.read_log': T,
    'person.read': T, 'person.write': T, 'case.read': T, 'case.write': T, 'case.approve': T, 'case.assign': T, 'case.transfer': T, 'confidential.read': T, 'attachment.read': T, 'attachment.write': T,
    'instrument.manage': T, 'assessment.read': T, 'assessment.write': T,
    'centre.read': T, 'centre.write': T,
    'programme.read': T, 'programme.write': T, 'counselling.read': T, 'counselling.write': T,
  },
  administrator: {
    'organisation.read': T, 'organisation.create': F, 'organisation.update': T,
    'team.read': T, 'team.manage': T, 'user.read': T, 'user.manage': T, 'role.read': T,
    'lookup.read': T, 'lookup.manage': T, 'place.read': T,
    'audit.read_record': T, 'audit.read_log': T,
    'person.read': T, 'person.write': F, 'case.read': T, 'case.write': F, 'case.approve': F, 'case.assign': T, 'case.transfer': F, 'confidential.read': F, 'attachment.read': T, 'attachment.write': F,
    'instrument.manage': T, 'assessment.read': T, 'assessment.write': F,
    'centre.read': T, 'centre.write': F,
    'programme.read': T, 'programme.write': F, 'counselling.read': F, 'counselling.write': F,
  },
  manager: {
    'organisation.read': T, 'organisation.create': F, 'organisation.update': F,
    'team.read': T, 'team.manage': F, 'user.read': T, 'user.manage': F, 'role.read': T,
    'lookup.read': T, 'lookup.manage': F, 'place.read': T,
    'audit.read_record': T, 'audit.read_log': F,
    'person.read': T, 'person.write': T, 'case.read': T, 'case.write': T, 'case.approve': T, 'case.assign': T, 'case.transfer': T, 'confidential.read': T, 'attachment.read': T, 'attachment.write': T,
    'instrument.manage': F, 'assessment.read': T, 'assessment.write': T,
    'centre.read': T, 'centre.write': T,
    'programme.read': T, 'programme.write': T, 'counselling.read': T, 'counselling.write': T,
  },
  supervisor: {
    'organisation.read': T, 'organisation.create': F, 'organisation.update': F,
    'team.read': T, 'team.manage': F, 'user.read': T, 'user.manage': F, 'role.read': F,
    'lookup.read': T, 'lookup.manage': F, 'place.read': T,
    'audit.read_record': T, 'audit.read_log': F,
    'person.read': T, 'person.write': T, 'case.read': T, 'case.write': T, 'case.approve': T, 'case.assign': T, 'case.transfer': T, 'confidential.read': T, 'attachment.read': T, 'attachment.write': T,
    'instrument.manage': F, 'assessment.read': T, 'assessment.write': T,
    'centre.read': T, 'centre.write': T,
    'programme.read': T, 'programme.write': T, 'counselling.read': T, 'counselling.write': T,
  },
  caseworker: {
    'organisation.read': T, 'organisation.create': F, 'organisation.update': F,
    'team.read': T, 'team.manage': F, 'user.read': F, 'user.manage': F, 'role.read': F,
    'lookup.read': T, 'lookup.manage': F, 'place.read': T,
    'audit.read_record': F, 'audit.read_log': F,
    'person.read': T, 'person.write': T, 'case.read': T, 'case.write': T, 'case.approve': F, 'case.assign': F, 'case.transfer': F, 'confidential.read': T, 'attachment.read': T, 'attachment.write': T,
    'instrument.manage': F, 'assessment.read': T, 'assessment.write': T,
    'centre.read': T, 'centre.write': T,
    'programme.read': T, 'programme.write': T, 'counselling.read': T, 'counselling.write': T,
  },
  facilitator: {
    'organisation.read': T, 'organisation.create': F, 'organisation.update': F,
    'team.read': T, 'team.manage': F, 'user.read': F, 'user.manage': F, 'role.read': F,
    'lookup.read': T, 'lookup.manage': F, 'place.read': T,
    'audit.read_record': F, 'audit.read_log': F,
    'person.read': T, 'person.write': T, 'case.read': F, 'case.write': F, 'case.approve': F, 'case.assign': F, 'case.transfer': F, 'confidential.read': F, 'attachment.read': T, 'attachment.write': F,
    'instrument.manage': F, 'assessment.read': T, 'assessment.write': T,
    'centre.read': T, 'centre.write': F,
    'programme.read': T, 'programme.write': T, 'counselling.read': F, 'counselling.write': F,
  },
  partner: {
    'organisation.read': T, 'organisation.create': F, 'organisation.update': F,
    'team.read': F, 'team.manage': F, 'user.read': F, 'user.manage': F, 'role.read': F,
    'lookup.read': T, 'lookup.manage': F, 'place.read': T,
    'audit.read_record': F, 'audit.read_log': F,
    'person.read': T, 'person.write': T, 'case.read': T, 'case.write': F, 'case.approve': F, 'case.assign': F, 'case.transfer': F, 'confidential.read': F, 'attachment.read': T, 'attachment.write': F,
    'instrument.manage': F, 'assessment.read': T, 'assessment.write': F,
    'centre.read': T, 'centre.write': F,
    'programme.read': T, 'programme.write': F, 'counselling.read': F, 'counselling.write': F,
  },
  viewer: {
    'organisation.read': T, 'organisation.create': F, 'organisation.update': F,
    'team.read': F, 'team.manage': F, 'user.read': F, 'user.manage': F, 'role.read': F,
    'lookup.read': T, 'lookup.manage': F, 'place.read': T,
    'audit.read_record': F, 'audit.read_log': F,
    'person.read': F, 'person.write': F, 'case.read': F, 'case.write': F, 'case.approve': F, 'case.assign': F, 'case.transfer': F, 'confidential.read': F, 'attachment.read': F, 'attachment.write': F,
    'instrument.manage': F, 'assessment.read': F, 'assessment.write': F,
    'centre.read': F, 'centre.write': F,
    'programme.read': F, 'programme.write': F, 'counselling.read': F, 'counselling.write': F,
  },
} as const satisfies Record<Role, Record<Action, boolean>>;

export const roleScope = {
  network_admin: 'all',
  administrator: 'organisation',
  manager: 'organisation',
  supervisor: 'team',
  caseworker: 'own',
  facilitator: 'own',
  partner: 'centre',
  viewer: 'none',
} as const satisfies Record<Role, Scope>;

/** Roles an administrator of one organisation may hand out (network admin is the instance's). */
export const assignableRoles = (actorRole: Role): readonly Role[] =>
  actorRole === 'network_admin' ? roles : roles.filter((r) => r !== 'network_admin');

export const can = (role: Role, action: Action): boolean => permissions[role][action];

/** The abilities sent to the UI: exactly what the server will allow. */
export type Abilities = Record<Action, boolean>;
export const abilitiesOf = (role: Role): Abilities => ({ ...permissions[role] });
