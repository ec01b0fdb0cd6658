import type { TFollowUp } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { auditedLists, call, daysFromToday, insertFollowUp, office, today, type Office } from './test-support.js';

let t: TestApp;
let o: Office;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
});
afterAll(() => t.close());

const row = (id: string) => t.services.db.selectFrom('follow_up').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const visit = { doneOn: today(), progress: 'Goes to school; grandmother copes well.', concerns: 'The roof leaks', wellbeing: 'some_concerns' };

describe('POST /api/follow-ups/:id/record', () => {
  it('records a visit: the day, progress, concerns, wellbeing and who went, audited', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'follow_up' });
    const id = await insertFollowUp(t, caseId, { dueOn: daysFromToday(-3) });
    const res = await call(t, o.caseworker, 'POST', `/api/follow-ups/${id}/record`, visit);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TFollowUp>()).toMatchObject({
      status: 'done', state: 'done', overdue: false, doneOn: today(), progress: visit.progress, concerns: 'The roof leaks', wellbeing: 'some_concerns',
      visitedBy: { id: o.caseworker.id }, case: { id: caseId },
    });
    expect(await auditRows(t, id, 'record')).toEqual([expect.objectContaining({ actor_id: o.caseworker.id, changes: expect.objectContaining({ status: { before: 'scheduled', after: 'done' } }) })]);
  });

  it('refuses a future day and an empty progress with field errors, changing nothing; a visit is recorded once', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'follow_up' });
    const id = await insertFollowUp(t, caseId);
    const future = await call(t, o.caseworker, 'POST', `/api/follow-ups/${id}/record`, { ...visit, doneOn: daysFromToday(2) });
    expect(future.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'doneOn', key: 'validation.date_in_future' }] } });
    const empty = await call(t, o.caseworker, 'POST', `/api/follow-ups/${id}/record`, { ...visit, progress: ' ' });
    expect(empty.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'progress' }] } });
    const wellbeing = await call(t, o.caseworker, 'POST', `/api/follow-ups/${id}/record`, { ...visit, wellbeing: 'fine' });
    expect(wellbeing.json()).toMatchObject({ error: { fields: [{ field: 'wellbeing', key: 'validation.choice' }] } });
    expect(await row(id)).toMatchObject({ status: 'scheduled', progress: null, version: 1 });
    expect((await call(t, o.caseworker, 'POST', `/api/follow-ups/${id}/record`, visit)).statusCode).toBe(200);
    expect((await call(t, o.caseworker, 'POST', `/api/follow-ups/${id}/record`, visit)).json()).toMatchObject({ error: { code: 'follow_up.not_scheduled' } });
  });

  it('is 404 for another organisation and 403 for a viewer', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'follow_up' });
    const id = await insertFollowUp(t, caseId);
    const other = await office(t);
    expect((await call(t, other.caseworker, 'POST', `/api/follow-ups/${id}/record`, visit)).statusCode).toBe(404);
    const viewer = await t.user({ role: 'viewer', organisationId: o.org, teamIds: [o.team] });
    expect((await call(t, viewer, 'POST', `/api/follow-ups/${id}/record`, visit)).statusCode).toBe(403);
    expect((await row(id)).status).toBe('scheduled');
  });
});

describe('missing and rescheduling a visit', () => {
  it('records a missed visit with its reason', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'follow_up' });
    const id = await insertFollowUp(t, caseId, { dueOn: daysFromToday(-1) });
    const res = await call(t, o.caseworker, 'POST', `/api/follow-ups/${id}/miss`, { reason: 'Flooded road' });
    expect(res.json<TFollowUp>()).toMatchObject({ status: 'missed', state: 'missed', missedReason: 'Flooded road' });
    expect((await call(t, o.caseworker, 'POST', `/api/follow-ups/${id}/miss`, { reason: 'again' })).json()).toMatchObject({ error: { code: 'follow_up.not_scheduled' } });
  });

  it('reschedules keeping the history: the old visit points to the new one, in the same place in the schedule', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'follow_up' });
    const id = await insertFollowUp(t, caseId, { dueOn: daysFromToday(-2), sequence: 3 });
    const past = await call(t, o.caseworker, 'POST', `/api/follow-ups/${id}/reschedule`, { dueOn: daysFromToday(-1), reason: 'Family away' });
    expect(past.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'dueOn', key: 'validation.date_in_past' }] } });
    const res = await call(t, o.caseworker, 'POST', `/api/follow-ups/${id}/reschedule`, { dueOn: daysFromToday(5), reason: 'Family at a wedding in Battambang' });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json<TFollowUp>();
    expect(created).toMatchObject({ status: 'scheduled', state: 'due', dueOn: daysFromToday(5), sequence: 3 });
    expect(await row(id)).toMatchObject({ status: 'rescheduled', rescheduled_to_id: created.id, reschedule_reason: 'Family at a wedding in Battambang' });

    const history = (await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/follow-ups`)).json<TFollowUp[]>();
    expect(history.map((v) => [v.id, v.status, v.rescheduledToId])).toEqual([[id, 'rescheduled', created.id], [created.id, 'scheduled', null]]);
    expect(await auditRows(t, id, 'reschedule')).toHaveLength(1);
    expect(await auditRows(t, created.id, 'create')).toHaveLength(1);

    const missed = await insertFollowUp(t, caseId, { dueOn: daysFromToday(-9), status: 'missed' });
    expect((await call(t, o.caseworker, 'POST', `/api/follow-ups/${missed}/reschedule`, { dueOn: today(), reason: 'Try again' })).statusCode).toBe(201);
    const done = await insertFollowUp(t, caseId, { status: 'done' });
    expect((await call(t, o.caseworker, 'POST', `/api/follow-ups/${done}/reschedule`, { dueOn: today(), reason: 'x' })).json()).toMatchObject({ error: { code: 'follow_up.not_scheduled' } });
  });
});

describe('GET /api/follow-ups', () => {
  it('lists the caseload’s visits as due, overdue, done or missed, within dates; a supervisor sees the team’s', async () => {
    const me = await office(t);
    const colleague = await t.user({ role: 'caseworker', organisationId: me.org, teamIds: [me.team] });
    const { caseId } = await t.openCase(me.mine, { stage: 'follow_up' });
    const theirs = await t.openCase({ organisationId: me.org, teamId: me.team, ownerId: colleague.id }, { stage: 'follow_up' });
    const overdue = await insertFollowUp(t, caseId, { dueOn: daysFromToday(-5) });
    const dueToday = await insertFollowUp(t, caseId, { dueOn: today() });
    const later = await insertFollowUp(t, caseId, { dueOn: daysFromToday(40) });
    const done = await insertFollowUp(t, caseId, { dueOn: daysFromToday(-20), status: 'done' });
    const missed = await insertFollowUp(t, caseId, { dueOn: daysFromToday(-30), status: 'missed' });
    await insertFollowUp(t, caseId, { dueOn: daysFromToday(-40), status: 'cancelled' });
    const colleagues = await insertFollowUp(t, theirs.caseId, { dueOn: daysFromToday(-1) });

    const ids = async (query: string, as = me.caseworker) => {
      const res = await call(t, as, 'GET', `/api/follow-ups${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ items: TFollowUp[] }>().items.map((v) => v.id);
    };
    expect(await ids('?status=overdue')).toEqual([overdue]);
    expect(await ids('?status=due')).toEqual([dueToday, later]);
    expect(await ids(`?status=due&to=${daysFromToday(10)}`)).toEqual([dueToday]);
    expect(await ids('?status=done')).toEqual([done]);
    expect(await ids('?status=missed')).toEqual([missed]);
    expect(await ids(`?from=${daysFromToday(-25)}`)).toEqual([done, overdue, dueToday, later]);
    expect((await ids('?status=overdue', me.supervisor)).sort()).toEqual([overdue, colleagues].sort());
    expect(await ids(`?status=overdue&caseworkerId=${colleague.id}`, me.supervisor)).toEqual([colleagues]);
    const items = (await call(t, me.caseworker, 'GET', '/api/follow-ups?status=overdue')).json<{ items: TFollowUp[] }>().items;
    expect(items[0]).toMatchObject({ state: 'overdue', overdue: true, case: { id: caseId, number: expect.any(String) } });
    expect((await auditedLists(t, me.caseworker.id, 'follow_up')).some((r) => r.details?.ids?.includes(overdue))).toBe(true);
    expect((await call(t, me.caseworker, 'GET', '/api/follow-ups?status=late')).statusCode).toBe(400);
  });
});
