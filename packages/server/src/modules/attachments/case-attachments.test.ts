import type { TAttachment, TCase, TPlacement } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';
import { fileOf, multipartFile } from '../../test/multipart.js';
import { insertPlacement, office, type Office } from '../casework/test-support.js';
import { insertConsent } from '../cases/testing.js';

let t: TestApp;
let o: Office;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
});
afterAll(() => t.close());

const pdf = (filename = 'consent.pdf') => ({ filename, contentType: 'application/pdf', bytes: fileOf('pdf') });
const upload = (as: TestUser, caseId: string, query: Record<string, string>, file = pdf()) =>
  t.request(as, { method: 'POST', url: `/api/cases/${caseId}/attachments`, query, ...multipartFile(file) });
const listOf = async (as: TestUser, caseId: string, includeArchived = false) => {
  const res = await t.request(as, { method: 'GET', url: `/api/cases/${caseId}/attachments`, query: includeArchived ? { includeArchived: 'true' } : {} });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<TAttachment[]>();
};
const openCase = () => t.openCase(o.mine, { stage: 'placement' });

describe('POST /api/cases/:id/attachments', () => {
  it('stores a consent form on the case, documenting its consent, audited, and off the child’s own page', async () => {
    const { caseId, childId } = await openCase();
    const consentId = await insertConsent(t, caseId);
    const res = await upload(o.caseworker, caseId, { kind: 'consent', consentId }, pdf('ការយល់ព្រម.pdf'));
    expect(res.statusCode, res.body).toBe(201);
    const file = res.json<TAttachment>();
    expect(file).toMatchObject({ caseId, personId: null, kind: 'consent', filename: 'ការយល់ព្រម.pdf', contentType: 'application/pdf', consentId, placementId: null, archived: false });
    expect(await auditRows(t, file.id, 'create')).toHaveLength(1);
    expect((await auditRows(t, consentId, 'update')).at(-1)?.changes).toMatchObject({ document_attachment_id: { before: null, after: file.id } });
    const kase = (await t.request(o.caseworker, { method: 'GET', url: `/api/cases/${caseId}` })).json<TCase>();
    expect(kase.consents.find((c) => c.id === consentId)?.documentAttachmentId).toBe(file.id);
    expect((await listOf(o.caseworker, caseId)).map((a) => a.id)).toEqual([file.id]);
    const personFiles = await t.request(o.caseworker, { method: 'GET', url: `/api/people/${childId}/attachments` });
    expect(personFiles.json<TAttachment[]>()).toEqual([]);
    const download = await t.request(o.caseworker, { method: 'GET', url: `/api/attachments/${file.id}` });
    expect(download.statusCode).toBe(200);
  });

  it('attaches a signed agreement to a placement, moving its version so stale edits are refused', async () => {
    const { caseId } = await openCase();
    const placementId = await insertPlacement(t, caseId);
    const res = await upload(o.caseworker, caseId, { kind: 'agreement', placementId }, pdf('agreement.pdf'));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<TAttachment>()).toMatchObject({ kind: 'agreement', placementId, consentId: null });
    const placements = (await t.request(o.caseworker, { method: 'GET', url: `/api/cases/${caseId}/placements` })).json<TPlacement[]>();
    expect(placements.find((p) => p.id === placementId)).toMatchObject({ agreementAttachmentId: res.json<TAttachment>().id, version: 2 });
  });

  it('takes assessment scans, reports and photos unlinked; refuses person-only kinds, wrong links and disguised files', async () => {
    const { caseId } = await openCase();
    const other = await openCase();
    const foreignConsent = await insertConsent(t, other.caseId);
    const consentId = await insertConsent(t, caseId);
    expect((await upload(o.caseworker, caseId, { kind: 'assessment' })).statusCode).toBe(201);
    expect((await upload(o.caseworker, caseId, { kind: 'report' })).statusCode).toBe(201);
    expect((await upload(o.caseworker, caseId, { kind: 'photo' }, { filename: 'visit.jpg', contentType: 'image/jpeg', bytes: fileOf('jpeg') })).statusCode).toBe(201);
    expect((await upload(o.caseworker, caseId, { kind: 'id_document' })).statusCode).toBe(400);
    const wrongKind = await upload(o.caseworker, caseId, { kind: 'report', consentId });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().error.fields).toEqual([{ field: 'consentId', key: 'validation.choice' }]);
    expect((await upload(o.caseworker, caseId, { kind: 'consent', consentId: foreignConsent })).json().error.fields).toEqual([{ field: 'consentId', key: 'validation.choice' }]);
    expect((await upload(o.caseworker, caseId, { kind: 'agreement', placementId: crypto.randomUUID() })).statusCode).toBe(400);
    const disguised = await upload(o.caseworker, caseId, { kind: 'report' }, { filename: 'x.pdf', contentType: 'application/pdf', bytes: fileOf('html') });
    expect(disguised.statusCode).toBe(415);
    expect((await listOf(o.caseworker, caseId)).map((a) => a.kind).sort()).toEqual(['assessment', 'photo', 'report']);
  });
});

describe('access to a case’s documents', () => {
  it('404s another caseworker and another organisation, lets the supervisor read, refuses a facilitator and a viewer', async () => {
    const { caseId } = await openCase();
    const file = (await upload(o.caseworker, caseId, { kind: 'report' })).json<TAttachment>();
    const colleague = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
    const stranger = await office(t);
    for (const who of [colleague, stranger.supervisor]) {
      expect((await t.request(who, { method: 'GET', url: `/api/cases/${caseId}/attachments` })).statusCode).toBe(404);
      expect((await upload(who, caseId, { kind: 'report' })).statusCode).toBe(404);
      expect((await t.request(who, { method: 'GET', url: `/api/attachments/${file.id}` })).statusCode).toBe(404);
      expect((await t.request(who, { method: 'POST', url: `/api/attachments/${file.id}/archive` })).statusCode).toBe(404);
    }
    expect((await listOf(o.supervisor, caseId)).map((a) => a.id)).toEqual([file.id]);
    const facilitator = await t.user({ role: 'facilitator', organisationId: o.org, teamIds: [o.team] });
    const viewer = await t.user({ role: 'viewer', organisationId: o.org });
    for (const who of [facilitator, viewer]) expect((await t.request(who, { method: 'GET', url: `/api/cases/${caseId}/attachments` })).statusCode).toBe(403);
    expect((await auditRows(t, caseId, 'read')).some((r) => r.actor_id === o.supervisor.id)).toBe(true);
  });

  it('archives a consent form: out of the list unless asked, still on file, and the consent no longer points at it', async () => {
    const { caseId } = await openCase();
    const consentId = await insertConsent(t, caseId);
    const file = (await upload(o.caseworker, caseId, { kind: 'consent', consentId })).json<TAttachment>();
    const res = await t.request(o.caseworker, { method: 'POST', url: `/api/attachments/${file.id}/archive` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TAttachment>()).toMatchObject({ archived: true, consentId: null });
    expect(await listOf(o.caseworker, caseId)).toEqual([]);
    expect((await listOf(o.caseworker, caseId, true)).map((a) => a.id)).toEqual([file.id]);
    const kase = (await t.request(o.caseworker, { method: 'GET', url: `/api/cases/${caseId}` })).json<TCase>();
    expect(kase.consents.find((c) => c.id === consentId)?.documentAttachmentId).toBeNull();
    expect(await auditRows(t, file.id, 'archive')).toHaveLength(1);
  });

  it('follows the case when it is reassigned', async () => {
    const { caseId } = await openCase();
    const file = (await upload(o.caseworker, caseId, { kind: 'report' })).json<TAttachment>();
    const next = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });
    expect((await t.request(o.supervisor, { method: 'POST', url: `/api/cases/${caseId}/assign`, payload: { caseworkerId: next.id } })).statusCode).toBe(200);
    expect((await listOf(next, caseId)).map((a) => a.id)).toEqual([file.id]);
    expect((await t.request(o.caseworker, { method: 'GET', url: `/api/attachments/${file.id}` })).statusCode).toBe(404);
  });
});
