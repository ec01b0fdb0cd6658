import { can, roles, roleScope, type Role } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScopeSpec } from '../platform/access/scoped-data.js';
import { permissionMatrix } from '../modules/matrix.js';
import { startTestApp, type TestApp, type TestUser } from './harness.js';
import { placements, type MatrixRow, type Placement, type Where } from './matrix.js';

/** Whether a record placed so is inside the role's scope. */
function visible(role: Role, spec: ScopeSpec, placement: Placement): boolean {
  const scope = roleScope[role];
  if (scope === 'all') return true;
  if (placement === 'org') return false;
  if (scope === 'none') return !spec.personal;
  const caseload = spec.team !== undefined || spec.owner !== undefined || spec.centre !== undefined;
  // A partner reads personal records only through their centre (scoped-data.ts).
  if (scope === 'centre' && !caseload) return !spec.personal;
  if (!caseload || scope === 'organisation') return true;
  // A partner sees the records of the centres linked to them; the matrix's targets name no centre
  // (a row whose target links one to the partner says so with `target.visible`).
  if (scope === 'centre') return false;
  return placement === 'own';
}

function expected(row: MatrixRow, role: Role, placement: Placement): number {
  if (row.access !== 'signed-in' && !can(role, row.access)) return 403;
  if (row.allowed && !row.allowed(role)) return 403;
  if (!row.target) return row.ok;
  return (row.target.visible?.(role, placement) ?? visible(role, row.target.spec, placement)) ? row.ok : 404;
}

let t: TestApp;
const callers = new Map<Role, { caller: TestUser; where: Record<Placement, Where> }>();

beforeAll(async () => {
  t = await startTestApp();
  for (const role of roles) {
    const org = await t.organisation();
    const team = await t.team(org);
    const otherTeam = await t.team(org);
    const otherOrg = await t.organisation();
    const otherOrgTeam = await t.team(otherOrg);
    const caller = await t.user({ role, organisationId: org, teamIds: [team] });
    const teammate = await t.user({ role: 'caseworker', organisationId: org, teamIds: [otherTeam], signIn: false });
    const stranger = await t.user({ role: 'caseworker', organisationId: otherOrg, teamIds: [otherOrgTeam], signIn: false });
    callers.set(role, {
      caller,
      where: {
        own: { organisationId: org, teamId: team, ownerId: caller.id, caller: { id: caller.id, role } },
        team: { organisationId: org, teamId: otherTeam, ownerId: teammate.id },
        org: { organisationId: otherOrg, teamId: otherOrgTeam, ownerId: stranger.id },
      },
    });
  }
});
afterAll(() => t.close());

describe('permission matrix: every endpoint × role × placement', () => {
  it('covers every API route the server registers', () => {
    const covered = new Set(permissionMatrix.map((r) => r.route));
    const missing = t.app.apiRoutes.filter((r) => !covered.has(r));
    expect(t.app.apiRoutes.length).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  for (const row of permissionMatrix) {
    describe(row.route, () => {
      it('answers 401 when signed out', async () => {
        const options = await row.request(t, { id: '', email: '', role: 'viewer', organisationId: '', teamIds: [], cookie: '' }, row.target ? crypto.randomUUID() : undefined);
        const res = await t.request(null, options);
        expect(res.statusCode).toBe(401);
        expect(res.json()).toMatchObject({ error: { code: 'auth.unauthenticated' } });
      });
      for (const role of roles) {
        for (const placement of row.target ? placements : (['own'] as const)) {
          it(`${role} on ${row.target ? `a record in ${placement === 'own' ? 'their team' : placement === 'team' ? 'another team' : 'another organisation'}` : 'the endpoint'} → ${expected(row, role, placement)}`, async () => {
            const { caller, where } = callers.get(role)!;
            const targetId = row.target ? await row.target.create(t, where[placement]) : undefined;
            const res = await t.request(caller, await row.request(t, caller, targetId));
            expect(res.statusCode, res.body).toBe(expected(row, role, placement));
          });
        }
      }
    });
  }
});
