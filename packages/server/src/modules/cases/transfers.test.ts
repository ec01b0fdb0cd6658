import type { TCase, TCaseTransfer } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';
import { auditOf, call, caseOffice, insertConsent, insertFollowUp, insertPlacement, openCaseHttp, today, type CaseOffice } from './testing.js';

let t: TestApp;
let from: CaseOffice;
let to: CaseOffice;
beforeAll(async () => {
  t = await startTestApp();
  from = await caseOffice(t);
  to = await caseOffice(t, `Friends Cambodia ${Date.now()}${Math.floor(Math.random() * 1e6)}`);
});
afterAll(() => t.close());

type Page = { items: TCaseTransfer[]; total: number };
const ask = (as: TestUser, caseId: string, body: Record<string, unknown>) => call(t, as, 'POST', `/api/cases/${caseId}/transfers`, body);
const transfers = async (as: TestUser, direction: 'incoming' | 'outgoing', status?: string) => {
  const res = await call(t, as, 'GET', '/api/case-transfers', undefined, { direction, ...(status ? { status } : {}) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Page>();
};

/** An open case at `from` with a consent, and a pending transfer of it to `to`. */
async function offered(): Promise<{ kase: TCase; consentId: string; transfer: TCaseTransfer }> {
  const kase = await openCaseHttp(t, from.caseworker, from.mine);
  const consentId = await insertConsent(t, kase.id);
  const res = await ask(from.supervisor, kase.id, { toOrganisationId: to.org, consentId, reason: 'The family moved to Battambang' });
  expect(res.statusCode, res.body).toBe(201);
  return { kase, consentId, transfer: res.json<TCaseTransfer>() };
}

describe('POST /api/cases/:id/transfers', () => {
  it('offers a case to another organisation under a consent, audited, and notifies its deciders', async () => {
    const { kase, consentId, transfer } = await offered();
    expect(transfer).toMatchObject({
      caseId: kase.id, caseNumber: kase.number, from: { id: from.org }, to: { id: to.org }, consentId, status: 'pending',
      requestedBy: { id: from.supervisor.id }, decidedBy: null, newCaseId: null, child: { id: kase.child.id, givenNameKm: 'សុភា' },
    });
    expect(await auditOf(t, transfer.id, 'create')).toHaveLength(1);
    const notified = await t.services.db.selectFrom('notification').select('user_id').where('kind', '=', 'case_transfer.requested')
      .where('organisation_id', '=', to.org).execute();
    expect(notified.map((n) => n.user_id).sort()).toEqual([to.supervisor.id, to.manager.id].sort());
    expect((await call(t, from.caseworker, 'GET', `/api/cases/${kase.id}`)).json<TCase>().transfers).toEqual([expect.objectContaining({ id: transfer.id, status: 'pending' })]);
  });

  it('refuses without a valid consent of this case, to my own organisation, twice, for a closed case, and to a caseworker', async () => {
    const kase = await openCaseHttp(t, from.caseworker, from.mine);
    const other = await openCaseHttp(t, from.caseworker, from.mine);
    const foreignConsent = await insertConsent(t, other.id);
    const withdrawn = await insertConsent(t, kase.id, { withdrawnOn: '2026-01-07' });
    for (const consentId of [foreignConsent, withdrawn, crypto.randomUUID()]) {
      expect((await ask(from.supervisor, kase.id, { toOrganisationId: to.org, consentId, reason: 'x' })).json())
        .toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'consentId', key: 'validation.consent_invalid' }] } });
    }
    const consentId = await insertConsent(t, kase.id);
    for (const toOrganisationId of [from.org, crypto.randomUUID()]) {
      expect((await ask(from.supervisor, kase.id, { toOrganisationId, consentId, reason: 'x' })).json())
        .toMatchObject({ error: { fields: [{ field: 'toOrganisationId', key: 'validation.organisation_invalid' }] } });
    }
    expect((await ask(from.caseworker, kase.id, { toOrganisationId: to.org, consentId, reason: 'x' })).statusCode).toBe(403);
    expect((await ask(from.supervisor, kase.id, { toOrganisationId: to.org, consentId, reason: 'x' })).statusCode).toBe(201);
    expect((await ask(from.supervisor, kase.id, { toOrganisationId: to.org, consentId, reason: 'again' })).json()).toMatchObject({ error: { code: 'case.transfer_pending' } });
    const { caseId: closed } = await t.openCase(from.mine, { stage: 'closed' });
    const closedConsent = await insertConsent(t, closed);
    expect((await ask(from.supervisor, closed, { toOrganisationId: to.org, consentId: closedConsent, reason: 'x' })).json()).toMatchObject({ error: { code: 'case.not_transferable' } });
    expect(await t.services.db.selectFrom('case_transfer').select('id').where('case_id', 'in', [closed, kase.id]).execute()).toHaveLength(1);
  });

  it('lists the organisations a case may go to', async () => {
    const res = await call(t, from.supervisor, 'GET', '/api/case-transfers/destinations');
    const ids = res.json<Array<{ id: string }>>().map((d) => d.id);
    expect(ids).toContain(to.org);
    expect(ids).not.toContain(from.org);
  });
});

describe('GET /api/case-transfers', () => {
  it('shows the receiving organisation’s deciders what is offered to them, without the case itself', async () => {
    const { kase, transfer } = await offered();
    for (const user of [to.supervisor, to.manager]) {
      expect((await transfers(user, 'incoming')).items.map((x) => x.id), user.role).toContain(transfer.id);
    }
    expect((await call(t, to.caseworker, 'GET', '/api/case-transfers')).statusCode).toBe(403);
    expect((await call(t, to.manager, 'GET', `/api/cases/${kase.id}`)).statusCode).toBe(404);
    expect((await transfers(to.manager, 'outgoing')).items.map((x) => x.id)).not.toContain(transfer.id);
    expect((await transfers(from.supervisor, 'outgoing')).items.map((x) => x.id)).toContain(transfer.id);
    expect((await transfers(from.supervisor, 'incoming')).items.map((x) => x.id)).not.toContain(transfer.id);
    const third = await caseOffice(t);
    expect((await transfers(third.manager, 'incoming')).items).toEqual([]);
    const audited = await t.services.db.selectFrom('audit_log').select('details').where('actor_id', '=', to.manager.id).where('action', '=', 'list').where('record_type', '=', 'case_transfer').execute();
    expect(JSON.stringify(audited)).toContain(transfer.id);
  });
});

describe('POST /api/case-transfers/:id/accept', () => {
  it('opens a new case here for a copy of the child, and closes the sending case as transferred', async () => {
    const { kase, transfer } = await offered();
    const db = t.services.db;
    await db.insertInto('person_alias').values({ id: crypto.randomUUID(), person_id: kase.child.id, name: 'Sophia', script: 'latin', archived_at: null }).execute();
    await db.insertInto('person_document').values({ id: crypto.randomUUID(), person_id: kase.child.id, document_type: 'birth_certificate', number: 'BC-123', archived_at: null }).execute();
    const placement = await insertPlacement(t, kase.id);
    const visit = await insertFollowUp(t, kase.id, '2026-12-01');

    const res = await call(t, to.supervisor, 'POST', `/api/case-transfers/${transfer.id}/accept`, { comment: 'Welcome', caseworkerId: to.caseworker.id });
    expect(res.statusCode, res.body).toBe(200);
    const accepted = res.json<TCaseTransfer>();
    expect(accepted).toMatchObject({ status: 'accepted', decidedBy: { id: to.supervisor.id }, decisionComment: 'Welcome', newCaseId: expect.any(String) });

    const created = (await call(t, to.caseworker, 'GET', `/api/cases/${accepted.newCaseId}`)).json<TCase>();
    expect(created).toMatchObject({
      organisationId: to.org, stage: 'referral', caseworker: { id: to.caseworker.id }, teamId: to.team, riskLevel: kase.riskLevel,
      referralReason: 'The family moved to Battambang', referralSource: 'ngo', childCategories: ['orphan'], openedOn: today(),
      child: { givenNameKm: 'សុភា', familyNameLatin: 'Chan', birthDate: '2014-05-01' },
    });
    expect(created.number).toMatch(/^FC-\d{4}-000001$/);
    expect(created.child.id).not.toBe(kase.child.id);
    const copy = await db.selectFrom('person').select(['organisation_id', 'caseworker_id']).where('id', '=', created.child.id).executeTakeFirstOrThrow();
    expect(copy).toEqual({ organisation_id: to.org, caseworker_id: to.caseworker.id });
    expect(await db.selectFrom('person_alias').select('name').where('person_id', '=', created.child.id).execute()).toEqual([{ name: 'Sophia' }]);
    expect(await db.selectFrom('person_document').select('number').where('person_id', '=', created.child.id).execute()).toEqual([{ number: 'BC-123' }]);

    const sending = await db.selectFrom('case_file').select(['stage', 'closure_reason', 'closed_on']).where('id', '=', kase.id).executeTakeFirstOrThrow();
    expect(sending).toEqual({ stage: 'closed', closure_reason: 'transferred', closed_on: today() });
    expect(await db.selectFrom('placement').select(['status', 'end_reason']).where('id', '=', placement).executeTakeFirstOrThrow()).toEqual({ status: 'ended', end_reason: 'case_closed' });
    expect(await db.selectFrom('follow_up').select('status').where('id', '=', visit).executeTakeFirstOrThrow()).toEqual({ status: 'cancelled' });
    expect(await auditOf(t, kase.id, 'case.close')).toEqual([expect.objectContaining({ actor_id: to.supervisor.id, organisation_id: from.org })]);
    expect((await auditOf(t, transfer.id, 'case_transfer.accept')).map((a) => a.organisation_id).sort()).toEqual([from.org, to.org].sort());
    const told = await db.selectFrom('notification').select('user_id').where('kind', '=', 'case_transfer.accepted').where('organisation_id', '=', from.org).execute();
    expect(told).toEqual([{ user_id: from.supervisor.id }]);

    const again = await call(t, to.manager, 'POST', `/api/case-transfers/${transfer.id}/accept`, {});
    expect(again.json()).toMatchObject({ error: { code: 'case_transfer.not_pending' } });
  });

  it('refuses a transfer addressed elsewhere (404), a caseworker of another organisation (400), and a withdrawn consent (the transfer goes with it)', async () => {
    const { transfer, kase, consentId } = await offered();
    const third = await caseOffice(t);
    expect((await call(t, third.manager, 'POST', `/api/case-transfers/${transfer.id}/accept`, {})).statusCode).toBe(404);
    expect((await call(t, from.manager, 'POST', `/api/case-transfers/${transfer.id}/accept`, {})).statusCode).toBe(404);
    expect((await call(t, to.caseworker, 'POST', `/api/case-transfers/${transfer.id}/accept`, {})).statusCode).toBe(403);
    const wrong = await call(t, to.manager, 'POST', `/api/case-transfers/${transfer.id}/accept`, { caseworkerId: from.caseworker.id });
    expect(wrong.json()).toMatchObject({ error: { fields: [{ field: 'caseworkerId', key: 'validation.caseworker_invalid' }] } });

    expect((await call(t, from.caseworker, 'POST', `/api/cases/${kase.id}/consents/${consentId}/withdraw`, { reason: 'Family said no' })).statusCode).toBe(200);
    const withdrawn = await call(t, to.manager, 'POST', `/api/case-transfers/${transfer.id}/accept`, {});
    expect(withdrawn.json()).toMatchObject({ error: { code: 'case_transfer.not_pending' } });
    expect((await transfers(to.manager, 'incoming', 'withdrawn')).items.map((x) => x.id)).toContain(transfer.id);
    const db = t.services.db;
    expect(await db.selectFrom('case_file').select('stage').where('id', '=', kase.id).executeTakeFirstOrThrow()).toEqual({ stage: 'referral' });
    expect(await db.selectFrom('case_file').select('id').where('organisation_id', '=', to.org).where('referral_reason', '=', 'The family moved to Battambang').execute())
      .toHaveLength(1); // only the one accepted in the test above
  });
});

describe('POST /api/case-transfers/:id/decline', () => {
  it('declines with a comment; the case stays open where it was', async () => {
    const { kase, transfer } = await offered();
    expect((await call(t, to.manager, 'POST', `/api/case-transfers/${transfer.id}/decline`, {})).statusCode).toBe(400);
    const res = await call(t, to.manager, 'POST', `/api/case-transfers/${transfer.id}/decline`, { comment: 'No caseworker in that province' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TCaseTransfer>()).toMatchObject({ status: 'declined', decisionComment: 'No caseworker in that province', decidedBy: { id: to.manager.id } });
    expect((await call(t, from.caseworker, 'GET', `/api/cases/${kase.id}`)).json<TCase>()).toMatchObject({ stage: 'referral' });
    expect(await auditOf(t, transfer.id, 'case_transfer.decline')).toHaveLength(2);
    expect((await call(t, to.manager, 'POST', `/api/case-transfers/${transfer.id}/decline`, { comment: 'again' })).json()).toMatchObject({ error: { code: 'case_transfer.not_pending' } });
    // A new transfer may be asked for once the last was decided.
    const consentId = await insertConsent(t, kase.id);
    expect((await ask(from.supervisor, kase.id, { toOrganisationId: to.org, consentId, reason: 'Try again' })).statusCode).toBe(201);
  });
});
