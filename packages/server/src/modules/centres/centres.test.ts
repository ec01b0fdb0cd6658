import type { TCentre, TCentreChildren, TCentreSummary, TOverdueMilestone, TTimelineEntry } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';
import { fill, shipped } from '../assessments/test-support.js';
import { call, daysFromToday, insertPlacement, office, today, type Office } from '../casework/test-support.js';
import { centreInput, createCentre } from './test-support.js';

type Page = { items: TCentreSummary[]; total: number };
let t: TestApp;
let o: Office;
let viewer: TestUser;
let manager: TestUser;
let stranger: TestUser;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
  viewer = await t.user({ role: 'viewer', organisationId: o.org });
  manager = await t.user({ role: 'manager', organisationId: o.org });
  const other = await t.organisation();
  stranger = await t.user({ role: 'manager', organisationId: other });
});
afterAll(() => t.close());

const fieldsOf = (res: { json: <T>() => T }) => res.json<{ error: { code: string; fields?: Array<{ field: string; key: string }> } }>().error;

describe('the centre registry', () => {
  it('registers a centre with its transition at engagement, edits it on its version, and audits both', async () => {
    const c = await createCentre(t, o.caseworker, { villageCode: '12010101' });
    expect(c).toMatchObject({
      nameKm: 'មណ្ឌលកុមារក្តីសង្ឃឹម', type: 'ngo', mosvyRegistered: true, capacity: 60, caseworkerId: o.caseworker.id, version: 1,
      director: { name: 'សុខ ចាន់ថា', phone: '012 345 678' }, donors: [{ name: 'Hope Church, Ohio', stance: 'undecided' }],
      transition: { stage: 'engagement', endGoal: 'full_transition', version: 1 }, counts: [], stageHistory: [], milestones: [], activities: [],
    });
    expect(c.village?.path.map((p) => p.code)).toEqual(['12', '1201', '120101']);
    const created = await auditRows(t, c.id, 'create');
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ record_type: 'centre', actor_id: o.caseworker.id, organisation_id: o.org });

    const edited = await call(t, o.caseworker, 'PATCH', `/api/centres/${c.id}`, { version: 1, capacity: 45, donors: [{ name: 'Hope Church, Ohio', stance: 'supportive' }] });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<TCentre>()).toMatchObject({ capacity: 45, version: 2, donors: [{ stance: 'supportive' }], nameKm: 'មណ្ឌលកុមារក្តីសង្ឃឹម' });
    const update = await auditRows(t, c.id, 'update');
    expect(update).toHaveLength(1);
    expect(update[0]!.changes).toMatchObject({ capacity: { before: 60, after: 45 } });
    expect(Object.keys(update[0]!.changes!)).not.toContain('key_staff');
    expect(fieldsOf(await call(t, o.caseworker, 'PATCH', `/api/centres/${c.id}`, { version: 1, capacity: 50 }))).toMatchObject({ code: 'record.conflict' });
  });

  it('refuses bad input with field errors, writing nothing', async () => {
    const before = await t.services.db.selectFrom('centre').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const post = (body: object) => call(t, o.caseworker, 'POST', '/api/centres', { ...centreInput(), ...body });
    expect(fieldsOf(await post({ type: 'casino' })).fields).toContainEqual({ field: 'type', key: 'validation.lookup_unknown' });
    expect(fieldsOf(await post({ villageCode: '99999999' })).fields).toContainEqual({ field: 'villageCode', key: 'validation.place_unknown' });
    expect(fieldsOf(await post({ mouSignedOn: '2025-01-01', mouExpiresOn: '2024-01-01' })).fields).toContainEqual({ field: 'mouExpiresOn', key: 'validation.date_before_start' });
    expect(fieldsOf(await post({ director: { name: 'X', personId: crypto.randomUUID() } })).fields).toContainEqual({ field: 'director.personId', key: 'validation.person_unknown' });
    expect((await post({ nameKm: '  ' })).statusCode).toBe(400);
    expect((await post({ capacity: -1 })).statusCode).toBe(400);
    const after = await t.services.db.selectFrom('centre').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('finds centres by name in either script, by stage and by province', async () => {
    const c = await createCentre(t, o.caseworker, { nameKm: 'មណ្ឌលពន្លឺថ្មី', nameLatin: 'Ponlok Thmey Home', villageCode: '12010101' });
    const list = async (qs: string) => (await call(t, o.caseworker, 'GET', `/api/centres?${qs}`)).json<Page>().items.map((i) => i.id);
    expect(await list('q=ponlok')).toEqual([c.id]);
    expect(await list(`q=${encodeURIComponent('ពន្លឺ')}`)).toEqual([c.id]);
    expect(await list('q=ponlok&province=12')).toEqual([c.id]);
    expect(await list('q=ponlok&province=17')).toEqual([]);
    expect(await list('q=ponlok&stage=planning')).toEqual([]);
    expect(await list('q=ponlok&stage=engagement')).toEqual([c.id]);
  });
});

describe('dated counts', () => {
  it('keeps every count with its date; the list shows the latest', async () => {
    const c = await createCentre(t, o.caseworker, { nameLatin: 'Counted Centre' });
    const add = (body: object) => call(t, o.caseworker, 'POST', `/api/centres/${c.id}/counts`, body);
    expect((await add({ countedOn: '2025-01-15', girls: 20, boys: 25, staff: 12 })).statusCode).toBe(201);
    const res = await add({ countedOn: '2026-01-15', girls: 12, boys: 14, staff: 9 });
    expect(res.json<TCentre>().counts.map((n) => [n.countedOn, n.girls, n.boys])).toEqual([['2026-01-15', 12, 14], ['2025-01-15', 20, 25]]);
    expect(fieldsOf(await add({ countedOn: daysFromToday(3), girls: 1, boys: 1 })).fields).toContainEqual({ field: 'countedOn', key: 'validation.date_in_future' });
    const items = (await call(t, o.caseworker, 'GET', '/api/centres?q=counted')).json<Page>().items;
    expect(items[0]).toMatchObject({ children: 26, countedOn: '2026-01-15' });
  });
});

describe('the transition', () => {
  it('moves stage only with a reason, on the version read, and keeps the history with who and when', async () => {
    const c = await createCentre(t, o.caseworker);
    const move = (body: object) => call(t, o.caseworker, 'POST', `/api/centres/${c.id}/transition/stage`, body);
    expect((await move({ version: 1, toStage: 'planning' })).statusCode).toBe(400);
    expect((await move({ version: 1, toStage: 'planning', reason: '  ' })).statusCode).toBe(400);
    expect(fieldsOf(await move({ version: 1, toStage: 'engagement', reason: 'Same' })).fields).toContainEqual({ field: 'toStage', key: 'validation.invalid' });
    const ok = await move({ version: 1, toStage: 'assessment_decision', reason: 'The board agreed to assess the children' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(fieldsOf(await move({ version: 1, toStage: 'planning', reason: 'Stale' }))).toMatchObject({ code: 'record.conflict' });
    const moved = (await move({ version: 2, toStage: 'planning', reason: 'Assessment done; director decided' })).json<TCentre>();
    expect(moved.transition).toMatchObject({ stage: 'planning', version: 3, stageSince: today() });
    expect(moved.stageHistory.map((h) => [h.fromStage, h.toStage, h.changedBy])).toEqual([
      ['assessment_decision', 'planning', 'Test caseworker'], ['engagement', 'assessment_decision', 'Test caseworker'],
    ]);
    const audited = await auditRows(t, c.id, 'centre.stage');
    expect(audited.map((a) => a.changes?.stage)).toEqual([{ before: 'engagement', after: 'assessment_decision' }, { before: 'assessment_decision', after: 'planning' }]);
    expect(audited[1]!.details).toMatchObject({ reason: 'Assessment done; director decided' });

    const edited = await call(t, o.caseworker, 'PATCH', `/api/centres/${c.id}/transition`, { version: 3, endGoal: 'safe_closure', risks: 'Donor may stop funding', directorPosition: 'Supports the change' });
    expect(edited.json<TCentre>().transition).toMatchObject({ endGoal: 'safe_closure', risks: 'Donor may stop funding', version: 4 });
    expect(await auditRows(t, edited.json<TCentre>().id, 'create')).toHaveLength(1);
  });

  it('adds milestones, lists the overdue ones in scope, and completes them', async () => {
    const c = await createCentre(t, o.caseworker, { nameKm: 'មណ្ឌលផែនការ' });
    const add = (body: object) => call(t, o.caseworker, 'POST', `/api/centres/${c.id}/milestones`, body);
    await add({ title: 'Board approves the transition plan', owner: 'Director', dueOn: daysFromToday(-5) });
    await add({ title: 'Donor meeting', dueOn: daysFromToday(10) });
    const withThird = (await add({ title: 'Family tracing for every child' })).json<TCentre>();
    expect(withThird.milestones.map((m) => [m.title, m.overdue])).toEqual([
      ['Board approves the transition plan', true], ['Donor meeting', false], ['Family tracing for every child', false],
    ]);
    const late = withThird.milestones[0]!;
    const overdue = (u: TestUser) => call(t, u, 'GET', '/api/centres/milestones/overdue').then((r) => r.json<TOverdueMilestone[]>());
    expect((await overdue(o.caseworker)).filter((m) => m.centreId === c.id).map((m) => [m.title, m.centreNameKm])).toEqual([['Board approves the transition plan', 'មណ្ឌលផែនការ']]);
    expect((await overdue(stranger)).some((m) => m.centreId === c.id)).toBe(false);
    const done = await call(t, o.caseworker, 'PATCH', `/api/centres/${c.id}/milestones/${late.id}`, { status: 'done' });
    expect(done.json<TCentre>().milestones[0]).toMatchObject({ status: 'done', doneOn: today(), overdue: false });
    expect((await overdue(o.caseworker)).some((m) => m.centreId === c.id)).toBe(false);
    expect(await auditRows(t, late.id, 'update')).toHaveLength(1);
    // A milestone of another centre is not found through this one.
    const other = await createCentre(t, o.caseworker);
    expect((await call(t, o.caseworker, 'PATCH', `/api/centres/${other.id}/milestones/${late.id}`, { status: 'cancelled' })).statusCode).toBe(404);
  });
});

describe('support activities', () => {
  it('logs an activity of a listed type on a day not in the future', async () => {
    const c = await createCentre(t, o.caseworker);
    const add = (body: object) => call(t, o.caseworker, 'POST', `/api/centres/${c.id}/activities`, { type: 'donor_board', activityOn: today(), ...body });
    const res = await add({ staff: 'Dara, Sophea', participants: 'Director, two board members, donor representative', participantCount: 4, notes: 'Donor open to funding family support', followUp: 'Send the budget' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<TCentre>().activities[0]).toMatchObject({ type: 'donor_board', participantCount: 4, followUp: 'Send the budget', recordedBy: 'Test caseworker' });
    expect(fieldsOf(await add({ type: 'karaoke' })).fields).toContainEqual({ field: 'type', key: 'validation.lookup_unknown' });
    expect(fieldsOf(await add({ activityOn: daysFromToday(1) })).fields).toContainEqual({ field: 'activityOn', key: 'validation.date_in_future' });
    expect(await auditRows(t, res.json<TCentre>().activities[0]!.id, 'create')).toHaveLength(1);
  });
});

describe('readiness, children and the timeline', () => {
  it('takes the readiness instrument on a centre (ownership from the centre); another organisation gets 404', async () => {
    const c = await createCentre(t, o.caseworker);
    const rcc = await shipped(t, 'rcc_readiness');
    const take = (u: TestUser) => call(t, u, 'POST', '/api/assessments', { instrumentId: rcc.id, subjectType: 'centre', subjectId: c.id, assessedOn: today(), answers: fill(rcc.definition, 2) });
    expect((await take(stranger)).statusCode).toBe(404);
    const res = await take(o.caseworker);
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json<{ id: string }>().id;
    expect(await t.services.db.selectFrom('assessment').select(['organisation_id', 'team_id', 'caseworker_id', 'centre_id']).where('id', '=', id).executeTakeFirstOrThrow())
      .toEqual({ organisation_id: o.org, team_id: o.team, caseworker_id: o.caseworker.id, centre_id: c.id });
    expect((await call(t, o.caseworker, 'POST', `/api/assessments/${id}/submit`, { rowVersion: 1 })).statusCode).toBe(200);
    const trend = await call(t, o.caseworker, 'GET', `/api/assessments/trend?subjectType=centre&subjectId=${c.id}&instrumentCode=rcc_readiness`);
    expect(trend.statusCode, trend.body).toBe(200);

    await call(t, o.caseworker, 'POST', `/api/centres/${c.id}/activities`, { type: 'onsite_visit', activityOn: daysFromToday(-2) });
    await call(t, o.caseworker, 'POST', `/api/centres/${c.id}/transition/stage`, { version: 1, toStage: 'assessment_decision', reason: 'Ready to assess', changedOn: today() });
    const tl = await call(t, o.caseworker, 'GET', `/api/centres/${c.id}/timeline`);
    expect(tl.statusCode, tl.body).toBe(200);
    const timeline = tl.json<TTimelineEntry[]>();
    expect(timeline.map((e) => e.kind)).toEqual(expect.arrayContaining(['created', 'stage', 'activity', 'assessment']));
    expect(timeline.find((e) => e.kind === 'assessment')!.detail).toMatchObject({ code: 'rcc_readiness', status: 'submitted' });
    expect(timeline.map((e) => e.on)).toEqual([...timeline.map((e) => e.on)].sort().reverse());
  });

  it("counts the centre's children: at the centre, assessed, traced, reintegrated, in follow-up; the read is audited", async () => {
    const c = await createCentre(t, o.caseworker);
    const atCentre = await t.openCase(o.mine, { stage: 'tracing' });
    const pl = await insertPlacement(t, atCentre.caseId, { careType: 'rcc' });
    await t.services.db.updateTable('placement').set({ carer_centre_id: c.id }).where('id', '=', pl).execute();
    const home = await t.openCase(o.mine, { stage: 'follow_up' });
    const old = await insertPlacement(t, home.caseId, { careType: 'rcc', status: 'ended' });
    await t.services.db.updateTable('placement').set({ carer_centre_id: c.id, end_date: daysFromToday(-40) }).where('id', '=', old).execute();
    await insertPlacement(t, home.caseId, { careType: 'kinship' });

    const res = await call(t, o.caseworker, 'GET', `/api/centres/${c.id}/children`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<TCentreChildren>();
    expect(body.counts).toEqual({ atCentre: 1, assessed: 2, traced: 1, reintegrated: 1, inFollowUp: 1 });
    const audit = await t.services.db.selectFrom('audit_log').select(['details']).where('actor_id', '=', o.caseworker.id).where('action', '=', 'list')
      .orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    expect((audit.details as { ids: string[] }).ids.sort()).toEqual([atCentre.childId, home.childId].sort());
  });
});

describe('scope', () => {
  it('another organisation gets 404, a viewer 403, a manager of the organisation sees it', async () => {
    const c = await createCentre(t, o.caseworker);
    for (const url of [`/api/centres/${c.id}`, `/api/centres/${c.id}/timeline`, `/api/centres/${c.id}/children`]) {
      expect((await call(t, stranger, 'GET', url)).statusCode).toBe(404);
      expect((await call(t, viewer, 'GET', url)).statusCode).toBe(403);
      expect((await call(t, manager, 'GET', url)).statusCode).toBe(200);
    }
    expect((await call(t, stranger, 'POST', `/api/centres/${c.id}/activities`, { type: 'onsite_visit', activityOn: today() })).statusCode).toBe(404);
    expect((await call(t, viewer, 'GET', '/api/centres')).statusCode).toBe(403);
    const list = (await call(t, stranger, 'GET', '/api/centres?pageSize=100')).json<Page>();
    expect(list.items.some((i) => i.id === c.id)).toBe(false);
  });
});
