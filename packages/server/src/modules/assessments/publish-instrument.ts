import { sql } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { assertDefinition } from './instrument-rules.js';
import { definitionOf, loadInstrumentRow } from './instrument-queries.js';
import { lockDraftInstrument } from './update-instrument.js';

/**
 * Publish a draft: it becomes the version new assessments are taken on, and the version of the
 * same series published before it is retired. Assessments keep the version they were given on.
 */
export async function publishInstrument(data: ScopedData, id: string): Promise<void> {
  const row = await lockDraftInstrument(data, id);
  assertDefinition(definitionOf(row));
  const previous = await data.tx.selectFrom('instrument').select(['id', 'row_version']).where('code', '=', row.code)
    .where('organisation_id', '=', row.organisation_id!).where('status', '=', 'published').forUpdate().execute();
  for (const p of previous) await data.update('instrument', p.id, { status: 'retired', row_version: p.row_version + 1 }, { action: 'retire' });
  await data.update('instrument', id, { status: 'published', published_at: new Date(), row_version: row.row_version + 1 }, { action: 'publish' });
}

/**
 * The next version of a published (or retired) instrument, as a draft copy to edit. A shipped
 * instrument revised by an organisation continues in the organisation's own series of that code,
 * numbered after every version it can see; once published it shadows the shipped one there.
 */
export async function reviseInstrument(data: ScopedData, id: string): Promise<string> {
  const source = await loadInstrumentRow(data, id);
  if (source.status === 'draft') throw new AppError('instrument.not_published');
  const orgId = source.organisation_id ?? data.actor.organisationId;
  await sql`select pg_advisory_xact_lock(hashtext(${`instrument:${orgId}:${source.code}`}))`.execute(data.tx);
  const series = data.tx.selectFrom('instrument').where('code', '=', source.code)
    .where((eb) => eb.or([eb('organisation_id', 'is', null), eb('organisation_id', '=', orgId)]));
  const draft = await series.select('id').where('organisation_id', '=', orgId).where('status', '=', 'draft').executeTakeFirst();
  if (draft) throw new AppError('instrument.draft_exists', `Version draft ${draft.id} exists already`);
  const top = await series.select((eb) => eb.fn.max('version').as('v')).executeTakeFirstOrThrow();
  const newId = crypto.randomUUID();
  await data.insert('instrument', {
    id: newId, organisation_id: orgId, code: source.code, version: Number(top.v) + 1, status: 'draft',
    name_en: source.name_en, name_km: source.name_km, description: source.description, subject: source.subject,
    frequency_days: source.frequency_days, definition: source.definition, allows_closure: source.allows_closure,
    created_by: data.actor.userId, published_at: null,
  });
  return newId;
}
