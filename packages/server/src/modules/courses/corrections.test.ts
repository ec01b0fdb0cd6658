import { searchKey, type TCourse, type TCourseFigures, type TCourseResults, type TCourseSummary, type TProgrammePerson } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';
import { fill, shipped, submitted } from '../assessments/test-support.js';
import { call, daysFromToday, office, type Office } from '../casework/test-support.js';

/* Correcting courses (edit, archive), withdrawing from a course, the figures in one statement, and the programme people picker. */

let t: TestApp;
let o: Office;
let facilitator: TestUser;
let stranger: TestUser;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
  facilitator = await t.user({ role: 'facilitator', organisationId: o.org, teamIds: [o.team] });
  stranger = await t.user({ role: 'manager', organisationId: await t.organisation() });
});
afterAll(() => t.close());

const errorOf = (res: { json: <T>() => T }) => res.json<{ error: { code: string; fields?: Array<{ field: string; key: string }> } }>().error;

async function newCourse(user: TestUser = facilitator, body: object = {}): Promise<TCourse> {
  const res = await call(t, user, 'POST', '/api/courses', { name: 'Getting ready', startsOn: daysFromToday(-60), place: 'Centre hall', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<TCourse>();
}
const sessionOn = async (user: TestUser, courseId: string, topic: string, heldOn: string) =>
  (await call(t, user, 'POST', `/api/courses/${courseId}/sessions`, { topic, heldOn })).json<TCourse>().sessionList.find((s) => s.heldOn === heldOn && s.topic === topic)!;

describe('correcting a course', () => {
  it('edits title, dates, place and facilitators; a stale version is 409 and changes nothing', async () => {
    const course = await newCourse();
    const edited = await call(t, facilitator, 'PATCH', `/api/courses/${course.id}`, {
      version: course.version, name: 'Ready for work', startsOn: daysFromToday(-50), endsOn: daysFromToday(10), place: 'Pagoda hall', facilitators: [{ name: 'Ms Dara' }],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<TCourse>()).toMatchObject({ name: 'Ready for work', startsOn: daysFromToday(-50), endsOn: daysFromToday(10), place: 'Pagoda hall', facilitators: [{ name: 'Ms Dara', userId: null }], version: course.version + 1 });
    const stale = await call(t, facilitator, 'PATCH', `/api/courses/${course.id}`, { version: course.version, name: 'Lost edit' });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe('record.conflict');
    expect((await call(t, facilitator, 'GET', `/api/courses/${course.id}`)).json<TCourse>().name).toBe('Ready for work');
  });

  it('archives a course: 409 when stale, gone from the list and figures unless asked for, kept readable, no more writes; another organisation gets 404', async () => {
    const course = await newCourse(facilitator, { name: 'Archive me' });
    expect((await call(t, stranger, 'POST', `/api/courses/${course.id}/archive`, { version: course.version })).statusCode).toBe(404);
    expect((await call(t, facilitator, 'POST', `/api/courses/${course.id}/archive`, { version: course.version + 3 })).statusCode).toBe(409);
    const archived = await call(t, facilitator, 'POST', `/api/courses/${course.id}/archive`, { version: course.version });
    expect(archived.statusCode, archived.body).toBe(200);
    expect(archived.json<TCourse>().archivedAt).not.toBeNull();
    const listed = (await call(t, facilitator, 'GET', '/api/courses?pageSize=100')).json<{ items: TCourseSummary[] }>().items.map((c) => c.id);
    expect(listed).not.toContain(course.id);
    const all = (await call(t, facilitator, 'GET', '/api/courses?pageSize=100&includeArchived=true')).json<{ items: TCourseSummary[] }>().items;
    expect(all.find((c) => c.id === course.id)?.archivedAt).not.toBeNull();
    expect((await call(t, facilitator, 'GET', `/api/courses/${course.id}`)).statusCode).toBe(200);
    expect((await call(t, facilitator, 'PATCH', `/api/courses/${course.id}`, { version: course.version + 1, name: 'Back' })).statusCode).toBe(404);
    expect((await call(t, facilitator, 'POST', `/api/courses/${course.id}/sessions`, { topic: 'goal_setting', heldOn: daysFromToday(-1) })).statusCode).toBe(404);
    expect((await auditRows(t, course.id)).map((r) => r.action)).toContain('archive');
  });
});

describe('withdrawing from a course', () => {
  it('takes the young person off the attendance sheet of later sessions, keeps the history, and refuses bad dates', async () => {
    const course = await newCourse();
    const [stays, leaves] = [await t.child(o.mine), await t.child(o.mine)];
    await call(t, facilitator, 'POST', `/api/courses/${course.id}/enrolments`, { personIds: [stays, leaves], enrolledOn: daysFromToday(-60) });
    const before = await sessionOn(facilitator, course.id, 'goal_setting', daysFromToday(-40));
    await call(t, facilitator, 'PUT', `/api/course-sessions/${before.id}/attendance`, { presentIds: [stays, leaves] });

    expect(errorOf(await call(t, facilitator, 'POST', `/api/courses/${course.id}/enrolments/${leaves}/withdraw`, { leftOn: daysFromToday(-90) })).fields)
      .toContainEqual({ field: 'leftOn', key: 'validation.date_before_start' });
    expect(errorOf(await call(t, facilitator, 'POST', `/api/courses/${course.id}/enrolments/${leaves}/withdraw`, { leftOn: daysFromToday(5) })).fields)
      .toContainEqual({ field: 'leftOn', key: 'validation.date_in_future' });
    expect((await call(t, stranger, 'POST', `/api/courses/${course.id}/enrolments/${leaves}/withdraw`, { leftOn: daysFromToday(-30) })).statusCode).toBe(404);
    const res = await call(t, facilitator, 'POST', `/api/courses/${course.id}/enrolments/${leaves}/withdraw`, { leftOn: daysFromToday(-30), reason: 'Moved to Siem Reap' });
    expect(res.statusCode, res.body).toBe(200);
    // Withdrawing twice is not possible: the enrolment has ended.
    expect((await call(t, facilitator, 'POST', `/api/courses/${course.id}/enrolments/${leaves}/withdraw`, { leftOn: daysFromToday(-20) })).statusCode).toBe(404);

    const after = await sessionOn(facilitator, course.id, 'life_planning', daysFromToday(-10));
    const c = (await call(t, facilitator, 'GET', `/api/courses/${course.id}`)).json<TCourse>();
    expect(c.enrolments.find((e) => e.person.id === leaves)).toMatchObject({ leftOn: daysFromToday(-30), leaveReason: 'Moved to Siem Reap' });
    expect(c.sessionList.find((s) => s.id === before.id)!.expectedIds.sort()).toEqual([stays, leaves].sort());
    expect(c.sessionList.find((s) => s.id === after.id)!.expectedIds).toEqual([stays]);
    // Their history: the session before they left, of the one session held while enrolled.
    const items = (await call(t, o.caseworker, 'GET', `/api/people/${leaves}/programmes`)).json<{ items: Array<{ kind: string; id: string; attended: number; held: number; status: string }> }>().items;
    expect(items).toContainEqual(expect.objectContaining({ kind: 'course', id: course.id, attended: 1, held: 1, status: 'left' }));
    const audited = await t.services.db.selectFrom('audit_log').select(['record_type', 'changes', 'details']).where('action', '=', 'update')
      .where('record_type', '=', 'course_enrolment').where('actor_id', '=', facilitator.id).execute();
    expect(audited).toEqual([expect.objectContaining({
      changes: expect.objectContaining({ left_on: { before: null, after: daysFromToday(-30) }, leave_reason: { before: null, after: 'Moved to Siem Reap' } }),
      details: { courseId: course.id, withdrawal: true },
    })]);
  });
});

describe('course figures', () => {
  it('add up, in one statement, what the courses show one by one: sessions, expected and attended, the mean change', async () => {
    // A fresh organisation so the figures hold exactly these courses.
    const org = await t.organisation();
    const team = await t.team(org);
    const manager = await t.user({ role: 'manager', organisationId: org, teamIds: [team] });
    const where = { organisationId: org, teamId: team, ownerId: manager.id };
    const [a, b, c] = [await t.child(where), await t.child(where), await t.child(where)];
    const one = await newCourse(manager, { name: 'One', startsOn: daysFromToday(-100) });
    const two = await newCourse(manager, { name: 'Two', startsOn: daysFromToday(-100) });
    const gone = await newCourse(manager, { name: 'Archived', startsOn: daysFromToday(-100) });
    await call(t, manager, 'POST', `/api/courses/${one.id}/enrolments`, { personIds: [a, b], enrolledOn: daysFromToday(-100) });
    await call(t, manager, 'POST', `/api/courses/${two.id}/enrolments`, { personIds: [c], enrolledOn: daysFromToday(-100) });
    await call(t, manager, 'POST', `/api/courses/${gone.id}/enrolments`, { personIds: [a], enrolledOn: daysFromToday(-100) });
    const s1 = await sessionOn(manager, one.id, 'anger_management', daysFromToday(-80));
    const s2 = await sessionOn(manager, one.id, 'goal_setting', daysFromToday(-40));
    const s3 = await sessionOn(manager, two.id, 'anger_management', daysFromToday(-70));
    const s4 = await sessionOn(manager, gone.id, 'anger_management', daysFromToday(-70));
    await call(t, manager, 'PUT', `/api/course-sessions/${s1.id}/attendance`, { presentIds: [a, b] });
    await call(t, manager, 'PUT', `/api/course-sessions/${s3.id}/attendance`, { presentIds: [c] });
    await call(t, manager, 'PUT', `/api/course-sessions/${s4.id}/attendance`, { presentIds: [a] });
    // b withdraws before the second session of course one: expected are a and b, a and b, a (of s2), c.
    await call(t, manager, 'POST', `/api/courses/${one.id}/enrolments/${b}/withdraw`, { leftOn: daysFromToday(-60) });
    await call(t, manager, 'PUT', `/api/course-sessions/${s2.id}/attendance`, { presentIds: [a] });
    await call(t, manager, 'POST', `/api/courses/${gone.id}/archive`, { version: gone.version });

    const anger = await shipped(t, 'life_skills_anger_management');
    const take = (personId: string, on: string, value: number) =>
      submitted(t, manager, { instrumentId: anger.id, subjectType: 'person', subjectId: personId, assessedOn: on, answers: fill(anger.definition, value) });
    const preA = await take(a, daysFromToday(-81), 1);
    await take(a, daysFromToday(-30), 2); // superseded by the later post
    const postA = await take(a, daysFromToday(-20), 3);
    await take(b, daysFromToday(-85), 2); // pre only: not measured
    const preC = await take(c, daysFromToday(-75), 2);
    const postC = await take(c, daysFromToday(-10), 3);

    const figures = (await call(t, manager, 'GET', '/api/courses/figures')).json<TCourseFigures>();
    const changeA = postA.total! - preA.total!;
    const changeC = postC.total! - preC.total!;
    expect(figures).toMatchObject({ courses: 2, sessionsHeld: 3, measured: 2, meanChange: Math.round(((changeA + changeC) / 2) * 100) / 100 });
    // Expected: 2 (s1) + 1 (s2, b withdrawn) + 1 (s3) = 4; present: 2 + 1 + 1.
    expect(figures.attendanceRate).toBe(1);
    // The same changes as each course's results page.
    const results = await Promise.all([one, two].map(async (k) => (await call(t, manager, 'GET', `/api/courses/${k.id}/results`)).json<TCourseResults>()));
    const changes = results.flatMap((r) => r.topics.flatMap((x) => x.people.flatMap((p) => (p.change === null ? [] : [p.change]))));
    expect(changes.sort()).toEqual([changeA, changeC].sort());
    // Another organisation's figures hold none of these.
    expect((await call(t, stranger, 'GET', '/api/courses/figures')).json<TCourseFigures>()).toMatchObject({ courses: 0, sessionsHeld: 0, measured: 0 });
  });
});

describe('finding a young person for a programme', () => {
  it("finds anyone of the organisation by a part of a Khmer or Latin name, not only the caller's caseload, and nobody of another organisation", async () => {
    const other = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
    const theirs = await t.child({ organisationId: o.org, teamId: o.team, ownerId: other.id }, { given_name_km: 'សុវណ្ណារី', given_name_latin: 'Sovannary', family_name_latin: 'Keo', search_key: searchKey('ចាន់', 'សុវណ្ណារី', 'Keo', 'Sovannary') });
    await t.child({ organisationId: stranger.organisationId, teamId: null, ownerId: stranger.id }, { given_name_km: 'សុវណ្ណារី', given_name_latin: 'Sovannary', search_key: searchKey('ចាន់', 'សុវណ្ណារី', 'Chan', 'Sovannary') });
    const byLatin = (await call(t, facilitator, 'GET', '/api/programmes/people?q=sovann')).json<TProgrammePerson[]>();
    expect(byLatin.map((p) => p.id)).toEqual([theirs]);
    const byKhmer = (await call(t, facilitator, 'GET', `/api/programmes/people?q=${encodeURIComponent('សុវណ្ណ')}`)).json<TProgrammePerson[]>();
    expect(byKhmer.map((p) => p.id)).toEqual([theirs]);
    expect(byKhmer[0]).not.toHaveProperty('caseNumber');
    const partner = await t.user({ role: 'partner', organisationId: o.org });
    expect((await call(t, partner, 'GET', '/api/programmes/people?q=sovann')).statusCode).toBe(403);
  });
});
