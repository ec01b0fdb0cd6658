import { z } from 'zod';
import { roles, actions } from '../roles.js';
import { ZDigits, ZId, ZLocale, ZPageQuery, ZText } from './common.js';

export const ZRole = z.enum(roles);
export const ZAction = z.enum(actions);

/** Passwords: long rather than complicated (NIST 800-63B); the hash is the auth library's. */
export const ZPassword = z.string().min(10).max(128);

// ---- organisations -------------------------------------------------------------------------
export const ZOrganisation = z.object({
  id: ZId,
  name: z.string(),
  nameKm: z.string().nullable(),
  requireTwoFactorRoles: z.array(ZRole),
  /** Follow-up visits after a placement, in months (the organisation's own or the default). */
  followUpMonths: z.array(z.number().int()),
  archived: z.boolean(),
  createdAt: z.string(),
});
export type TOrganisation = z.infer<typeof ZOrganisation>;

export const ZCreateOrganisationRequest = z.object({
  name: ZText(200),
  nameKm: ZText(200).nullable().optional(),
});
export type TCreateOrganisationRequest = z.infer<typeof ZCreateOrganisationRequest>;

export const ZUpdateOrganisationRequest = z.object({
  name: ZText(200).optional(),
  nameKm: ZText(200).nullable().optional(),
  requireTwoFactorRoles: z.array(ZRole).optional(),
  /** The follow-up cadence in months after placement; null returns to the default. */
  followUpMonths: z.array(z.number().int().min(1).max(120)).min(1).max(24).nullable().optional(),
});
export type TUpdateOrganisationRequest = z.infer<typeof ZUpdateOrganisationRequest>;

// ---- teams ---------------------------------------------------------------------------------
export const ZTeam = z.object({
  id: ZId,
  organisationId: ZId,
  name: z.string(),
  memberCount: z.number().int(),
  archived: z.boolean(),
});
export type TTeam = z.infer<typeof ZTeam>;

export const ZCreateTeamRequest = z.object({
  name: ZText(120),
  /** Only a network administrator may name another organisation. */
  organisationId: ZId.optional(),
});
export type TCreateTeamRequest = z.infer<typeof ZCreateTeamRequest>;

export const ZUpdateTeamRequest = z.object({
  name: ZText(120).optional(),
  archived: z.boolean().optional(),
});
export type TUpdateTeamRequest = z.infer<typeof ZUpdateTeamRequest>;

// ---- users ---------------------------------------------------------------------------------
export const ZUser = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: ZRole,
  organisationId: ZId,
  organisationName: z.string(),
  teams: z.array(z.object({ id: ZId, name: z.string() })),
  locale: ZLocale,
  digits: ZDigits,
  active: z.boolean(),
  twoFactorEnabled: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
});
export type TUser = z.infer<typeof ZUser>;

export const ZListUsersQuery = ZPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  teamId: ZId.optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
});
export type TListUsersQuery = z.infer<typeof ZListUsersQuery>;

export const ZCreateUserRequest = z.object({
  name: ZText(120),
  email: z.email().max(200),
  role: ZRole,
  teamIds: z.array(ZId).max(20).default([]),
  locale: ZLocale.default('km'),
  /** A temporary password the person must change at first sign-in. */
  password: ZPassword,
  organisationId: ZId.optional(),
});
export type TCreateUserRequest = z.input<typeof ZCreateUserRequest>;

export const ZUpdateUserRequest = z.object({
  name: ZText(120).optional(),
  role: ZRole.optional(),
  teamIds: z.array(ZId).max(20).optional(),
  active: z.boolean().optional(),
});
export type TUpdateUserRequest = z.infer<typeof ZUpdateUserRequest>;

export const ZResetPasswordRequest = z.object({ password: ZPassword });
export type TResetPasswordRequest = z.infer<typeof ZResetPasswordRequest>;

// ---- roles ---------------------------------------------------------------------------------
export const ZRoleMatrix = z.object({
  roles: z.array(
    z.object({ role: ZRole, scope: z.string(), actions: z.record(z.string(), z.boolean()) }),
  ),
  actions: z.array(ZAction),
});
export type TRoleMatrix = z.infer<typeof ZRoleMatrix>;
