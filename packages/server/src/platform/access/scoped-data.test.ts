import { roleScope, type Role } from '@homeward/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { writeAudit } from '../audit/audit.js';
import { scopeFilter, withScopedData, type ScopeSpec } from './scoped-data.js';

/**
 * The caseload scopes (team, own, centre) are applied to records about children; this suite
 * proves the SQL filter on a probe table shaped like one, before those modules exist.
 */
let t: TestApp;
const table = `scope_probe_${process.pid}_${Date.now()}`;
const spec: ScopeSpec = { recordType: 'probe', organisation: 'organisation_id', team: 'team_id', owner: 'owner_id', centre: 'centre_id', personal: true };
const ids = { orgA: crypto.randomUUID(), orgB: crypto.randomUUID(), team1: crypto.randomUUID(), team2: crypto.randomUUID(), centre1: crypto.randomUUID(), centre2: crypto.randomUUID() };
const me = 'user-me';
const rows = {
  mine: { organisation_id: ids.orgA, team_id: ids.team1, owner_id: me, centre_id: ids.centre1 },
  teammates: { organisation_id: ids.orgA, team_id: ids.team1, owner_id: 'user-colleague', centre_id: ids.centre2 },
  otherTeam: { organisation_id: ids.orgA, team_id: ids.team2, owner_id: 'user-other', centre_id: ids.centre2 },
  otherOrg: { organisation_id: ids.orgB, team_id: ids.team1, owner_id: me, centre_id: ids.centre1 },
};

const actor = (role: Role, extra: Partial<Actor> = {}): Actor => ({
  userId: me, role, organisationId: ids.orgA, name: 'Me', scope: roleScope[role], teamIds: [ids.team1], centreIds: [ids.centre1],
  ip: null, mustSetUpTwoFactor: false, mustChangePassword: false, ...extra,
});

async function visible(a: Actor, s: ScopeSpec = spec): Promise<string[]> {
  const { rows: found } = await sql<{ label: string }>`select label from ${sql.table(table)} where ${scopeFilter(a, s)} order by label`.execute(t.services.db);
  return found.map((r) => r.label);
}

beforeAll(async () => {
  t = await startTestApp();
  await sql`create table ${sql.table(table)} (label text, organisation_id uuid, team_id uuid, owner_id text, centre_id uuid)`.execute(t.services.db);
  for (const [label, r] of Object.entries(rows)) {
    await sql`insert into ${sql.table(table)} values (${label}, ${r.organisation_id}, ${r.team_id}, ${r.owner_id}, ${r.centre_id})`.execute(t.services.db);
  }
});
afterAll(async () => {
  await sql`drop table ${sql.table(table)}`.execute(t.services.db);
  await t.close();
});

describe('scopeFilter on caseload records', () => {
  it('own: only my caseload in my organisation', async () => {
    expect(await visible(actor('caseworker'))).toEqual(['mine']);
  });
  it('team: my teams’ records and my own', async () => {
    expect(await visible(actor('supervisor'))).toEqual(['mine', 'teammates']);
  });
  it('team with no team: only my own', async () => {
    expect(await visible(actor('supervisor', { teamIds: [] }))).toEqual(['mine']);
  });
  it('organisation: everything in my organisation, nothing outside it', async () => {
    expect(await visible(actor('manager'))).toEqual(['mine', 'otherTeam', 'teammates']);
  });
  it('centre: only children of my centres', async () => {
    expect(await visible(actor('partner'))).toEqual(['mine']);
    expect(await visible(actor('partner', { centreIds: [] }))).toEqual([]);
  });
  it('none: no personal records at all', async () => {
    expect(await visible(actor('viewer'))).toEqual([]);
  });
  it('all: every organisation', async () => {
    expect(await visible(actor('network_admin'))).toEqual(['mine', 'otherOrg', 'otherTeam', 'teammates']);
  });
});

describe('scopeFilter on records without a caseload', () => {
  const personal: ScopeSpec = { recordType: 'probe', organisation: 'organisation_id', personal: true };
  const reference: ScopeSpec = { ...personal, personal: false };
  it("personal: the organisation's staff see them all; a partner and a viewer none", async () => {
    for (const role of ['caseworker', 'supervisor', 'manager'] as const) expect(await visible(actor(role), personal)).toEqual(['mine', 'otherTeam', 'teammates']);
    expect(await visible(actor('partner'), personal)).toEqual([]);
    expect(await visible(actor('viewer'), personal)).toEqual([]);
  });
  it("not personal: everyone in the organisation, a partner too, sees them", async () => {
    expect(await visible(actor('partner'), reference)).toEqual(['mine', 'otherTeam', 'teammates']);
    expect(await visible(actor('viewer'), reference)).toEqual(['mine', 'otherTeam', 'teammates']);
  });
});

describe('audit rows of a scoped transaction', () => {
  const auditOf = (recordId: string) => t.services.db.selectFrom('audit_log').select(['action', 'actor_id']).where('record_id', '=', recordId).orderBy('id').execute();

  it('are written in the order recorded, also when written straight through the transaction, and commit with it', async () => {
    const recordId = crypto.randomUUID();
    const a = actor('caseworker');
    await withScopedData(t.services.db, a, async (data) => {
      await data.audit({ action: 'first', recordType: 'probe', recordId });
      await writeAudit(data.tx, a, { action: 'second', recordType: 'probe', recordId });
      void data.audit({ action: 'third', recordType: 'probe', recordId });
    });
    expect((await auditOf(recordId)).map((r) => r.action)).toEqual(['first', 'second', 'third']);
  });

  it('roll back with the work that fails', async () => {
    const recordId = crypto.randomUUID();
    await expect(withScopedData(t.services.db, actor('caseworker'), async (data) => {
      await data.audit({ action: 'read', recordType: 'probe', recordId });
      throw new Error('the work failed');
    })).rejects.toThrow('the work failed');
    expect(await auditOf(recordId)).toEqual([]);
  });

  it('fail the transaction when the audit rows cannot be written', async () => {
    const recordId = crypto.randomUUID();
    // `action` is NOT NULL: the batched insert fails at commit time, and so does the request.
    await expect(withScopedData(t.services.db, actor('caseworker'), async (data) => {
      await data.audit({ action: null as unknown as string, recordType: 'probe', recordId });
      return 'answered';
    })).rejects.toThrow();
    expect(await auditOf(recordId)).toEqual([]);
  });

  it('are written outside a scoped transaction at once', async () => {
    const recordId = crypto.randomUUID();
    await writeAudit(t.services.db, actor('caseworker'), { action: 'direct', recordType: 'probe', recordId });
    expect((await auditOf(recordId)).map((r) => r.action)).toEqual(['direct']);
  });
});
