import { ZCreateUserRequest, type Role, type TCreateUserRequest } from '@homeward/core';
import type { Kysely } from 'kysely';
import { writeAudit, type AuditActor } from '../../platform/audit/audit.js';
import type { Auth } from '../../platform/auth/auth.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';

export interface NewUser {
  organisationId: string;
  name: string;
  email: string;
  role: Role;
  teamIds: string[];
  locale: 'en' | 'km';
  password: string;
  /** A temporary password set by someone else must be changed at first sign-in. */
  mustChangePassword: boolean;
}

/** Hash with the auth library's own hasher, so its sign-in verifies what we store. */
export async function hashPassword(auth: Auth, password: string): Promise<string> {
  const ctx = await auth.$context;
  return ctx.password.hash(password);
}

/**
 * Create a staff account and its password credential in the caller's transaction. Team ids
 * must already be checked to belong to the organisation.
 */
export async function createUser(tx: Kysely<Database>, auth: Auth, actor: AuditActor, input: NewUser): Promise<string> {
  const email = input.email.trim().toLowerCase();
  const taken = await tx.selectFrom('app_user').select('id').where(({ fn }) => fn('lower', ['email']), '=', email).executeTakeFirst();
  if (taken) throw new AppError('user.email_taken', undefined, [{ field: 'email', key: 'errors.user.email_taken' }]);
  const id = crypto.randomUUID();
  await tx.insertInto('app_user').values({
    id, name: input.name, email, image: null, organisation_id: input.organisationId, role: input.role,
    locale: input.locale, must_change_password: input.mustChangePassword,
  }).execute();
  await tx.insertInto('auth_account').values({
    id: crypto.randomUUID(), account_id: id, provider_id: 'credential', user_id: id, password: await hashPassword(auth, input.password),
  }).execute();
  if (input.teamIds.length) {
    await tx.insertInto('team_member').values(input.teamIds.map((team_id) => ({ team_id, user_id: id }))).execute();
  }
  await writeAudit(tx, actor, {
    action: 'create', recordType: 'user', recordId: id, organisationId: input.organisationId,
    changes: { name: { before: null, after: input.name }, email: { before: null, after: email }, role: { before: null, after: input.role }, teamIds: { before: null, after: input.teamIds } },
  });
  return id;
}

export type { TCreateUserRequest };
export { ZCreateUserRequest };
