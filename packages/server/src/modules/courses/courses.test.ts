import type { TCourse, TCourseFigures, TCourseResults, TCourseTopic } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';
import { fill, shipped, submitted } from '../assessments/test-support.js';
import { call, office, today, daysFromToday, type Office } from '../casework/test-support.js';

let t: TestApp;
let o: Office;
let facilitator: TestUser;
let partner: TestUser;
let stranger: TestUser;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
  facilitator = await t.user({ role: 'facilitator', organisationId: o.org, teamIds: [o.team] });
  partner = await t.user({ role: 'partner', organisationId: o.org });
  stranger = await t.user({ role: 'manager', organisationId: await t.organisation() });
});
afterAll(() => t.close());

const errorOf = (res: { json: <T>() => T }) => res.json<{ error: { code: string; fields?: Array<{ field: string; key: string }> } }>().error;

async function newCourse(body: object = {}): Promise<TCourse> {
  const res = await call(t, facilitator, 'POST', '/api/courses', { name: 'Getting ready', startsOn: daysFromToday(-30), place: 'Centre hall', facilitators: [{ userId: facilitator.id, name: 'Test facilitator' }, { name: 'Dr Kim Sreyleak' }], ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<TCourse>();
}

describe('the curriculum', () => {
  it("is the seed's nine topics in both languages, each tied to its questionnaire, with editable session plans", async () => {
    const topics = (await call(t, facilitator, 'GET', '/api/courses/topics')).json<TCourseTopic[]>();
    expect(topics.map((x) => x.value)).toEqual(['knowing_myself', 'communication', 'living_safely', 'anger_management', 'reproductive_health', 'drug_awareness', 'money_management', 'life_planning', 'goal_setting']);
    expect(topics.find((x) => x.value === 'anger_management')).toMatchObject({ km: 'ការគ្រប់គ្រងកំហឹង', instrumentCode: 'life_skills_anger_management', plan: null });
    const saved = await call(t, facilitator, 'PUT', '/api/courses/topics/anger_management/plan', { plan: 'Warm-up; the anger thermometer; role play' });
    expect(saved.json<TCourseTopic[]>().find((x) => x.value === 'anger_management')?.plan).toBe('Warm-up; the anger thermometer; role play');
    expect(errorOf(await call(t, facilitator, 'PUT', '/api/courses/topics/juggling/plan', { plan: 'x' })).fields).toContainEqual({ field: 'topic', key: 'validation.lookup_unknown' });
    expect((await call(t, partner, 'PUT', '/api/courses/topics/anger_management/plan', { plan: 'x' })).statusCode).toBe(403);
  });
});

describe('courses, sessions and attendance', () => {
  it('enrols young people, holds sessions, takes attendance with a walk-in, and audits who was named', async () => {
    const course = await newCourse();
    expect(course).toMatchObject({ place: 'Centre hall', enrolled: 0, facilitators: [{ userId: facilitator.id }, { name: 'Dr Kim Sreyleak', userId: null }] });
    const a = await t.child(o.mine);
    const b = await t.child({ ...o.mine, ownerId: o.supervisor.id });
    const walkIn = await t.child(o.mine, { given_name_km: 'វណ្ណា' });
    const enrolled = await call(t, facilitator, 'POST', `/api/courses/${course.id}/enrolments`, { personIds: [a, b] });
    expect(enrolled.json<TCourse>().enrolments.map((e) => e.person.id).sort()).toEqual([a, b].sort());
    const withSession = (await call(t, facilitator, 'POST', `/api/courses/${course.id}/sessions`, { topic: 'anger_management', heldOn: daysFromToday(-20) })).json<TCourse>();
    const session = withSession.sessionList[0]!;
    expect(session.facilitators).toHaveLength(2);
    const taken = await call(t, facilitator, 'PUT', `/api/course-sessions/${session.id}/attendance`, { presentIds: [a, walkIn] });
    expect(taken.statusCode, taken.body).toBe(200);
    const after = taken.json<TCourse>();
    expect(after.sessionList[0]!.presentIds.sort()).toEqual([a, walkIn].sort());
    expect(after.enrolments.map((e) => e.person.id)).toContain(walkIn);
    expect((await auditRows(t, session.id)).map((r) => r.details)).toContainEqual({ attendance: { added: expect.arrayContaining([a, walkIn]), removed: [] } });
    expect(errorOf(await call(t, facilitator, 'POST', `/api/courses/${course.id}/sessions`, { topic: 'juggling', heldOn: today() })).fields).toContainEqual({ field: 'topic', key: 'validation.lookup_unknown' });
    expect(errorOf(await call(t, facilitator, 'POST', `/api/courses/${course.id}/sessions`, { topic: 'goal_setting', heldOn: daysFromToday(-60) })).fields).toContainEqual({ field: 'heldOn', key: 'courses.errors.before_course' });
    const strangerChild = await t.child({ organisationId: stranger.organisationId, teamId: null, ownerId: stranger.id });
    expect(errorOf(await call(t, facilitator, 'POST', `/api/courses/${course.id}/enrolments`, { personIds: [strangerChild] })).fields).toContainEqual({ field: 'personIds', key: 'validation.person_unknown' });
  });

  it("hides another organisation's course as 404 and refuses bad input", async () => {
    const course = await newCourse();
    expect((await call(t, stranger, 'GET', `/api/courses/${course.id}`)).statusCode).toBe(404);
    expect((await call(t, stranger, 'POST', `/api/courses/${course.id}/sessions`, { topic: 'goal_setting', heldOn: today() })).statusCode).toBe(404);
    expect((await call(t, partner, 'GET', `/api/courses/${course.id}`)).statusCode).toBe(200);
    expect(errorOf(await call(t, facilitator, 'POST', '/api/courses', { name: 'X', startsOn: today(), endsOn: daysFromToday(-1) })).fields).toContainEqual({ field: 'endsOn', key: 'validation.date_before_start' });
    expect(errorOf(await call(t, facilitator, 'POST', '/api/courses', { name: 'X', startsOn: today(), facilitators: [{ userId: stranger.id, name: 'S' }] })).fields).toContainEqual({ field: 'facilitators', key: 'courses.errors.staff_unknown' });
    expect(errorOf(await call(t, facilitator, 'PATCH', `/api/courses/${course.id}`, { version: 9, name: 'Y' })).code).toBe('record.conflict');
  });
});

describe('pre/post change', () => {
  it('shows each young person’s change on the topic questionnaire and the course mean, and the figures', async () => {
    const course = await newCourse();
    const a = await t.child(o.mine);
    const b = await t.child(o.mine);
    await call(t, facilitator, 'POST', `/api/courses/${course.id}/enrolments`, { personIds: [a, b] });
    const c = (await call(t, facilitator, 'POST', `/api/courses/${course.id}/sessions`, { topic: 'anger_management', heldOn: daysFromToday(-20) })).json<TCourse>();
    await call(t, facilitator, 'PUT', `/api/course-sessions/${c.sessionList[0]!.id}/attendance`, { presentIds: [a] });
    const instrument = await shipped(t, 'life_skills_anger_management');
    const take = (personId: string, on: string, value: number) =>
      submitted(t, o.caseworker, { instrumentId: instrument.id, subjectType: 'person', subjectId: personId, assessedOn: on, answers: fill(instrument.definition, value) });
    const pre = await take(a, daysFromToday(-21), 1);
    const post = await take(a, daysFromToday(-5), 3);
    await take(b, daysFromToday(-21), 2);
    const res = (await call(t, facilitator, 'GET', `/api/courses/${course.id}/results`)).json<TCourseResults>();
    const topic = res.topics[0]!;
    expect(topic.topic).toBe('anger_management');
    const rowA = topic.people.find((p) => p.person.id === a)!;
    expect(rowA).toMatchObject({ pre: pre.total, post: post.total, change: post.total! - pre.total! });
    expect(topic.people.find((p) => p.person.id === b)).toMatchObject({ post: null, change: null });
    expect(topic.meanChange).toBe(post.total! - pre.total!);

    const figures = (await call(t, facilitator, 'GET', '/api/courses/figures')).json<TCourseFigures>();
    expect(figures.sessionsHeld).toBeGreaterThanOrEqual(1);
    expect(figures.measured).toBeGreaterThanOrEqual(1);
    expect(figures.attendanceRate).not.toBeNull();
    const mine = await t.organisation();
    const lonely = await t.user({ role: 'manager', organisationId: mine });
    expect((await call(t, lonely, 'GET', '/api/courses/figures')).json<TCourseFigures>()).toEqual({ courses: 0, sessionsHeld: 0, attendanceRate: null, meanChange: null, measured: 0 });
  });
});

describe("the young person's programmes", () => {
  it('lists their course (sessions attended of held), scholarship and counselling, without notes', async () => {
    const course = await newCourse();
    const personId = await t.child(o.mine);
    await call(t, facilitator, 'POST', `/api/courses/${course.id}/enrolments`, { personIds: [personId], enrolledOn: daysFromToday(-30) });
    const c = (await call(t, facilitator, 'POST', `/api/courses/${course.id}/sessions`, { topic: 'goal_setting', heldOn: daysFromToday(-10) })).json<TCourse>();
    await call(t, facilitator, 'POST', `/api/courses/${course.id}/sessions`, { topic: 'life_planning', heldOn: daysFromToday(-5) });
    await call(t, facilitator, 'PUT', `/api/course-sessions/${c.sessionList[0]!.id}/attendance`, { presentIds: [personId] });
    const s = await call(t, facilitator, 'POST', '/api/scholarships', { personId, appliedOn: today(), provider: 'Don Bosco', course: 'Welding' });
    await call(t, o.caseworker, 'POST', `/api/people/${personId}/counselling-sessions`, { kind: 'counselling', heldOn: today(), counsellorId: o.caseworker.id, notes: 'Private words' });
    const res = await call(t, o.caseworker, 'GET', `/api/people/${personId}/programmes`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).not.toContain('Private words');
    const items = res.json<{ items: Array<{ kind: string; id: string; attended: number | null; held: number | null; status: string | null }> }>().items;
    expect(items).toContainEqual(expect.objectContaining({ kind: 'course', id: course.id, attended: 1, held: 2 }));
    expect(items).toContainEqual(expect.objectContaining({ kind: 'scholarship', id: s.json<{ id: string }>().id, status: 'applied' }));
    expect(items).toContainEqual(expect.objectContaining({ kind: 'counselling', attended: 1 }));
  });
});
