import { maxTotalOf, itemsOf, type TInstrument, type TInstrumentDefinition, type TInstrumentSummary } from '@homeward/core';
import { sql, type Kysely, type Selectable } from 'kysely';
import { scopeFilter, scopeSpecs, type ScopedData } from '../../platform/access/scoped-data.js';
import type { Database, InstrumentTable } from '../../platform/db/schema.js';
import { notFound } from '../../platform/errors.js';

/*
 * Instruments are not personal data: an organisation sees the versions shipped with Homeward
 * (organisation NULL) and its own. Reads are not audited; writes are (see the use cases).
 */
export type InstrumentRow = Selectable<InstrumentTable>;

/** Stored definitions were parsed by zod and checked on the way in; read them as such. */
export const definitionOf = (row: Pick<InstrumentRow, 'definition'>): TInstrumentDefinition => row.definition as TInstrumentDefinition;

export function presentInstrumentSummary(row: InstrumentRow): TInstrumentSummary {
  const definition = definitionOf(row);
  return {
    id: row.id, code: row.code, version: row.version, status: row.status as TInstrumentSummary['status'],
    name: { en: row.name_en, km: row.name_km }, subject: row.subject as TInstrumentSummary['subject'], frequencyDays: row.frequency_days,
    shipped: row.organisation_id === null, publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
    itemCount: itemsOf(definition).length, maxTotal: maxTotalOf(definition),
  };
}

/** A version's wording and rules, as an assessment given on it carries them. */
export const presentInstrumentVersion = (row: InstrumentRow): Omit<TInstrument, 'answeredCount'> => ({
  ...presentInstrumentSummary(row), description: row.description, definition: definitionOf(row), rowVersion: row.row_version,
});

export const presentInstrument = (row: InstrumentRow, answeredCount: number): TInstrument => ({ ...presentInstrumentVersion(row), answeredCount });

/** Instruments the caller may read by id: shipped ones and those in their scope (an organisation's own). */
export function visibleInstruments(data: ScopedData) {
  return data.tx.selectFrom('instrument').where((eb) => eb.or([eb('organisation_id', 'is', null), scopeFilter(data.actor, scopeSpecs.instrument)]));
}

export async function loadInstrumentRow(data: ScopedData, id: string): Promise<InstrumentRow> {
  const row = await visibleInstruments(data).selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** Submitted assessments given on a version, over every organisation (a fact, not a read). */
export async function answeredCount(db: Kysely<Database>, instrumentId: string): Promise<number> {
  const row = await db.selectFrom('assessment').select(sql<number>`count(*)`.as('n'))
    .where('instrument_id', '=', instrumentId).where('status', '=', 'submitted').executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function getInstrument(data: ScopedData, id: string): Promise<TInstrument> {
  const row = await loadInstrumentRow(data, id);
  return presentInstrument(row, await answeredCount(data.tx, id));
}

/**
 * The version an organisation takes a code on now: its own newest published version when it
 * has one (a revision shadows the shipped series), else the shipped newest published one.
 */
export async function currentInstrument(db: Kysely<Database>, organisationId: string, code: string): Promise<InstrumentRow | undefined> {
  return db.selectFrom('instrument').selectAll()
    .where('code', '=', code).where('status', '=', 'published')
    .where((eb) => eb.or([eb('organisation_id', 'is', null), eb('organisation_id', '=', organisationId)]))
    .orderBy(sql`organisation_id is null`).orderBy('version', 'desc')
    .executeTakeFirst();
}

/** Drop shadowed and older versions: one current row per code, as `currentInstrument` picks. */
export function currentOf(rows: InstrumentRow[]): InstrumentRow[] {
  const best = new Map<string, InstrumentRow>();
  for (const row of rows.filter((r) => r.status === 'published')) {
    const held = best.get(row.code);
    const own = (r: InstrumentRow) => (r.organisation_id === null ? 0 : 1);
    if (!held || own(row) > own(held) || (own(row) === own(held) && row.version > held.version)) best.set(row.code, row);
  }
  return [...best.values()];
}

export async function listInstruments(data: ScopedData, query: { subject?: string | undefined; versions: 'current' | 'all' }): Promise<TInstrumentSummary[]> {
  let q = data.tx.selectFrom('instrument').selectAll()
    .where((eb) => eb.or([eb('organisation_id', 'is', null), eb('organisation_id', '=', data.actor.organisationId)]));
  if (query.subject) q = q.where('subject', '=', query.subject);
  const rows = await q.orderBy('code').orderBy('version').execute();
  const shown = query.versions === 'all' ? rows : currentOf(rows);
  return shown.sort((a, b) => a.name_en.localeCompare(b.name_en) || a.version - b.version).map(presentInstrumentSummary);
}
