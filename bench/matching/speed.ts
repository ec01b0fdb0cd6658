/**
 * Speed of the matcher through the real SQL path: loads N people (the evaluation set's names,
 * repeated with other birth dates and villages) into a scratch PGlite or PostgreSQL database,
 * then times single match queries (p50 / p95) and checking 1,000 import rows for duplicates.
 * `npx tsx bench/matching/speed.ts --people 100000 [--postgres postgres://…/homeward_bench_matching]`.
 * Writes bench/results/matching-speed.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { sql } from 'kysely';
import { personMatchKeys, personSearchKey, type TDuplicateCheckRequest } from '@homeward/core';
import { migrate } from '../../packages/server/src/platform/db/migrate.js';
import { openDatabase } from '../../packages/server/src/platform/db/open.js';
import { seedPlaces } from '../../packages/server/src/platform/seed/places.js';
import { loadConfig } from '../../packages/server/src/platform/config.js';
import { withScopedData } from '../../packages/server/src/platform/access/scoped-data.js';
import type { Actor } from '../../packages/server/src/platform/auth/actor.js';
import { createOrganisation } from '../../packages/server/src/modules/organisations/create-organisation.js';
import { matchPeople } from '../../packages/server/src/modules/tracing/match.js';
import { findDuplicates } from '../../packages/server/src/modules/people/find-duplicates.js';
import { backfillMatchKeys } from '../../packages/server/src/modules/tracing/match-keys.js';
import { generateEvaluationSet } from './dataset.js';
import { familyNames, femaleGivenNames, maleGivenNames } from '../synthetic/names.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const peopleCount = Number(arg('people') ?? 20000);
const postgres = arg('postgres');
/** An already loaded database (e.g. the national synthetic dataset, bench/harness): queries only, nothing written but audit rows. */
const existing = arg('existing');

/** The database only, migrated and back-filled as at start-up; the HTTP app is not needed here. */
async function bootServices(config: ReturnType<typeof loadConfig>): Promise<{ services: { db: Awaited<ReturnType<typeof openDatabase>>['db'] }; close(): Promise<void> }> {
  const database = await openDatabase(config);
  await migrate(database.db, async (db) => {
    await seedPlaces(db);
    await backfillMatchKeys(db);
  });
  return { services: { db: database.db }, close: () => database.close() };
}

/** Queries over an existing dataset: 200 of its people, described by another Latin spelling, an estimated age and the commune. */
async function queryExisting(url: string): Promise<void> {
  const runtime = await bootServices(loadConfig({ ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: url }));
  const { db } = runtime.services;
  try {
    const sample = await db.selectFrom('person').select(['id', 'organisation_id', 'family_name_km', 'given_name_km', 'family_name_latin', 'given_name_latin', 'sex', 'birth_date', 'address_code'])
      .where('archived_at', 'is', null).where('given_name_latin', 'is not', null).orderBy(sql`md5(id::text)`).limit(200).execute();
    const total = await db.selectFrom('person').select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow();
    const spellings = new Map([...familyNames, ...femaleGivenNames, ...maleGivenNames].flatMap((n) => n.latin.map((l) => [l, n.latin] as const)));
    const other = (name: string | null, i: number): string | undefined => {
      if (!name) return undefined;
      const all = spellings.get(name)?.filter((l) => l !== name) ?? [];
      return all.length ? all[i % all.length] : name;
    };
    const times: number[] = [];
    let hits = 0;
    for (const [i, p] of sample.entries()) {
      const actor: Actor = { userId: 'bench', role: 'manager', organisationId: p.organisation_id, name: 'Bench', scope: 'organisation', teamIds: [], centreIds: [], mustSetUpTwoFactor: false, mustChangePassword: false, ip: null };
      const age = p.birth_date ? 2026 - Number(p.birth_date.slice(0, 4)) + ((i % 5) - 2) : undefined;
      const query = { familyName: other(p.family_name_latin, i), givenName: other(p.given_name_latin, i), ageYears: age, villageCode: p.address_code?.slice(0, 6) };
      const s = performance.now();
      const found = await withScopedData(db, actor, (data) => matchPeople(data, query, { limit: 10 }));
      times.push(performance.now() - s);
      if (found.some((m) => m.row.id === p.id)) hits++;
    }
    times.sort((a, b) => a - b);
    const pct = (q: number): number => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]! * 10) / 10;
    const result = { measuredAt: new Date().toISOString(), database: 'postgresql (existing dataset)', url: url.replace(/\/\/[^@]*@/, '//'), people: Number(total.n), queries: times.length, p50Ms: pct(0.5), p95Ms: pct(0.95), maxMs: pct(1), recallAt10ThroughSql: hits / times.length };
    console.log(JSON.stringify(result, null, 2));
    appendResult(result);
  } finally {
    await runtime.close();
  }
}

async function main(): Promise<void> {
  let dataDir: string | undefined;
  if (postgres) {
    const url = new URL(postgres);
    const name = url.pathname.slice(1);
    // URL.origin is "null" for postgres: URLs; swap the database name instead.
    const adminUrl = new URL(postgres);
    adminUrl.pathname = '/postgres';
    const admin = new pg.Client({ connectionString: adminUrl.toString() });
    await admin.connect();
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    await admin.end();
  } else dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'homeward-matching-speed-'));
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', ...(postgres ? { DATABASE_URL: postgres } : { DATA_DIR: dataDir }) };
  if (!postgres) delete env.DATABASE_URL;
  const runtime = await bootServices(loadConfig(env));
  const { db } = runtime.services;
  try {
    const system = { userId: null, role: 'system', organisationId: null, ip: null };
    const org = await db.transaction().execute((tx) => createOrganisation(tx, system, { name: 'Matching bench' }));
    const actor: Actor = { userId: 'bench', role: 'manager', organisationId: org, name: 'Bench', scope: 'organisation', teamIds: [], centreIds: [], mustSetUpTwoFactor: false, mustChangePassword: false, ip: null };

    const set = generateEvaluationSet(20261201, 4000, 600);
    const villages = (await db.selectFrom('place').select('code').where('level', '=', 'village').orderBy('code').execute()).map((r) => r.code);
    if (!villages.length) throw new Error('no villages in the gazetteer');
    const t0 = performance.now();
    const rows = Array.from({ length: peopleCount }, (_, i) => {
      const p = set.people[i % set.people.length]!;
      const round = Math.floor(i / set.people.length);
      const year = Number(p.birthDate!.slice(0, 4)) - (round % 7);
      // real villages (address_code references the gazetteer), the same for one person's copies
      const village = villages[(i * 7919) % villages.length]!;
      return {
        id: crypto.randomUUID(), organisation_id: org, team_id: null, caseworker_id: null, centre_id: null, kind: year < 2008 ? 'adult' : 'child',
        family_name_km: p.familyNameKm ?? null, given_name_km: p.givenNameKm ?? null, family_name_latin: p.familyNameLatin ?? null, given_name_latin: p.givenNameLatin ?? null,
        nickname: null, sex: p.sex!, birth_date: `${year}${p.birthDate!.slice(4).replace("-02-29", "-02-28")}`, birth_date_estimated: !!p.birthDateEstimated, birth_place_code: null, address_code: village,
        address_detail: null, father_given_name: p.fatherGivenName ?? null, mother_given_name: p.motherGivenName ?? null, disability: null, child_categories: [],
        id_poor_level: null, photo_attachment_id: null, notes: null,
        search_key: personSearchKey({ familyNameKm: p.familyNameKm, givenNameKm: p.givenNameKm, familyNameLatin: p.familyNameLatin, givenNameLatin: p.givenNameLatin, aliases: p.aliases }),
        match_keys: personMatchKeys({ familyNameKm: p.familyNameKm, givenNameKm: p.givenNameKm, familyNameLatin: p.familyNameLatin, givenNameLatin: p.givenNameLatin, aliases: p.aliases }),
        created_by: null, archived_at: null,
      } as const;
    });
    for (let i = 0; i < rows.length; i += 2000) await db.insertInto('person').values(rows.slice(i, i + 2000).map((r) => ({ ...r, child_categories: [] as string[] }))).execute();
    const loadSeconds = (performance.now() - t0) / 1000;
    console.error(`loaded ${peopleCount} people`);
    // A database that already holds these people before migration 013: keys null, filled by the start-up back-fill.
    await sql`update person set match_keys = null`.execute(db);
    const b0 = performance.now();
    await backfillMatchKeys(db);
    const backfillSeconds = (performance.now() - b0) / 1000;
    await sql`analyze person`.execute(db);

    const times: number[] = [];
    let returned = 0;
    let found10 = 0;
    for (const { query, answer } of set.queries.slice(0, 200)) {
      const villageCode = query.villageCode ? rows[Number(answer.slice(1))]!.address_code : undefined;
      const s = performance.now();
      const found = await withScopedData(db, actor, (data) => matchPeople(data, { ...query, villageCode }, { limit: 10 }));
      times.push(performance.now() - s);
      returned += found.length;
      if (found.some((m) => m.row.id === rows[Number(answer.slice(1))]!.id)) found10++;
    }
    times.sort((a, b) => a - b);
    const pct = (p: number): number => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))]! * 10) / 10;

    const imports: TDuplicateCheckRequest[] = set.queries.slice(0, 1000).map(({ query }) => ({
      familyNameLatin: query.familyName ?? undefined, givenNameLatin: query.givenName ?? undefined, givenNameKm: query.givenName ? undefined : query.nameKm ?? undefined,
      sex: query.sex ?? undefined, birthDate: query.dateOfBirth ?? undefined,
    }));
    while (imports.length < 1000) imports.push(...imports.slice(0, 1000 - imports.length));
    const s = performance.now();
    await withScopedData(db, actor, async (data) => { for (const row of imports) await findDuplicates(data, row); });
    const importSeconds = (performance.now() - s) / 1000;

    const result = {
      measuredAt: new Date().toISOString(), database: postgres ? 'postgresql' : 'pglite', people: peopleCount, loadSeconds: Math.round(loadSeconds * 10) / 10,
      matchKeysBackfillSeconds: Math.round(backfillSeconds * 10) / 10, machineNote: '2 CPUs shared with other helpers running tests and builds',
      matchQuery: { queries: times.length, p50Ms: pct(0.5), p95Ms: pct(0.95), maxMs: pct(1), averageCandidatesReturned: Math.round((returned / times.length) * 10) / 10, recallAt10ThroughSql: Math.round((found10 / times.length) * 1000) / 1000 },
      import1000RowsSeconds: Math.round(importSeconds * 10) / 10,
    };
    console.log(JSON.stringify(result, null, 2));
    appendResult(result);
  } finally {
    await runtime.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Keep one result per database and size in bench/results/matching-speed.json. */
function appendResult(result: { database: string; people: number }): void {
  const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'results', 'matching-speed.json');
  const previous = fs.existsSync(out) ? (JSON.parse(fs.readFileSync(out, 'utf8')) as Array<{ database: string; people: number }>) : [];
  fs.writeFileSync(out, `${JSON.stringify([...previous.filter((r) => r.database !== result.database || r.people !== result.people), result], null, 2)}\n`);
}

if (existing) await queryExisting(existing);
else await main();
