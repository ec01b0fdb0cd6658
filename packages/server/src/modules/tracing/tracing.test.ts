import type { TTracingAttempt, TTracingRequest } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { call, daysFromToday, office, today, type Office } from '../casework/test-support.js';
import { insertTracingRequest } from './test-support.js';

let t: TestApp;
let o: Office;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
});
afterAll(() => t.close());

const mother = {
  relationship: 'mother', familyNameKm: 'សុខ', givenNameKm: 'ស្រីមុំ', familyNameLatin: 'Sok', givenNameLatin: 'Sreymom', otherNames: ['Mom'],
  sex: 'female', ageYears: 38, lastPlaceCode: '01', separatedOn: '2019', separationReason: 'Went to work in Thailand', requestedBy: 'The child',
};
const attempt = { attemptedOn: today(), method: 'village_chief', placeCode: '01', contactPerson: 'Village chief', outcome: 'Moved to Battambang', result: 'lead' };
const row = (id: string) => t.services.db.selectFrom('tracing_request').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

async function openRequest(): Promise<{ caseId: string; childId: string; request: TTracingRequest }> {
  const { caseId, childId } = await t.openCase(o.mine, { stage: 'tracing' });
  const res = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/tracing-requests`, mother);
  expect(res.statusCode, res.body).toBe(201);
  return { caseId, childId, request: res.json<TTracingRequest>() };
}

describe('tracing requests', () => {
  it('opens a request with what is known, lists it on the case with an "opened" timeline entry, audited', async () => {
    const { caseId, request } = await openRequest();
    expect(request).toMatchObject({ caseId, relationship: 'mother', givenNameKm: 'ស្រីមុំ', otherNames: ['Mom'], ageYears: 38, status: 'open', version: 1, attemptCount: 0 });
    expect(request.timeline).toEqual([expect.objectContaining({ kind: 'status', change: expect.objectContaining({ fromStatus: null, toStatus: 'open' }) })]);
    const list = await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/tracing-requests`);
    expect(list.json<TTracingRequest[]>().map((r) => r.id)).toEqual([request.id]);
    expect(await auditRows(t, request.id, 'create')).toHaveLength(1);
  });

  it('edits known facts with the version, refusing a stale one and unknown lookups and places', async () => {
    const { request } = await openRequest();
    const res = await call(t, o.caseworker, 'PATCH', `/api/tracing-requests/${request.id}`, { version: 1, ageYears: 40, distinguishingFacts: 'Scar on the left hand' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TTracingRequest>()).toMatchObject({ ageYears: 40, distinguishingFacts: 'Scar on the left hand', givenNameKm: 'ស្រីមុំ', version: 2 });
    expect((await call(t, o.caseworker, 'PATCH', `/api/tracing-requests/${request.id}`, { version: 1, ageYears: 41 })).json()).toMatchObject({ error: { code: 'record.conflict' } });
    const bad = await call(t, o.caseworker, 'PATCH', `/api/tracing-requests/${request.id}`, { version: 2, relationship: 'neighbour', lastPlaceCode: '99999999' });
    expect(bad.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'relationship', key: 'validation.lookup_unknown' }, { field: 'lastPlaceCode', key: 'validation.place_unknown' }] } });
  });

  it('refuses a request without a relationship, with a field error', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'tracing' });
    const res = await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/tracing-requests`, { givenNameKm: 'ស្រីមុំ' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'validation.failed', fields: [expect.objectContaining({ field: 'relationship' })] } });
  });
});

describe('attempts and status', () => {
  it('records attempts (not in the future) on the timeline, oldest first', async () => {
    const { request } = await openRequest();
    const first = await call(t, o.caseworker, 'POST', `/api/tracing-requests/${request.id}/attempts`, { ...attempt, attemptedOn: daysFromToday(-3), method: 'phone', result: 'no_lead', placeCode: null });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json<TTracingAttempt>()).toMatchObject({ method: 'phone', result: 'no_lead', recordedBy: { id: o.caseworker.id } });
    expect((await call(t, o.caseworker, 'POST', `/api/tracing-requests/${request.id}/attempts`, attempt)).statusCode).toBe(201);
    const future = await call(t, o.caseworker, 'POST', `/api/tracing-requests/${request.id}/attempts`, { ...attempt, attemptedOn: daysFromToday(1) });
    expect(future.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'attemptedOn', key: 'validation.date_in_future' }] } });
    const badMethod = await call(t, o.caseworker, 'POST', `/api/tracing-requests/${request.id}/attempts`, { ...attempt, method: 'pigeon' });
    expect(badMethod.statusCode).toBe(400);
    const loaded = (await call(t, o.caseworker, 'GET', `/api/tracing-requests/${request.id}`)).json<TTracingRequest>();
    expect(loaded).toMatchObject({ attemptCount: 2, lastAttemptOn: today() });
    expect(loaded.timeline.map((e) => (e.kind === 'attempt' ? e.attempt.method : e.change.toStatus))).toEqual(['phone', 'open', 'village_chief']);
    const attempts = (await call(t, o.caseworker, 'GET', `/api/tracing-requests/${request.id}/attempts`)).json<TTracingAttempt[]>();
    expect(attempts.map((a) => a.method)).toEqual(['phone', 'village_chief']);
  });

  it('needs a person for found; not found and closed need none; a closed request takes no attempts', async () => {
    const { request } = await openRequest();
    const noPerson = await call(t, o.caseworker, 'POST', `/api/tracing-requests/${request.id}/status`, { version: 1, status: 'found' });
    expect(noPerson.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'foundPersonId', key: 'tracing.errors.found_person_required' }] } });
    const future = await call(t, o.caseworker, 'POST', `/api/tracing-requests/${request.id}/status`, { version: 1, status: 'closed', changedOn: daysFromToday(2) });
    expect(future.json()).toMatchObject({ error: { fields: [{ field: 'changedOn', key: 'validation.date_in_future' }] } });
    const closed = await call(t, o.caseworker, 'POST', `/api/tracing-requests/${request.id}/status`, { version: 1, status: 'closed', note: 'The child asked to stop' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json<TTracingRequest>()).toMatchObject({ status: 'closed', outcomeNote: 'The child asked to stop', version: 2 });
    const late = await call(t, o.caseworker, 'POST', `/api/tracing-requests/${request.id}/attempts`, attempt);
    expect(late.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'status', key: 'tracing.errors.request_not_open' }] } });
    expect((await auditRows(t, request.id, 'update')).filter((a) => a.details?.status === 'closed')).toHaveLength(1);
    const reopened = await call(t, o.caseworker, 'POST', `/api/tracing-requests/${request.id}/status`, { version: 2, status: 'open' });
    expect(reopened.json<TTracingRequest>().timeline.map((e) => e.kind === 'status' && e.change.toStatus)).toEqual(['open', 'closed', 'open']);
  });

  it('sets found with an existing person in scope, and refuses one outside it', async () => {
    const { request } = await openRequest();
    const other = await office(t);
    const stranger = await t.child({ organisationId: other.org, teamId: other.team, ownerId: other.caseworker.id });
    const foreign = await call(t, o.caseworker, 'POST', `/api/tracing-requests/${request.id}/status`, { version: 1, status: 'found', foundPersonId: stranger });
    expect(foreign.json()).toMatchObject({ error: { fields: [{ field: 'foundPersonId', key: 'validation.person_unknown' }] } });
    const adult = await t.child(o.mine, { kind: 'adult' });
    const res = await call(t, o.caseworker, 'POST', `/api/tracing-requests/${request.id}/status`, { version: 1, status: 'found_unsafe', foundPersonId: adult, note: 'Unwilling' });
    expect(res.json<TTracingRequest>()).toMatchObject({ status: 'found_unsafe', foundPerson: { id: adult } });
  });
});

describe('POST /api/tracing-requests/:id/found', () => {
  it('registers the relative, links them to the child, makes a household for both and sets the request found, in one step', async () => {
    const { request, childId } = await openRequest();
    const res = await call(t, o.caseworker, 'POST', `/api/tracing-requests/${request.id}/found`, {
      version: 1, person: { sex: 'female', familyNameKm: 'សុខ', givenNameKm: 'ស្រីមុំ', familyNameLatin: 'Sok', givenNameLatin: 'Sreymom' }, note: 'Living in Battambang',
    });
    expect(res.statusCode, res.body).toBe(200);
    const found = res.json<TTracingRequest>();
    expect(found).toMatchObject({ status: 'found', outcomeNote: 'Living in Battambang', version: 2, foundPerson: { nameKm: 'សុខ ស្រីមុំ' } });
    const personId = found.foundPerson?.id ?? '';
    const person = await t.services.db.selectFrom('person').selectAll().where('id', '=', personId).executeTakeFirstOrThrow();
    expect(person).toMatchObject({ kind: 'adult', sex: 'female', caseworker_id: o.caseworker.id, team_id: o.team });
    const relation = await t.services.db.selectFrom('person_relation').selectAll().where('person_id', '=', childId).executeTakeFirstOrThrow();
    expect(relation).toMatchObject({ relative_id: personId, relationship: 'mother' });
    const members = await t.services.db.selectFrom('household_member').selectAll().where('person_id', 'in', [childId, personId]).execute();
    expect(members).toHaveLength(2);
    expect(new Set(members.map((m) => m.household_id)).size).toBe(1);
    expect(members.find((m) => m.person_id === childId)).toMatchObject({ relationship: 'child', is_head: false });
    expect(await auditRows(t, personId, 'create')).toHaveLength(1);
    expect(await auditRows(t, personId, 'relation.add')).toHaveLength(1);
    expect(await auditRows(t, request.id, 'record')).toEqual([expect.objectContaining({ actor_id: o.caseworker.id, details: expect.objectContaining({ personId, created: true }) })]);
    const kin = (await call(t, o.caseworker, 'GET', `/api/people/${childId}`)).json<{ kin: { person: { id: string } | null }[] }>();
    expect(kin.kin.map((k) => k.person?.id)).toContain(personId);
  });

  it('takes an existing person (a match) and adds them to the household the child already has', async () => {
    const { request, childId } = await openRequest();
    const adult = await t.child(o.mine, { kind: 'adult', given_name_km: 'ស្រីមុំ' });
    const household = await call(t, o.caseworker, 'POST', '/api/households', { members: [{ personId: childId, isHead: true }] });
    expect(household.statusCode, household.body).toBe(201);
    const res = await call(t, o.caseworker, 'POST', `/api/tracing-requests/${request.id}/found`, { version: 1, personId: adult, status: 'found_unsafe' });
    expect(res.json<TTracingRequest>()).toMatchObject({ status: 'found_unsafe', foundPerson: { id: adult } });
    const member = await t.services.db.selectFrom('household_member').selectAll().where('person_id', '=', adult).executeTakeFirstOrThrow();
    expect(member).toMatchObject({ household_id: household.json<{ id: string }>().id, relationship: 'mother' });
  });

  it('refuses neither or both of a person and a new person, a request not open, and rolls back a bad new person', async () => {
    const { request } = await openRequest();
    const neither = await call(t, o.caseworker, 'POST', `/api/tracing-requests/${request.id}/found`, { version: 1 });
    expect(neither.json()).toMatchObject({ error: { fields: [{ field: 'personId', key: 'tracing.errors.person_or_new_person' }] } });
    const blank = await call(t, o.caseworker, 'POST', `/api/tracing-requests/${request.id}/found`, { version: 1, person: { sex: 'female', birthPlaceCode: '99' } });
    expect(blank.statusCode).toBe(400);
    expect(await row(request.id)).toMatchObject({ status: 'open', found_person_id: null, version: 1 });
    const closedId = await insertTracingRequest(t, request.caseId, { status: 'closed' });
    const closed = await call(t, o.caseworker, 'POST', `/api/tracing-requests/${closedId}/found`, { version: 1, person: { givenNameKm: 'ស្រីមុំ' } });
    expect(closed.json()).toMatchObject({ error: { fields: [{ field: 'status', key: 'tracing.errors.request_not_open' }] } });
  });
});

describe('scope', () => {
  it('is 404 for another organisation and another team\'s caseworker, 403 for a viewer writing', async () => {
    const { caseId, request } = await openRequest();
    const other = await office(t);
    const otherTeam = await t.team(o.org);
    const colleague = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [otherTeam] });
    for (const user of [other.caseworker, colleague]) {
      expect((await call(t, user, 'GET', `/api/tracing-requests/${request.id}`)).statusCode).toBe(404);
      expect((await call(t, user, 'GET', `/api/cases/${caseId}/tracing-requests`)).statusCode).toBe(404);
      expect((await call(t, user, 'POST', `/api/tracing-requests/${request.id}/attempts`, attempt)).statusCode).toBe(404);
    }
    const viewer = await t.user({ role: 'viewer', organisationId: o.org, teamIds: [o.team] });
    expect((await call(t, viewer, 'POST', `/api/tracing-requests/${request.id}/attempts`, attempt)).statusCode).toBe(403);
    expect((await call(t, viewer, 'POST', `/api/cases/${caseId}/tracing-requests`, mother)).statusCode).toBe(403);
    expect((await row(request.id)).version).toBe(1);
  });

  it('refuses work on a closed case', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'closed' });
    expect((await call(t, o.caseworker, 'POST', `/api/cases/${caseId}/tracing-requests`, mother)).json()).toMatchObject({ error: { code: 'case.closed' } });
  });
});
