import type { TCreatePersonRequest, TCreatePersonResponse } from '@homeward/core';
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp, TestUser } from '../../test/harness.js';

/** One organisation's office for the people tests: two teams, caseworkers, a supervisor. */
export interface Office {
  org: string;
  team: string;
  otherTeam: string;
  /** Caseworker in `team`. */
  caseworker: TestUser;
  /** Another caseworker in the same team. */
  colleague: TestUser;
  /** Caseworker in `otherTeam`. */
  outsider: TestUser;
  supervisor: TestUser;
  manager: TestUser;
}

export async function office(t: TestApp): Promise<Office> {
  const org = await t.organisation();
  const team = await t.team(org);
  const otherTeam = await t.team(org);
  return {
    org, team, otherTeam,
    caseworker: await t.user({ role: 'caseworker', organisationId: org, teamIds: [team] }),
    colleague: await t.user({ role: 'caseworker', organisationId: org, teamIds: [team] }),
    outsider: await t.user({ role: 'caseworker', organisationId: org, teamIds: [otherTeam] }),
    supervisor: await t.user({ role: 'supervisor', organisationId: org, teamIds: [team] }),
    manager: await t.user({ role: 'manager', organisationId: org, teamIds: [] }),
  };
}

export const child = (overrides: Partial<TCreatePersonRequest> = {}): TCreatePersonRequest => ({
  kind: 'child', sex: 'female', familyNameKm: 'ចាន់', givenNameKm: 'សុភា', familyNameLatin: 'Chan', givenNameLatin: 'Sophea', birthDate: '2014-05-01', ...overrides,
});

export const adult = (overrides: Partial<TCreatePersonRequest> = {}): TCreatePersonRequest => ({
  kind: 'adult', sex: 'female', familyNameKm: 'សុខ', givenNameKm: 'ស្រីមុំ', familyNameLatin: 'Sok', givenNameLatin: 'Sreymom', birthDate: '1985-01-01', ...overrides,
});

export const registerPerson = (t: TestApp, as: TestUser, payload: unknown): Promise<LightMyRequestResponse> =>
  t.request(as, { method: 'POST', url: '/api/people', payload: payload as Record<string, unknown> });

/** Register and answer the new person, failing loudly if the server refuses. */
export async function registered(t: TestApp, as: TestUser, payload: TCreatePersonRequest): Promise<TCreatePersonResponse> {
  const res = await registerPerson(t, as, payload);
  if (res.statusCode !== 201) throw new Error(`registration failed: ${res.statusCode} ${res.body}`);
  return res.json<TCreatePersonResponse>();
}
