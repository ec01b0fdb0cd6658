import type { TInstrumentInput } from '@homeward/core';
import { sql } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { allowsClosure, assertDefinition } from './instrument-rules.js';

/** The columns an administrator's input sets, on a new draft or an edited one. */
export function instrumentColumns(input: Omit<TInstrumentInput, 'code'>) {
  return {
    name_en: input.name.en, name_km: input.name.km, description: input.description ?? null, subject: input.subject,
    frequency_days: input.frequencyDays, definition: input.definition, allows_closure: allowsClosure(input.definition),
  };
}

/**
 * A new instrument of the caller's organisation: version 1 of a code no instrument it can see
 * uses yet (to change a shipped one, revise it instead), as a draft.
 */
export async function createInstrument(data: ScopedData, input: TInstrumentInput): Promise<string> {
  assertDefinition(input.definition);
  const orgId = data.actor.organisationId;
  // Taking turns per code: two administrators creating the same code get one draft and one 409.
  await sql`select pg_advisory_xact_lock(hashtext(${`instrument:${orgId}:${input.code}`}))`.execute(data.tx);
  const taken = await data.tx.selectFrom('instrument').select('id').where('code', '=', input.code)
    .where((eb) => eb.or([eb('organisation_id', 'is', null), eb('organisation_id', '=', orgId)])).executeTakeFirst();
  if (taken) throw new AppError('instrument.code_taken', undefined, [{ field: 'code', key: 'errors.instrument.code_taken' }]);
  const id = crypto.randomUUID();
  await data.insert('instrument', {
    id, organisation_id: orgId, code: input.code, version: 1, status: 'draft', ...instrumentColumns(input), created_by: data.actor.userId, published_at: null,
  });
  return id;
}
