import { ATTACHMENT_MAX_BYTES, type TAttachment, type TPerson } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp, type TestUser } from '../../test/harness.js';
import { fileOf, multipartFile } from '../../test/multipart.js';
import { child, office, registered, type Office } from '../people/testing.js';

let t: TestApp;
let o: Office;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
});
afterAll(() => t.close());

const upload = (as: TestUser, personId: string, file: { filename: string; contentType: string; bytes: Buffer }, kind = 'id_document') =>
  t.request(as, { method: 'POST', url: `/api/people/${personId}/attachments`, query: { kind }, ...multipartFile(file) });
const download = (as: TestUser, id: string) => t.request(as, { method: 'GET', url: `/api/attachments/${id}` });
const listOf = async (as: TestUser, personId: string, includeArchived = false) =>
  (await t.request(as, { method: 'GET', url: `/api/people/${personId}/attachments`, query: includeArchived ? { includeArchived: 'true' } : {} })).json<TAttachment[]>();
const newCaseworker = () => t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team] });

describe('POST /api/people/:id/attachments', () => {
  it("stores a photo, makes it the person's photo, and serves it back only through the audited route", async () => {
    const cw = await newCaseworker();
    const person = await registered(t, cw, child());
    const bytes = fileOf('png', 2048);
    const res = await upload(cw, person.id, { filename: 'រូបថត សុភា.png', contentType: 'image/png', bytes }, 'photo');
    expect(res.statusCode, res.body).toBe(201);
    const attachment = res.json<TAttachment>();
    expect(attachment).toMatchObject({ personId: person.id, kind: 'photo', filename: 'រូបថត សុភា.png', contentType: 'image/png', sizeBytes: 2048, uploadedBy: cw.id, archived: false });
    expect((await t.request(cw, { method: 'GET', url: `/api/people/${person.id}` })).json<TPerson>()).toMatchObject({ photoAttachmentId: attachment.id, version: 1 });
    expect(await auditRows(t, attachment.id, 'create')).toHaveLength(1);

    const file = await download(cw, attachment.id);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(bytes)).toBe(true);
    expect(file.headers).toMatchObject({ 'content-type': 'image/png', 'x-content-type-options': 'nosniff', 'cache-control': 'private, no-store' });
    expect(file.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('រូបថត សុភា.png')}`);
    expect(await auditRows(t, attachment.id, 'read')).toEqual([expect.objectContaining({ actor_id: cw.id, record_type: 'attachment' })]);
  });

  it('takes the type from the bytes, not the declared type: HTML declared as PNG is refused, a PDF sent as octet-stream is a PDF', async () => {
    const cw = await newCaseworker();
    const person = await registered(t, cw, child());
    const disguised = await upload(cw, person.id, { filename: 'x.png', contentType: 'image/png', bytes: fileOf('html') });
    expect(disguised.statusCode).toBe(415);
    expect(disguised.json()).toMatchObject({ error: { code: 'attachment.type_refused', key: 'errors.attachment.type_refused', fields: [{ field: 'file' }] } });
    const pdf = await upload(cw, person.id, { filename: 'birth-certificate.pdf', contentType: 'application/octet-stream', bytes: fileOf('pdf') });
    expect(pdf.statusCode, pdf.body).toBe(201);
    expect(pdf.json<TAttachment>().contentType).toBe('application/pdf');
    const pdfAsPhoto = await upload(cw, person.id, { filename: 'scan.pdf', contentType: 'application/pdf', bytes: fileOf('pdf') }, 'photo');
    expect(pdfAsPhoto.statusCode).toBe(415);
    expect((await listOf(cw, person.id)).map((a) => a.filename)).toEqual(['birth-certificate.pdf']);
  });

  it('refuses a file over 10 MB with 413, and a request without a file with a field error', async () => {
    const cw = await newCaseworker();
    const person = await registered(t, cw, child());
    const big = await upload(cw, person.id, { filename: 'big.jpg', contentType: 'image/jpeg', bytes: fileOf('jpeg', ATTACHMENT_MAX_BYTES + 1) });
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ error: { code: 'attachment.too_large' } });
    const justRight = await upload(cw, person.id, { filename: 'ok.jpg', contentType: 'image/jpeg', bytes: fileOf('jpeg', ATTACHMENT_MAX_BYTES) });
    expect(justRight.statusCode, justRight.body).toBe(201);
    const json = await t.request(cw, { method: 'POST', url: `/api/people/${person.id}/attachments`, payload: { file: 'nope' } });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.fields).toEqual([{ field: 'file', key: 'validation.required' }]);
    const badKind = await upload(cw, person.id, { filename: 'a.png', contentType: 'image/png', bytes: fileOf('png') }, 'selfie');
    expect(badKind.statusCode).toBe(400);
    expect((await listOf(cw, person.id)).map((a) => a.filename)).toEqual(['ok.jpg']);
  });

  it('stores the same bytes once however often they are attached', async () => {
    const cw = await newCaseworker();
    const person = await registered(t, cw, child());
    const bytes = fileOf('webp');
    const first = (await upload(cw, person.id, { filename: 'a.webp', contentType: 'image/webp', bytes })).json<TAttachment>();
    const second = (await upload(cw, person.id, { filename: 'b.webp', contentType: 'image/webp', bytes })).json<TAttachment>();
    const rows = await t.services.db.selectFrom('attachment').select('sha256').where('id', 'in', [first.id, second.id]).execute();
    expect(new Set(rows.map((r) => r.sha256)).size).toBe(1);
  });
});

describe('access to attachments', () => {
  it('404s another caseworker and another organisation, lets the supervisor read, refuses a viewer', async () => {
    const cw = await newCaseworker();
    const colleague = await newCaseworker();
    const other = await office(t);
    const person = await registered(t, cw, child());
    const attachment = (await upload(cw, person.id, { filename: 'a.pdf', contentType: 'application/pdf', bytes: fileOf('pdf') })).json<TAttachment>();
    expect((await download(colleague, attachment.id)).statusCode).toBe(404);
    expect((await download(other.manager, attachment.id)).statusCode).toBe(404);
    expect((await upload(colleague, person.id, { filename: 'b.pdf', contentType: 'application/pdf', bytes: fileOf('pdf') })).statusCode).toBe(404);
    expect((await t.request(colleague, { method: 'POST', url: `/api/attachments/${attachment.id}/archive` })).statusCode).toBe(404);
    expect((await download(o.supervisor, attachment.id)).statusCode).toBe(200);
    const viewer = await t.user({ role: 'viewer', organisationId: o.org });
    expect((await download(viewer, attachment.id)).statusCode).toBe(403);
    expect((await auditRows(t, attachment.id, 'read')).map((r) => r.actor_id)).toEqual([o.supervisor.id]);
  });

  it('archives an attachment: out of the list unless asked, still on file; an archived photo is no longer the photo', async () => {
    const cw = await newCaseworker();
    const person = await registered(t, cw, child());
    const photo = (await upload(cw, person.id, { filename: 'p.jpg', contentType: 'image/jpeg', bytes: fileOf('jpeg') }, 'photo')).json<TAttachment>();
    const res = await t.request(cw, { method: 'POST', url: `/api/attachments/${photo.id}/archive` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TAttachment>().archived).toBe(true);
    expect(await listOf(cw, person.id)).toEqual([]);
    expect((await listOf(cw, person.id, true)).map((a) => a.id)).toEqual([photo.id]);
    expect((await t.request(cw, { method: 'GET', url: `/api/people/${person.id}` })).json<TPerson>().photoAttachmentId).toBeNull();
    expect(await auditRows(t, photo.id, 'archive')).toHaveLength(1);
    expect((await download(cw, photo.id)).statusCode).toBe(200);
  });
});
