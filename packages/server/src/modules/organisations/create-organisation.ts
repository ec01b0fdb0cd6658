import type { TCreateOrganisationRequest } from '@homeward/core';
import type { Kysely } from 'kysely';
import { writeAudit, type AuditActor } from '../../platform/audit/audit.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { seedLookups } from './seed-lookups.js';

/** Organisation names are unique in any case; `exceptId` lets an organisation keep its own. */
export async function assertOrganisationNameFree(tx: Kysely<Database>, name: string, exceptId?: string): Promise<void> {
  let q = tx.selectFrom('organisation').select('id').where(({ fn }) => fn('lower', ['name']), '=', name.toLowerCase());
  if (exceptId) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) throw new AppError('organisation.name_taken', undefined, [{ field: 'name', key: 'errors.organisation.name_taken' }]);
}

/** Create an organisation with its starting lookups. `tx` must be a transaction. */
export async function createOrganisation(tx: Kysely<Database>, actor: AuditActor, input: TCreateOrganisationRequest): Promise<string> {
  await assertOrganisationNameFree(tx, input.name);
  const id = crypto.randomUUID();
  await tx.insertInto('organisation').values({ id, name: input.name, name_km: input.nameKm ?? null, archived_at: null }).execute();
  await seedLookups(tx, id);
  await writeAudit(tx, actor, { action: 'create', recordType: 'organisation', recordId: id, organisationId: id, details: { name: input.name } });
  return id;
}
