import type { TClub, TClubMeeting, TClubSummary } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';
import { call, office, type Office } from '../casework/test-support.js';
import { createCentre } from '../centres/test-support.js';
import { createClub } from './test-support.js';

/* Correcting a club's records: meetings and elections edited (409 when stale) and archived (kept, hidden). */

let t: TestApp;
let o: Office;
let facilitator: TestUser;
let stranger: TestUser;
let centreId: string;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
  facilitator = await t.user({ role: 'facilitator', organisationId: o.org, teamIds: [o.team] });
  stranger = await t.user({ role: 'manager', organisationId: await t.organisation() });
  centreId = (await createCentre(t, o.caseworker)).id;
});
afterAll(() => t.close());

const errorOf = (res: { json: <T>() => T }) => res.json<{ error: { code: string; fields?: Array<{ field: string; key: string }> } }>().error;

async function clubWithMembers(n: number): Promise<{ club: TClub; kids: string[] }> {
  const club = await createClub(t, facilitator, centreId);
  const kids: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const personId = await t.child(o.mine);
    kids.push(personId);
    await call(t, facilitator, 'POST', `/api/clubs/${club.id}/members`, { personId, joinedOn: '2025-01-10' });
  }
  return { club, kids };
}

describe('club meetings', () => {
  it('are corrected with the version read (409 when stale), and archived out of the lists and figures', async () => {
    const { club, kids } = await clubWithMembers(2);
    const m = (await call(t, facilitator, 'POST', `/api/clubs/${club.id}/meetings`, { heldOn: '2025-03-01', agenda: 'Sports day' })).json<TClubMeeting>();
    await call(t, facilitator, 'PUT', `/api/clubs/${club.id}/meetings/${m.id}/attendance`, { presentIds: [kids[0]] });
    const other = (await call(t, facilitator, 'POST', `/api/clubs/${club.id}/meetings`, { heldOn: '2025-04-01' })).json<TClubMeeting>();
    await call(t, facilitator, 'PUT', `/api/clubs/${club.id}/meetings/${other.id}/attendance`, { presentIds: kids });
    expect(m.version).toBe(1);

    const edited = await call(t, facilitator, 'PATCH', `/api/clubs/${club.id}/meetings/${m.id}`, { version: 1, heldOn: '2025-03-02', decisions: 'Sports day on 20 March' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<TClubMeeting>()).toMatchObject({ heldOn: '2025-03-02', agenda: 'Sports day', decisions: 'Sports day on 20 March', version: 2 });
    const stale = await call(t, facilitator, 'PATCH', `/api/clubs/${club.id}/meetings/${m.id}`, { version: 1, agenda: 'Lost' });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe('record.conflict');
    expect(errorOf(await call(t, facilitator, 'PATCH', `/api/clubs/${club.id}/meetings/${m.id}`, { version: 2, heldOn: '2999-01-01' })).fields).toContainEqual({ field: 'heldOn', key: 'validation.date_in_future' });
    expect((await auditRows(t, m.id, 'update')).some((r) => JSON.stringify(r.changes).includes('2025-03-02'))).toBe(true);

    expect((await call(t, stranger, 'POST', `/api/clubs/${club.id}/meetings/${m.id}/archive`, { version: 2 })).statusCode).toBe(404);
    expect((await call(t, facilitator, 'POST', `/api/clubs/${club.id}/meetings/${m.id}/archive`, { version: 1 })).statusCode).toBe(409);
    const archived = await call(t, facilitator, 'POST', `/api/clubs/${club.id}/meetings/${m.id}/archive`, { version: 2 });
    expect(archived.statusCode, archived.body).toBe(200);
    const after = archived.json<TClub>();
    expect(after.meetings.map((x) => x.id)).toEqual([other.id]);
    // One meeting left, both members came: the archived one (one of two came) no longer counts.
    expect(after.figures).toMatchObject({ meetingsHeld: 1, attendanceRate: 1 });
    const withArchived = (await call(t, facilitator, 'GET', `/api/clubs/${club.id}?includeArchived=true`)).json<TClub>();
    expect(withArchived.meetings.find((x) => x.id === m.id)?.archivedAt).not.toBeNull();
    expect(withArchived.figures.meetingsHeld).toBe(1);
    // Kept, readable, but no longer changed.
    expect((await call(t, facilitator, 'GET', `/api/clubs/${club.id}/meetings/${m.id}`)).json<TClubMeeting>().archivedAt).not.toBeNull();
    expect((await call(t, facilitator, 'PATCH', `/api/clubs/${club.id}/meetings/${m.id}`, { version: 3, agenda: 'x' })).statusCode).toBe(404);
    expect((await call(t, facilitator, 'PUT', `/api/clubs/${club.id}/meetings/${m.id}/attendance`, { presentIds: [] })).statusCode).toBe(404);
    expect((await auditRows(t, m.id, 'archive'))).toHaveLength(1);
    // The club list's last meeting skips it, and a young person's programmes count only the kept meeting.
    const listed = (await call(t, facilitator, 'GET', '/api/clubs?pageSize=100')).json<{ items: TClubSummary[] }>().items.find((c) => c.id === club.id);
    expect(listed?.lastMeetingOn).toBe('2025-04-01');
    const items = (await call(t, facilitator, 'GET', `/api/people/${kids[0]}/programmes`)).json<{ items: Array<{ kind: string; attended: number; held: number }> }>().items;
    expect(items.find((i) => i.kind === 'club')).toMatchObject({ attended: 1, held: 1 });
  });

  it("answers 404 for another organisation's club meeting and for a meeting of another club", async () => {
    const { club } = await clubWithMembers(0);
    const second = await createClub(t, facilitator, centreId, { name: 'Second' });
    const m = (await call(t, facilitator, 'POST', `/api/clubs/${club.id}/meetings`, { heldOn: '2025-03-01' })).json<TClubMeeting>();
    expect((await call(t, stranger, 'PATCH', `/api/clubs/${club.id}/meetings/${m.id}`, { version: 1, agenda: 'x' })).statusCode).toBe(404);
    expect((await call(t, facilitator, 'PATCH', `/api/clubs/${second.id}/meetings/${m.id}`, { version: 1, agenda: 'x' })).statusCode).toBe(404);
  });
});

describe('club elections', () => {
  it("are corrected (the results replaced, the committee follows), 409 when stale, and archived out of the committee", async () => {
    const { club, kids } = await clubWithMembers(3);
    const recorded = (await call(t, facilitator, 'POST', `/api/clubs/${club.id}/elections`, {
      heldOn: '2025-02-01', termStartsOn: '2025-02-01', candidates: [
        { position: 'president', personId: kids[0], votes: 9, elected: true },
        { position: 'president', personId: kids[1], votes: 4, elected: false },
      ],
    })).json<TClub>();
    const election = recorded.elections[0]!;
    expect(recorded.committee.map((c) => c.person.id)).toEqual([kids[0]]);
    expect(election.version).toBe(1);

    // The count was wrong: kids[1] won.
    const corrected = await call(t, facilitator, 'PATCH', `/api/clubs/${club.id}/elections/${election.id}`, {
      version: 1, notes: 'Recounted', candidates: [
        { position: 'president', personId: kids[0], votes: 4, elected: false },
        { position: 'president', personId: kids[1], votes: 9, elected: true },
        { position: 'treasurer', personId: kids[2], votes: 7, elected: true },
      ],
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const c = corrected.json<TClub>();
    expect(c.committee.map((x) => [x.position, x.person.id])).toEqual([['president', kids[1]], ['treasurer', kids[2]]]);
    expect(c.elections[0]).toMatchObject({ id: election.id, notes: 'Recounted', version: 2 });
    expect(c.elections[0]!.candidates).toHaveLength(3);
    const audit = await auditRows(t, club.id, 'update');
    expect(audit.some((r) => JSON.stringify(r.changes).includes('"election"') && JSON.stringify(r.changes).includes(kids[1]!))).toBe(true);

    expect((await call(t, facilitator, 'PATCH', `/api/clubs/${club.id}/elections/${election.id}`, { version: 1, notes: 'Lost' })).statusCode).toBe(409);
    const badFix = await call(t, facilitator, 'PATCH', `/api/clubs/${club.id}/elections/${election.id}`, { version: 2, termEndsOn: '2024-01-01', candidates: [{ position: 'emperor', personId: kids[0], elected: true }] });
    expect(errorOf(badFix).fields).toEqual(expect.arrayContaining([{ field: 'termEndsOn', key: 'validation.date_before_start' }, { field: 'candidates.0.position', key: 'validation.lookup_unknown' }]));
    expect((await call(t, stranger, 'PATCH', `/api/clubs/${club.id}/elections/${election.id}`, { version: 2, notes: 'x' })).statusCode).toBe(404);

    expect((await call(t, facilitator, 'POST', `/api/clubs/${club.id}/elections/${election.id}/archive`, { version: 1 })).statusCode).toBe(409);
    const archived = await call(t, facilitator, 'POST', `/api/clubs/${club.id}/elections/${election.id}/archive`, { version: 2 });
    expect(archived.statusCode, archived.body).toBe(200);
    expect(archived.json<TClub>()).toMatchObject({ elections: [], committee: [] });
    const all = (await call(t, facilitator, 'GET', `/api/clubs/${club.id}?includeArchived=true`)).json<TClub>();
    expect(all.elections.map((e) => [e.id, e.archivedAt !== null])).toEqual([[election.id, true]]);
    expect(all.committee).toEqual([]);
    expect((await call(t, facilitator, 'PATCH', `/api/clubs/${club.id}/elections/${election.id}`, { version: 3, notes: 'x' })).statusCode).toBe(404);
  });
});
