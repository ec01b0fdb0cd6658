import type { TCentreBoard, TCentresDashboard, TCentreSummary, TOutreachEvent, TTimelineEntry, TTrainingEvent, TUserCentre } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';
import { call, daysFromToday, insertPlacement, office, today, type Office } from '../casework/test-support.js';
import { quarterStart } from './dashboard.js';
import { createCentre, outreachInput, trainingInput } from './test-support.js';

let t: TestApp;
let o: Office;
let admin: TestUser;
let viewer: TestUser;
let stranger: TestUser;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
  admin = await t.user({ role: 'administrator', organisationId: o.org });
  viewer = await t.user({ role: 'viewer', organisationId: o.org });
  stranger = await t.user({ role: 'manager', organisationId: await t.organisation() });
});
afterAll(() => t.close());

type ErrorBody = { error: { code: string; fields?: Array<{ field: string; key: string }> } };
const errorOf = (res: { json: <T>() => T }) => res.json<ErrorBody>().error;
const count = async (table: 'training_event' | 'training_participant' | 'training_attendance' | 'outreach_event') =>
  Number((await t.services.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('training events', () => {
  it('plans a training with listed topics and refuses bad dates or topics, writing nothing', async () => {
    const post = (body: Record<string, unknown>) => call(t, o.caseworker, 'POST', '/api/trainings', trainingInput(body));
    const before = await count('training_event');
    expect(errorOf(await post({ topics: ['juggling'] })).fields).toContainEqual({ field: 'topics.0', key: 'validation.lookup_unknown' });
    expect(errorOf(await post({ startsOn: today(), endsOn: daysFromToday(-1) })).fields).toContainEqual({ field: 'endsOn', key: 'validation.date_before_start' });
    expect(errorOf(await post({ endsOn: daysFromToday(20) })).fields).toContainEqual({ field: 'endsOn', key: 'centres.training.tooLong', params: { days: 14 } });
    expect((await post({ audiences: [] })).statusCode).toBe(400);
    expect(await count('training_event')).toBe(before);

    const res = await post({ endsOn: daysFromToday(1) });
    expect(res.statusCode, res.body).toBe(201);
    const e = res.json<TTrainingEvent>();
    expect(e).toMatchObject({ title: 'Child protection for directors', topics: ['child_protection', 'leadership'], audiences: ['directors'], version: 1, participants: [] });
    expect(await auditRows(t, e.id, 'create')).toHaveLength(1);
  });

  it('lists participants linked to people and centres, takes attendance per day, and scores the evaluation', async () => {
    const centre = await createCentre(t, o.caseworker);
    const e = (await call(t, o.caseworker, 'POST', '/api/trainings', trainingInput({ startsOn: daysFromToday(-1), endsOn: today() }))).json<TTrainingEvent>();
    const { childId: personId } = await t.openCase(o.mine);
    const add = (body: object) => call(t, o.caseworker, 'POST', `/api/trainings/${e.id}/participants`, { name: 'សុខ ចាន់ថា', sex: 'female', audience: 'directors', ...body });
    expect((await add({ personId, centreId: centre.id })).statusCode).toBe(201);
    expect(errorOf(await add({ personId })).fields).toContainEqual({ field: 'personId', key: 'centres.training.alreadyListed' });
    expect(errorOf(await add({ personId: crypto.randomUUID() })).fields).toContainEqual({ field: 'personId', key: 'validation.person_unknown' });
    const walkIn = await add({ name: 'Chan Dara', sex: 'male', audience: 'rcc_staff', walkIn: true });
    const [director, dara] = [...walkIn.json<TTrainingEvent>().participants].sort((a, b) => (a.walkIn ? 1 : 0) - (b.walkIn ? 1 : 0));
    expect(director).toMatchObject({ personId, centreId: centre.id, centreNameKm: centre.nameKm, walkIn: false });
    expect(dara).toMatchObject({ name: 'Chan Dara', walkIn: true, personId: null });

    const sheet = (day: string, present: string[]) => call(t, o.caseworker, 'PUT', `/api/trainings/${e.id}/attendance`, { day, present });
    expect((await sheet(daysFromToday(-1), [director!.id])).statusCode).toBe(200);
    expect((await sheet(today(), [director!.id, dara!.id])).statusCode).toBe(200);
    // The sheet replaces the day: Dara was not there after all.
    const last = await sheet(today(), [director!.id]);
    const byId = new Map(last.json<TTrainingEvent>().participants.map((p) => [p.id, p.days]));
    expect(byId.get(director!.id)).toEqual([daysFromToday(-1), today()]);
    expect(byId.get(dara!.id)).toEqual([]);
    expect(errorOf(await sheet(daysFromToday(-3), [])).fields).toContainEqual({ field: 'day', key: 'centres.training.dayOutside' });
    expect(errorOf(await sheet(today(), [crypto.randomUUID()])).fields).toContainEqual({ field: 'present', key: 'validation.choice' });
    expect((await auditRows(t, e.id, 'training.attendance')).length).toBe(3);

    const score = (id: string, body: object) => call(t, o.caseworker, 'PATCH', `/api/trainings/${e.id}/participants/${id}`, body);
    await score(director!.id, { preScore: 40, postScore: 80 });
    const scored = await score(dara!.id, { preScore: 60, postScore: 70 });
    expect(scored.json<TTrainingEvent>().summary).toEqual({ preAverage: 50, postAverage: 75, satisfactionAverage: null });
    expect(errorOf(await score(dara!.id, { satisfaction: 5 })).fields).toContainEqual({ field: 'satisfaction', key: 'centres.training.evaluationNotAsked' });

    // Shrinking the dates would orphan yesterday's attendance.
    const edit = await call(t, o.caseworker, 'PUT', `/api/trainings/${e.id}`, { ...trainingInput({ startsOn: today(), endsOn: today() }), version: 1 });
    expect(errorOf(edit).fields).toContainEqual({ field: 'startsOn', key: 'centres.training.attendanceOutside' });
    const renamed = await call(t, o.caseworker, 'PUT', `/api/trainings/${e.id}`, { ...trainingInput({ startsOn: daysFromToday(-1), title: 'Leadership' }), version: 1 });
    expect(renamed.json<TTrainingEvent>()).toMatchObject({ title: 'Leadership', version: 2 });
    expect(errorOf(await call(t, o.caseworker, 'PUT', `/api/trainings/${e.id}`, { ...trainingInput(), version: 1 })).code).toBe('record.conflict');

    const list = await call(t, o.caseworker, 'GET', `/api/trainings?centreId=${centre.id}`);
    expect(list.json<{ items: Array<{ id: string; participants: number }> }>().items).toEqual([expect.objectContaining({ id: e.id, participants: 2 })]);
    // The read names the people shown.
    const reads = await auditRows(t, e.id, 'read');
    expect(reads.at(-1)!.details).toMatchObject({ personIds: [personId] });

    // The centre's timeline shows the training its director attended, and an event held with it.
    await call(t, o.caseworker, 'POST', '/api/outreach-events', outreachInput({ centreId: centre.id, topic: 'Families first' }));
    const timeline = (await call(t, o.caseworker, 'GET', `/api/centres/${centre.id}/timeline`)).json<TTimelineEntry[]>();
    expect(timeline.find((x) => x.kind === 'training')).toMatchObject({ id: e.id, detail: { title: 'Leadership', participants: 1 } });
    expect(timeline.find((x) => x.kind === 'outreach')).toMatchObject({ detail: { topic: 'Families first', type: 'village_meeting' } });
  });

  it('another organisation gets 404; a viewer 403', async () => {
    const e = (await call(t, o.caseworker, 'POST', '/api/trainings', trainingInput())).json<TTrainingEvent>();
    expect((await call(t, stranger, 'GET', `/api/trainings/${e.id}`)).statusCode).toBe(404);
    expect((await call(t, stranger, 'PUT', `/api/trainings/${e.id}/attendance`, { day: today(), present: [] })).statusCode).toBe(404);
    expect((await call(t, viewer, 'GET', `/api/trainings/${e.id}`)).statusCode).toBe(403);
    expect((await call(t, stranger, 'GET', '/api/trainings')).json<{ items: Array<{ id: string }> }>().items.map((i) => i.id)).not.toContain(e.id);
  });
});

describe('community awareness and government engagement events', () => {
  it('records participants by role and sex in a village, and refuses bad input', async () => {
    const post = (body: Record<string, unknown>) => call(t, o.caseworker, 'POST', '/api/outreach-events', outreachInput(body));
    const before = await count('outreach_event');
    expect(errorOf(await post({ type: 'party' })).fields).toContainEqual({ field: 'type', key: 'validation.lookup_unknown' });
    expect(errorOf(await post({ villageCode: '99999999' })).fields).toContainEqual({ field: 'villageCode', key: 'validation.place_unknown' });
    expect(errorOf(await post({ heldOn: daysFromToday(2) })).fields).toContainEqual({ field: 'heldOn', key: 'validation.date_in_future' });
    expect(errorOf(await post({ participants: [{ role: 'children_youth', female: 1, male: 1 }, { role: 'children_youth', female: 2, male: 0 }] })).fields)
      .toContainEqual({ field: 'participants', key: 'centres.outreach.roleTwice' });
    expect(await count('outreach_event')).toBe(before);
    const res = await post({});
    expect(res.statusCode, res.body).toBe(201);
    const e = res.json<TOutreachEvent>();
    expect(e).toMatchObject({ kind: 'community_awareness', female: 15, male: 11 });
    expect(e.village?.path.map((p) => p.code)).toEqual(['12', '1201', '120101']);
    const gov = await post({ kind: 'government_engagement', type: 'dosvy_meeting', villageCode: null, participants: [{ role: 'government_staff', female: 2, male: 3 }] });
    const list = async (q: string) => (await call(t, o.caseworker, 'GET', `/api/outreach-events?${q}`)).json<{ items: TOutreachEvent[] }>().items.map((i) => i.id);
    expect(await list('kind=government_engagement')).toContain(gov.json<TOutreachEvent>().id);
    expect(await list('kind=government_engagement')).not.toContain(e.id);
    expect((await call(t, stranger, 'GET', '/api/outreach-events')).json<{ items: TOutreachEvent[] }>().items).toEqual([]);
  });
});

describe('partner accounts', () => {
  it("see only the centres they are linked to, and their centre's children", async () => {
    const mine = await createCentre(t, o.caseworker, { nameLatin: 'Partner Home' });
    const other = await createCentre(t, o.caseworker, { nameLatin: 'Someone Else Home' });
    const partner = await t.user({ role: 'partner', organisationId: o.org });
    expect((await call(t, partner, 'GET', `/api/centres/${mine.id}`)).statusCode).toBe(404);

    const link = (user: TestUser, centreIds: string[], as = admin) => call(t, as, 'PUT', `/api/users/${user.id}/centres`, { centreIds });
    expect(errorOf(await link(o.caseworker, [mine.id])).fields).toContainEqual({ field: 'centreIds', key: 'centres.partner.onlyPartners' });
    const foreign = await createCentre(t, stranger);
    expect(errorOf(await link(partner, [foreign.id])).fields).toContainEqual({ field: 'centreIds', key: 'validation.choice' });
    expect((await link(partner, [mine.id], o.caseworker)).statusCode).toBe(403);
    const linked = await link(partner, [mine.id]);
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json<TUserCentre[]>()).toEqual([{ id: mine.id, nameKm: mine.nameKm, nameLatin: 'Partner Home' }]);
    expect(await auditRows(t, partner.id, 'user.centres')).toHaveLength(1);

    expect((await call(t, partner, 'GET', `/api/centres/${mine.id}`)).statusCode).toBe(200);
    expect((await call(t, partner, 'GET', `/api/centres/${other.id}`)).statusCode).toBe(404);
    expect((await call(t, partner, 'GET', `/api/centres/${foreign.id}`)).statusCode).toBe(404);
    expect((await call(t, partner, 'GET', '/api/centres')).json<{ items: TCentreSummary[] }>().items.map((i) => i.id)).toEqual([mine.id]);
    expect((await call(t, partner, 'GET', '/api/centres/board')).json<TCentreBoard>().cards.map((c) => c.id)).toEqual([mine.id]);
    // A partner reads but does not change the transition.
    expect((await call(t, partner, 'POST', `/api/centres/${mine.id}/activities`, { type: 'onsite_visit', activityOn: today() })).statusCode).toBe(403);

    // Children placed at their centre (in the adviser's caseload) are theirs to see; others' are not.
    const here = await t.openCase(o.mine);
    const there = await t.openCase(o.mine);
    for (const [c, centre] of [[here, mine], [there, other]] as const) {
      const pl = await insertPlacement(t, c.caseId, { careType: 'rcc' });
      await t.services.db.updateTable('placement').set({ carer_centre_id: centre.id }).where('id', '=', pl).execute();
    }
    const children = await call(t, partner, 'GET', `/api/centres/${mine.id}/children`);
    expect(children.statusCode, children.body).toBe(200);
    expect(children.json<{ items: Array<{ personId: string }> }>().items.map((i) => i.personId)).toEqual([here.childId]);
    expect((await call(t, partner, 'GET', `/api/centres/${other.id}/children`)).statusCode).toBe(404);
    // Records registered under their centre are in scope; another centre's child is a 404.
    await t.services.db.updateTable('person').set({ centre_id: mine.id }).where('id', '=', here.childId).execute();
    expect((await call(t, partner, 'GET', `/api/people/${here.childId}`)).statusCode).toBe(200);
    expect((await call(t, partner, 'GET', `/api/people/${there.childId}`)).statusCode).toBe(404);

    // Unlinking takes effect on the next request.
    await link(partner, []);
    expect((await call(t, partner, 'GET', `/api/centres/${mine.id}`)).statusCode).toBe(404);
  });
});

describe("a partner's events", () => {
  it('are the trainings a person of their centre took part in and the outreach held with it, nothing else', async () => {
    const mine = await createCentre(t, o.caseworker, { nameLatin: 'Events Home' });
    const partner = await t.user({ role: 'partner', organisationId: o.org });
    await call(t, admin, 'PUT', `/api/users/${partner.id}/centres`, { centreIds: [mine.id] });
    const joined = (await call(t, o.caseworker, 'POST', '/api/trainings', trainingInput({ title: 'Joined' }))).json<TTrainingEvent>();
    await call(t, o.caseworker, 'POST', `/api/trainings/${joined.id}/participants`, { name: 'Director', sex: 'female', audience: 'directors', centreId: mine.id });
    const apart = (await call(t, o.caseworker, 'POST', '/api/trainings', trainingInput({ title: 'Apart' }))).json<TTrainingEvent>();
    await call(t, o.caseworker, 'POST', `/api/trainings/${apart.id}/participants`, { name: 'Someone', sex: 'male', audience: 'directors' });
    const held = (await call(t, o.caseworker, 'POST', '/api/outreach-events', outreachInput({ centreId: mine.id }))).json<TOutreachEvent>();
    const village = (await call(t, o.caseworker, 'POST', '/api/outreach-events', outreachInput())).json<TOutreachEvent>();

    const ids = async (url: string) => (await call(t, partner, 'GET', url)).json<{ items: Array<{ id: string }> }>().items.map((i) => i.id);
    expect(await ids('/api/trainings?pageSize=100')).toEqual([joined.id]);
    expect((await call(t, partner, 'GET', `/api/trainings/${joined.id}`)).statusCode).toBe(200);
    expect((await call(t, partner, 'GET', `/api/trainings/${apart.id}`)).statusCode).toBe(404);
    expect(await ids('/api/outreach-events?pageSize=100')).toEqual([held.id]);
    // Staff of the organisation still see them all.
    const staff = async (url: string) => (await call(t, o.caseworker, 'GET', url)).json<{ items: Array<{ id: string }> }>().items.map((i) => i.id);
    expect(await staff('/api/trainings?pageSize=100')).toEqual(expect.arrayContaining([joined.id, apart.id]));
    expect(await staff('/api/outreach-events?pageSize=100')).toEqual(expect.arrayContaining([held.id, village.id]));
    // The partner's figures count their own events only.
    const d = (await call(t, partner, 'GET', '/api/centres/dashboard')).json<TCentresDashboard>();
    expect(d.trainingParticipants.find((r) => r.audience === 'directors')).toMatchObject({ female: 1, male: 0 });
    expect(d.outreachParticipants.events).toBe(1);
  });
});

describe('the pipeline board and the dashboard', () => {
  it('shows every centre in scope by stage, filtered by province and adviser', async () => {
    const a = await createCentre(t, o.caseworker, { villageCode: '12010101' });
    const b = await createCentre(t, o.supervisor, { villageCode: '02030101' });
    const board = async (qs = '', as = o.supervisor) => (await call(t, as, 'GET', `/api/centres/board?${qs}`)).json<TCentreBoard>().cards.map((c) => c.id);
    expect(await board()).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(await board('province=12')).toContain(a.id);
    expect(await board('province=12')).not.toContain(b.id);
    expect(await board(`adviserId=${o.supervisor.id}`)).toEqual([b.id]);
    expect((await call(t, viewer, 'GET', '/api/centres/board')).statusCode).toBe(403);
  });

  it('gives a viewer figures only: centres per stage and province, moves this quarter, reintegrated children, participants by sex', async () => {
    const org = await office(t);
    const look = await t.user({ role: 'viewer', organisationId: org.org });
    const c = await createCentre(t, org.caseworker, { villageCode: '12010101' });
    await createCentre(t, org.caseworker, { villageCode: '02030101' });
    await call(t, org.caseworker, 'POST', `/api/centres/${c.id}/transition/stage`, { version: 1, toStage: 'planning', reason: 'Plan agreed', changedOn: today() });
    const home = await t.openCase(org.mine, { stage: 'follow_up' });
    const old = await insertPlacement(t, home.caseId, { careType: 'rcc', status: 'ended' });
    await t.services.db.updateTable('placement').set({ carer_centre_id: c.id }).where('id', '=', old).execute();
    await insertPlacement(t, home.caseId, { careType: 'kinship' });
    const e = (await call(t, org.caseworker, 'POST', '/api/trainings', trainingInput())).json<TTrainingEvent>();
    for (const [name, sex, audience] of [['A', 'female', 'directors'], ['B', 'female', 'directors'], ['C', 'male', 'social_workers']] as const) {
      await call(t, org.caseworker, 'POST', `/api/trainings/${e.id}/participants`, { name, sex, audience });
    }
    await call(t, org.caseworker, 'POST', '/api/outreach-events', outreachInput());

    const res = await call(t, look, 'GET', '/api/centres/dashboard');
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json<TCentresDashboard>();
    expect(d.perStage.find((s) => s.stage === 'planning')!.centres).toBe(1);
    expect(d.perStage.find((s) => s.stage === 'engagement')!.centres).toBe(1);
    expect(d.movedThisQuarter).toBe(1);
    expect(d.perProvince).toEqual([{ provinceCode: '02', centres: 1 }, { provinceCode: '12', centres: 1 }]);
    expect(d.reintegratedByCentre).toEqual([{ centreId: c.id, nameKm: c.nameKm, nameLatin: c.nameLatin, reintegrated: 1 }]);
    expect(d.trainingParticipants.find((r) => r.audience === 'directors')).toEqual({ audience: 'directors', female: 2, male: 0, unknown: 0 });
    expect(d.trainingParticipants.find((r) => r.audience === 'social_workers')).toMatchObject({ male: 1 });
    expect(d.outreachParticipants).toEqual({ female: 15, male: 11, events: 1 });
    // Nothing about any child by name or id.
    expect(res.body).not.toContain(home.childId);
  });

  it('knows where a quarter starts', () => {
    expect(quarterStart('2026-02-14')).toBe('2026-01-01');
    expect(quarterStart('2026-06-30')).toBe('2026-04-01');
    expect(quarterStart('2026-12-02')).toBe('2026-10-01');
  });
});
