import type { TScholarship, TScholarshipFigures } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';
import { call, office, today, type Office } from '../casework/test-support.js';

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

async function apply(user: TestUser = facilitator): Promise<TScholarship> {
  const personId = await t.child(o.mine);
  const res = await call(t, user, 'POST', '/api/scholarships', { personId, appliedOn: '2026-01-10', provider: 'Don Bosco', course: 'Tailoring', trade: 'tailoring', cost: 400 });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<TScholarship>();
}

const move = (s: { id: string }, version: number, status: string, extra: object = {}) =>
  call(t, facilitator, 'POST', `/api/scholarships/${s.id}/status`, { version, status, changedOn: today(), ...extra });

describe('a scholarship from application to a job', () => {
  it('walks the whole path, keeping the history, money paid, check-ins and the outcome, each write audited', async () => {
    const s = await apply();
    expect(s).toMatchObject({ status: 'applied', provider: 'Don Bosco', cost: 400, currency: 'USD', disbursed: 0, version: 1, person: { givenNameKm: 'សុភា' } });
    expect(s.history).toMatchObject([{ fromStatus: null, toStatus: 'applied', changedOn: '2026-01-10' }]);
    let v = s.version;
    for (const status of ['under_review', 'awarded', 'in_training']) {
      const res = await move(s, v, status);
      expect(res.statusCode, res.body).toBe(200);
      v = res.json<TScholarship>().version;
    }
    expect((await call(t, facilitator, 'POST', `/api/scholarships/${s.id}/disbursements`, { paidOn: today(), amount: 150, purpose: 'Fees' })).statusCode).toBe(200);
    expect((await call(t, facilitator, 'POST', `/api/scholarships/${s.id}/disbursements`, { paidOn: today(), amount: 50 })).statusCode).toBe(200);
    expect((await call(t, facilitator, 'POST', `/api/scholarships/${s.id}/check-ins`, { checkedOn: today(), progress: 'struggling', note: 'Finds the sewing machine hard' })).statusCode).toBe(200);
    const done = (await move(s, v, 'completed')).json<TScholarship>();
    expect(done.status).toBe('completed');
    const outcome = await call(t, facilitator, 'POST', `/api/scholarships/${s.id}/outcome`, { version: done.version, outcome: 'employed', outcomeOn: today(), note: 'Tailor in Phnom Penh' });
    expect(outcome.statusCode, outcome.body).toBe(200);
    const final = outcome.json<TScholarship>();
    expect(final).toMatchObject({ status: 'completed', outcome: 'employed', outcomeNote: 'Tailor in Phnom Penh', disbursed: 200, startsOn: today() });
    expect(final.history.map((h) => h.toStatus)).toEqual(['applied', 'under_review', 'awarded', 'in_training', 'completed']);
    expect(final.checkIns).toMatchObject([{ progress: 'struggling' }]);
    expect(final.disbursements.map((d) => d.amount)).toEqual([150, 50]);

    expect(await auditRows(t, s.id, 'create')).toHaveLength(1);
    expect((await auditRows(t, s.id, 'update')).map((a) => a.details)).toEqual([
      { from: 'applied', to: 'under_review' }, { from: 'under_review', to: 'awarded' }, { from: 'awarded', to: 'in_training' }, { from: 'in_training', to: 'completed' },
    ]);
    expect((await auditRows(t, s.id, 'record')).map((a) => a.details)).toEqual([{ outcome: 'employed' }]);
    const reads = await auditRows(t, s.id, 'read');
    expect(reads.length).toBeGreaterThan(0);
    expect(reads[0]).toMatchObject({ record_type: 'scholarship', actor_id: facilitator.id });
  });

  it('refuses a move the path does not allow with a translated reason, and changes nothing', async () => {
    const s = await apply();
    const skip = await move(s, 1, 'completed');
    expect(skip.statusCode).toBe(400);
    expect(errorOf(skip).fields).toContainEqual({ field: 'status', key: 'scholarships.errors.illegal_move', params: { from: 'applied', to: 'completed' } });
    const early = await call(t, facilitator, 'POST', `/api/scholarships/${s.id}/outcome`, { version: 1, outcome: 'employed', outcomeOn: today() });
    expect(errorOf(early).fields).toContainEqual({ field: 'outcome', key: 'scholarships.errors.outcome_too_early' });
    const money = await call(t, facilitator, 'POST', `/api/scholarships/${s.id}/disbursements`, { paidOn: today(), amount: 10 });
    expect(errorOf(money).fields).toContainEqual({ field: 'amount', key: 'scholarships.errors.not_awarded' });
    const after = (await call(t, facilitator, 'GET', `/api/scholarships/${s.id}`)).json<TScholarship>();
    expect(after).toMatchObject({ status: 'applied', version: 1, disbursed: 0, history: [{ toStatus: 'applied' }] });
  });

  it('needs a reason to decline, and a declined scholarship goes nowhere', async () => {
    const s = await apply();
    expect(errorOf(await move(s, 1, 'declined')).fields).toContainEqual({ field: 'declineReason', key: 'scholarships.errors.decline_reason_required' });
    const declined = await move(s, 1, 'declined', { declineReason: 'Course full this year' });
    expect(declined.json<TScholarship>()).toMatchObject({ status: 'declined', declineReason: 'Course full this year' });
    expect(errorOf(await move(s, 2, 'under_review')).fields?.[0]?.key).toBe('scholarships.errors.illegal_move');
    expect(errorOf(await move(s, 1, 'under_review')).code).toBe('record.conflict');
  });

  it('refuses bad input without writing', async () => {
    const personId = await t.child(o.mine);
    const post = (body: object) => call(t, facilitator, 'POST', '/api/scholarships', { personId, appliedOn: today(), provider: 'X', course: 'Y', ...body });
    expect(errorOf(await post({ appliedOn: '2999-01-01' })).fields).toContainEqual({ field: 'appliedOn', key: 'validation.date_future' });
    expect(errorOf(await post({ startsOn: '2026-03-01', endsOn: '2026-02-01' })).fields).toContainEqual({ field: 'endsOn', key: 'validation.date_before_start' });
    expect((await post({ provider: ' ' })).statusCode).toBe(400);
    expect((await post({ cost: -5 })).statusCode).toBe(400);
    const list = await call(t, facilitator, 'GET', `/api/scholarships?personId=${personId}`);
    expect(list.json<{ total: number }>().total).toBe(0);
  });
});

describe('who sees scholarships', () => {
  it("answers 404 for another organisation's scholarship and person; a partner, outside any centre, neither", async () => {
    const s = await apply();
    expect((await call(t, stranger, 'GET', `/api/scholarships/${s.id}`)).statusCode).toBe(404);
    expect((await call(t, stranger, 'POST', `/api/scholarships/${s.id}/status`, { version: 1, status: 'under_review' })).statusCode).toBe(404);
    const foreign = await call(t, stranger, 'POST', '/api/scholarships', { personId: await t.child(o.mine), appliedOn: today(), provider: 'X', course: 'Y' });
    expect(foreign.statusCode).toBe(404);
    // A partner reads young people's records only through their centre; a scholarship names none.
    expect((await call(t, partner, 'GET', `/api/scholarships/${s.id}`)).statusCode).toBe(404);
    expect((await call(t, partner, 'POST', `/api/scholarships/${s.id}/status`, { version: 1, status: 'under_review' })).statusCode).toBe(403);
    const theirs = await call(t, stranger, 'GET', '/api/scholarships');
    expect(theirs.json<{ items: Array<{ id: string }> }>().items.map((i) => i.id)).not.toContain(s.id);
  });

  it('counts scholarships by status and outcome within the organisation only', async () => {
    const before = (await call(t, o.caseworker, 'GET', '/api/scholarships/figures')).json<TScholarshipFigures>();
    await apply();
    const after = (await call(t, o.caseworker, 'GET', '/api/scholarships/figures')).json<TScholarshipFigures>();
    expect(after.total).toBe(before.total + 1);
    expect(after.byStatus.applied).toBe((before.byStatus.applied ?? 0) + 1);
    expect((await call(t, stranger, 'GET', '/api/scholarships/figures')).json<TScholarshipFigures>().total).toBe(0);
  });
});

describe('certificates', () => {
  it('attaches a certificate as one of the person’s papers once training has begun', async () => {
    const s = await apply(o.caseworker);
    const boundary = 'b0undary';
    const upload = () => t.request(o.caseworker, {
      method: 'POST', url: `/api/scholarships/${s.id}/certificates`, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="certificate.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
        Buffer.from('%PDF-1.4\n%%EOF\n'), Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    });
    expect(errorOf(await upload()).fields).toContainEqual({ field: 'file', key: 'scholarships.errors.certificate_too_early' });
    let v = 1;
    for (const status of ['under_review', 'awarded', 'in_training']) v = (await move(s, v, status)).json<TScholarship>().version;
    const res = await upload();
    expect(res.statusCode, res.body).toBe(200);
    const [cert] = res.json<TScholarship>().certificates;
    expect(cert).toMatchObject({ filename: 'certificate.pdf' });
    const personId = res.json<TScholarship>().person.id;
    const papers = await call(t, o.caseworker, 'GET', `/api/people/${personId}/attachments`);
    expect(papers.json<Array<{ id: string; kind: string }>>()).toContainEqual(expect.objectContaining({ id: cert!.attachmentId, kind: 'certificate' }));
  });
});
