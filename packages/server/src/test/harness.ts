import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { personMatchKeys, searchKey, type Role } from '@homeward/core';
import type { Insertable } from 'kysely';
import type { PersonTable } from '../platform/db/schema.js';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { bootApp } from '../platform/boot.js';
import { loadConfig, type Config } from '../platform/config.js';
import type { Services } from '../platform/services.js';
import { createOrganisation } from '../modules/organisations/create-organisation.js';
import { createUser } from '../modules/users/create-user.js';
import { templateDir } from './global-setup.js';

export const PASSWORD = 'correct-horse-battery-staple';
const system = { userId: null, role: 'system', organisationId: null, ip: null };

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  organisationId: string;
  teamIds: string[];
  cookie: string;
}

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  config: Config;
  /** An HTTP request as `user` (or signed out when null). */
  request(user: TestUser | null, options: InjectOptions): Promise<LightMyRequestResponse>;
  organisation(name?: string): Promise<string>;
  team(organisationId: string, name?: string): Promise<string>;
  user(options: { role: Role; organisationId: string; teamIds?: string[]; signIn?: boolean; password?: string }): Promise<TestUser>;
  signIn(email: string, password?: string): Promise<LightMyRequestResponse>;
  /** A child in a caseload (`where` as in the permission matrix), straight into the database. */
  child(where: Owner, overrides?: Partial<Insertable<PersonTable>>): Promise<string>;
  /** An open case for a (new) child in that caseload, at `stage`. */
  openCase(where: Owner, options?: { childId?: string; stage?: string }): Promise<{ caseId: string; childId: string }>;
  close(): Promise<void>;
}

export interface Owner {
  organisationId: string;
  teamId: string | null;
  ownerId: string;
}

let seq = 0;
export const unique = (prefix: string): string => `${prefix}-${process.pid}-${Date.now().toString(36)}-${++seq}`;

export function cookieOf(response: LightMyRequestResponse): string {
  const raw = response.headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.map((c) => c.split(';')[0]).join('; ');
}

/**
 * A Homeward app for one test file: its own copy of the embedded database, or the shared
 * PostgreSQL test database when DATABASE_URL is set. Tests build their own organisations and
 * users, so nothing is truncated and files run in parallel.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  let dataDir: string | undefined;
  if (!process.env.DATABASE_URL) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'homeward-test-'));
    fs.cpSync(templateDir, dataDir, { recursive: true });
    fs.rmSync(path.join(dataDir, 'homeward.lock'), { recursive: true, force: true });
  }
  // Attachments go to a folder of this app's own on either database, removed on close.
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'homeward-test-files-'));
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: 'silent',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    ...(dataDir ? { DATA_DIR: dataDir } : {}),
    FILES_DIR: filesDir,
    ...env,
  });
  const { app, runtime } = await bootApp(config);
  await app.ready();
  const services = runtime.services;

  const signIn = (email: string, password = PASSWORD) =>
    app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password } });

  const t: TestApp = {
    app,
    services,
    config,
    request(user, options) {
      return app.inject({ ...options, headers: { ...(options.headers ?? {}), ...(user ? { cookie: user.cookie } : {}) } });
    },
    organisation(name = unique('Org')) {
      return services.db.transaction().execute((tx) => createOrganisation(tx, system, { name }));
    },
    async team(organisationId, name = unique('Team')) {
      const id = crypto.randomUUID();
      await services.db.insertInto('team').values({ id, organisation_id: organisationId, name, archived_at: null }).execute();
      return id;
    },
    async user({ role, organisationId, teamIds = [], signIn: doSignIn = true, password = PASSWORD }) {
      const email = `${unique(role)}@example.org`.toLowerCase();
      const id = await services.db.transaction().execute((tx) =>
        createUser(tx, services.auth, system, { organisationId, name: `Test ${role}`, email, role, teamIds, locale: 'en', password, mustChangePassword: false }),
      );
      let cookie = '';
      if (doSignIn) {
        const res = await signIn(email, password);
        if (res.statusCode !== 200) throw new Error(`sign-in failed for ${email}: ${res.statusCode} ${res.body}`);
        cookie = cookieOf(res);
      }
      return { id, email, role, organisationId, teamIds, cookie };
    },
    signIn,
    async child(where, overrides = {}) {
      const id = crypto.randomUUID();
      const given = overrides.given_name_km ?? 'សុភា';
      const family = overrides.family_name_km ?? 'ចាន់';
      const names = { familyNameKm: family, givenNameKm: given, familyNameLatin: overrides.family_name_latin ?? 'Chan', givenNameLatin: overrides.given_name_latin ?? 'Sophea' };
      await services.db.insertInto('person').values({
        id, organisation_id: where.organisationId, team_id: where.teamId, caseworker_id: where.ownerId, centre_id: null,
        kind: 'child', family_name_km: family, given_name_km: given, family_name_latin: 'Chan', given_name_latin: 'Sophea',
        nickname: null, sex: 'female', birth_date: '2014-05-01', birth_place_code: null, address_code: null, address_detail: null,
        father_given_name: null, mother_given_name: null, disability: null, id_poor_level: null, photo_attachment_id: null, notes: null,
        created_by: null, archived_at: null, search_key: searchKey(family, given, 'Chan', 'Sophea'), match_keys: personMatchKeys(names), ...overrides,
      }).execute();
      return id;
    },
    async openCase(where, { childId, stage = 'referral' } = {}) {
      const child = childId ?? (await t.child(where));
      const caseId = crypto.randomUUID();
      await services.db.insertInto('case_file').values({
        id: caseId, organisation_id: where.organisationId, team_id: where.teamId, caseworker_id: where.ownerId, centre_id: null,
        child_id: child, number: unique('C'), stage, risk_level: 'medium', opened_on: '2026-01-10', referral_date: null, referral_source: null,
        referral_reason: null, referrer_name: null, urgency: null, child_views: null, family_views: null, closed_on: null, closure_reason: null,
        closure_summary: null, created_by: null,
      }).execute();
      return { caseId, childId: child };
    },
    async close() {
      await app.close();
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
  return t;
}
