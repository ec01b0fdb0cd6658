import type { TClub, TClubMeeting, TClubSummary } from '@homeward/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';
import { call, office, type Office } from '../casework/test-support.js';
import { createCentre } from '../centres/test-support.js';
import { createClub } from './test-support.js';

let t: TestApp;
let o: Office;
let facilitator: TestUser;
let centreId: string;
let kids: string[];
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
  facilitator = await t.user({ role: 'facilitator', organisationId: o.org, teamIds: [o.team] });
  centreId = (await createCentre(t, o.caseworker)).id;
  // Young people in the caseworker's caseload: the facilitator reaches them through the club.
  kids = [
    await t.child(o.mine, { given_name_km: 'សុភា', sex: 'female', birth_date: '2010-03-01' }),
    await t.child(o.mine, { given_name_km: 'វិចិត្រ', sex: 'male', birth_date: '2009-05-01' }),
    await t.child(o.mine, { given_name_km: 'ស្រីពៅ', sex: 'female', birth_date: '2007-01-01' }),
  ];
});
afterAll(() => t.close());

const errorOf = (res: { json: <T>() => T }) => res.json<{ error: { code: string; fields?: Array<{ field: string; key: string }> } }>().error;

describe('youth clubs', () => {
  it('runs a club: members join, elect a committee, meet, and attendance gives the figures', async () => {
    const club = await createClub(t, facilitator, centreId);
    expect(club).toMatchObject({ facilitatorId: facilitator.id, members: [], committee: [], meetingSchedule: 'Every Saturday 14:00', version: 1 });
    for (const personId of kids) {
      const res = await call(t, facilitator, 'POST', `/api/clubs/${club.id}/members`, { personId, joinedOn: '2025-01-10' });
      expect(res.statusCode, res.body).toBe(201);
    }
    const vote = await call(t, facilitator, 'POST', `/api/clubs/${club.id}/elections`, {
      heldOn: '2025-02-01', termStartsOn: '2025-02-01', candidates: [
        { position: 'president', personId: kids[0], votes: 9, elected: true },
        { position: 'president', personId: kids[1], votes: 4, elected: false },
        { position: 'treasurer', personId: kids[2], votes: 11, elected: true },
      ],
    });
    expect(vote.statusCode, vote.body).toBe(201);
    const elected = vote.json<TClub>();
    expect(elected.committee.map((c) => [c.position, c.person.givenNameKm])).toEqual([['president', 'សុភា'], ['treasurer', 'ស្រីពៅ']]);
    expect(elected.elections[0]!.candidates).toHaveLength(3);

    const meeting = await call(t, facilitator, 'POST', `/api/clubs/${club.id}/meetings`, { heldOn: '2025-03-01', agenda: 'Plan the sports day', decisions: 'Sports day on 20 March' });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const m = meeting.json<TClubMeeting>();
    const walkIn = await t.child(o.mine, { given_name_km: 'ដារ៉ា', sex: 'male' });
    const saved = await call(t, facilitator, 'PUT', `/api/clubs/${club.id}/meetings/${m.id}/attendance`, { presentIds: [kids[0], kids[2], walkIn] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<TClubMeeting>().present.map((p) => p.givenNameKm).sort()).toEqual(['ដារ៉ា', 'ស្រីពៅ', 'សុភា'].sort());
    const audit = await auditRows(t, m.id, 'update');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ record_type: 'club_meeting', actor_id: facilitator.id, details: { attendance: { removed: [] } } });

    // Saving again replaces the list: one ticked off, nobody duplicated.
    await call(t, facilitator, 'PUT', `/api/clubs/${club.id}/meetings/${m.id}/attendance`, { presentIds: [kids[0], walkIn] });
    const full = (await call(t, facilitator, 'GET', `/api/clubs/${club.id}`)).json<TClub>();
    expect(full.meetings[0]!.presentIds.sort()).toEqual([kids[0], walkIn].sort());
    // Of three members one came (the walk-in is not a member): a third.
    expect(full.figures).toMatchObject({ members: 3, meetingsHeld: 1, bySex: { female: 2, male: 1 } });
    expect(full.figures.attendanceRate).toBeCloseTo(1 / 3);
    expect(Object.values(full.figures.byAgeBand).reduce((a, b) => a + b, 0)).toBe(3);

    // The read of the club is audited as a list read of the people it names.
    const lists = await t.services.db.selectFrom('audit_log').select('details').where('actor_id', '=', facilitator.id).where('action', '=', 'list').where('record_type', '=', 'person').execute();
    expect(lists.some((l) => JSON.stringify(l.details).includes(kids[1]!))).toBe(true);

    // A member leaves: history stays, the count drops.
    const memberId = full.members.find((x) => x.person.id === kids[1])!.id;
    const left = await call(t, facilitator, 'POST', `/api/clubs/${club.id}/members/${memberId}/leave`, { leftOn: '2025-04-01', reason: 'Went home to family' });
    expect(left.statusCode, left.body).toBe(200);
    expect(left.json<TClub>().figures.members).toBe(2);
    expect(left.json<TClub>().members.find((x) => x.id === memberId)).toMatchObject({ leftOn: '2025-04-01', leaveReason: 'Went home to family' });
  });

  it('refuses bad input with field errors and changes nothing', async () => {
    const club = await createClub(t, facilitator, centreId);
    expect(errorOf(await call(t, facilitator, 'POST', '/api/clubs', { centreId: crypto.randomUUID(), name: 'X' })).fields).toContainEqual({ field: 'centreId', key: 'validation.invalid' });
    expect((await call(t, facilitator, 'POST', '/api/clubs', { centreId, name: ' ' })).statusCode).toBe(400);
    await call(t, facilitator, 'POST', `/api/clubs/${club.id}/members`, { personId: kids[0], joinedOn: '2025-01-10' });
    expect(errorOf(await call(t, facilitator, 'POST', `/api/clubs/${club.id}/members`, { personId: kids[0], joinedOn: '2025-01-10' })).fields)
      .toContainEqual({ field: 'personId', key: 'validation.person_repeated' });
    const stranger = await t.child({ organisationId: (await t.organisation()), teamId: null, ownerId: o.caseworker.id });
    expect(errorOf(await call(t, facilitator, 'POST', `/api/clubs/${club.id}/members`, { personId: stranger, joinedOn: '2025-01-10' })).fields)
      .toContainEqual({ field: 'personId', key: 'validation.person_unknown' });
    const bad = await call(t, facilitator, 'POST', `/api/clubs/${club.id}/elections`, {
      heldOn: '2025-02-01', termStartsOn: '2025-02-01', termEndsOn: '2024-01-01',
      candidates: [{ position: 'emperor', personId: kids[0], elected: true }, { position: 'president', personId: kids[1], elected: true }],
    });
    expect(errorOf(bad).fields).toEqual(expect.arrayContaining([
      { field: 'termEndsOn', key: 'validation.date_before_start' },
      { field: 'candidates.0.position', key: 'validation.lookup_unknown' },
      { field: 'candidates.1.personId', key: 'validation.person_unknown' },
    ]));
    expect(errorOf(await call(t, facilitator, 'POST', `/api/clubs/${club.id}/meetings`, { heldOn: '2999-01-01' })).fields).toContainEqual({ field: 'heldOn', key: 'validation.date_in_future' });
    const after = (await call(t, facilitator, 'GET', `/api/clubs/${club.id}`)).json<TClub>();
    expect([after.members.length, after.elections.length, after.meetings.length]).toEqual([1, 0, 0]);
    expect(errorOf(await call(t, facilitator, 'PATCH', `/api/clubs/${club.id}`, { version: 9, name: 'Y' })).code).toBe('record.conflict');
  });

  it("shows a partner only their own centre's club, and another organisation's club is a 404", async () => {
    const mine = await createClub(t, o.caseworker, centreId, { name: 'Partner centre club' });
    const otherCentre = (await createCentre(t, o.caseworker, { nameLatin: 'Other centre' })).id;
    const theirs = await createClub(t, o.caseworker, otherCentre, { name: 'Other club' });
    const partner = await t.user({ role: 'partner', organisationId: o.org });
    await sql`insert into centre_user (user_id, centre_id, organisation_id) values (${partner.id}, ${centreId}, ${o.org})`.execute(t.services.db);
    const listed = (await call(t, partner, 'GET', '/api/clubs?pageSize=100')).json<{ items: TClubSummary[] }>().items.map((c) => c.id);
    expect(listed).toContain(mine.id);
    expect(listed).not.toContain(theirs.id);
    expect((await call(t, partner, 'GET', `/api/clubs/${mine.id}`)).statusCode).toBe(200);
    expect((await call(t, partner, 'GET', `/api/clubs/${theirs.id}`)).statusCode).toBe(404);
    expect((await call(t, partner, 'POST', `/api/clubs/${mine.id}/meetings`, { heldOn: '2025-01-01' })).statusCode).toBe(403);
    const outsider = await t.user({ role: 'manager', organisationId: await t.organisation() });
    expect((await call(t, outsider, 'GET', `/api/clubs/${mine.id}`)).statusCode).toBe(404);
    // A facilitator who does not run the club does not see it either.
    expect((await call(t, facilitator, 'GET', `/api/clubs/${mine.id}`)).statusCode).toBe(404);
  });
});
