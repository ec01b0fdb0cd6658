import fs from 'node:fs';
import path from 'node:path';
import type { TCaseForms } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumInstalled } from '../../platform/pdf/renderer.js';
import { auditRows } from '../../test/audit-rows.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { call, office, type Office } from '../casework/test-support.js';
import { fullCase } from './test-support.js';

let t: TestApp;
let o: Office;
let printing: boolean;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
  printing = chromiumInstalled(t.config.CHROMIUM_PATH);
  if (!printing) console.warn(`forms tests: no Chromium at ${t.config.CHROMIUM_PATH}; PDF requests are checked to answer 503 pdf.unavailable instead`);
});
afterAll(() => t.close());

const forms = async (caseId: string): Promise<TCaseForms> => {
  const res = await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/forms`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<TCaseForms>();
};

describe('which forms a case can print', () => {
  it('lists the six forms, and for a new case what each still needs, in both languages', async () => {
    const { caseId } = await t.openCase(o.mine);
    const body = await forms(caseId);
    expect(body.forms.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(body.forms.every((f) => !f.ready)).toBe(true);
    const form4 = body.forms.find((f) => f.number === 4)!;
    expect(form4.missing).toEqual([{ key: 'placement.placement', label: { en: 'A placement (approved)', km: 'ការដាក់ឱ្យរស់នៅ (ដែលបានអនុម័ត)' } }]);
    const form1 = body.forms.find((f) => f.number === 1)!.missing.map((m) => m.key);
    expect(form1).toEqual(expect.arrayContaining(['case.referral_source', 'case.referral_reason', 'case.urgency', 'case.gatekeeping', 'child.address']));
    expect(form1).not.toContain('child.name');
  });

  it('names what form 4 lacks once a placement exists: the carer household and the agreement', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'placement' });
    const db = t.services.db;
    const c = await db.selectFrom('case_file').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
    await db.insertInto('placement').values({
      id: crypto.randomUUID(), case_id: caseId, organisation_id: c.organisation_id, team_id: c.team_id, caseworker_id: c.caseworker_id, centre_id: null,
      care_type: 'kinship', carer_household_id: null, carer_centre_id: null, start_date: '2026-02-01', end_date: null, end_reason: null,
      agreement_attachment_id: null, status: 'active', notes: null, created_by: null,
    }).execute();
    const form4 = (await forms(caseId)).forms.find((f) => f.number === 4)!;
    expect(form4.ready).toBe(false);
    expect(form4.missing.map((m) => m.key)).toEqual(['placement.carer_household', 'placement.agreement']);
  });

  it('has forms 1, 3, 4 and 5 ready for a case that records them; 2 and 6 wait for the assessments and the closure', async () => {
    const { caseId } = await fullCase(t, o);
    const body = await forms(caseId);
    expect(body.forms.filter((f) => f.ready).map((f) => f.number)).toEqual([1, 3, 4, 5]);
    expect(body.forms.find((f) => f.number === 6)!.missing.map((m) => m.key)).toEqual(['assessment.final', 'closure.closed']);
  });
});

describe('printing a form', () => {
  it('prints forms 1, 3, 4 and 5 as PDF in Khmer and English, and audits each print', async () => {
    const { caseId } = await fullCase(t, o);
    const out = process.env.FORMS_PDF_DIR;
    for (const form of [1, 3, 4, 5]) {
      for (const lang of ['km', 'en'] as const) {
        const res = await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/forms/${form}.pdf?lang=${lang}`);
        if (!printing) {
          expect(res.statusCode).toBe(503);
          expect(res.json()).toMatchObject({ error: { code: 'pdf.unavailable', key: 'errors.pdf.unavailable' } });
          continue;
        }
        expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
        expect(res.headers['content-type']).toBe('application/pdf');
        expect(res.headers['content-disposition']).toContain(`mosvy-form-${form}-`);
        expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        if (out) fs.writeFileSync(path.join(out, `form-${form}-${lang}.pdf`), res.rawPayload);
      }
    }
    if (!printing) return;
    const prints = await auditRows(t, caseId, 'form.print');
    expect(prints.map((p) => [p.details?.form, p.details?.lang])).toEqual([[1, 'km'], [1, 'en'], [3, 'km'], [3, 'en'], [4, 'km'], [4, 'en'], [5, 'km'], [5, 'en']]);
    expect(prints[0]).toMatchObject({ actor_id: o.caseworker.id, record_type: 'case', organisation_id: o.org });
  });

  it('refuses a form with something missing, naming it (409 form.incomplete), and audits no print', async () => {
    const { caseId } = await t.openCase(o.mine);
    const res = await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/forms/4.pdf`);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'form.incomplete', fields: [{ field: 'placement.placement', key: 'validation.required' }] } });
    expect(await auditRows(t, caseId, 'form.print')).toEqual([]);
  });

  it('answers 400 for a form that does not exist or a language it is not printed in', async () => {
    const { caseId } = await t.openCase(o.mine);
    expect((await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/forms/7.pdf`)).statusCode).toBe(400);
    expect((await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/forms/1.pdf?lang=fr`)).statusCode).toBe(400);
  });
});

describe('who may print', () => {
  it("answers 404 for another organisation's case and 403 to a viewer; the reads are audited for the caller", async () => {
    const { caseId } = await fullCase(t, o);
    const other = await office(t);
    for (const url of [`/api/cases/${caseId}/forms`, `/api/cases/${caseId}/forms/1.pdf`]) {
      const res = await call(t, other.caseworker, 'GET', url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'record.not_found' } });
    }
    const viewer = await t.user({ role: 'viewer', organisationId: o.org, teamIds: [o.team] });
    expect((await call(t, viewer, 'GET', `/api/cases/${caseId}/forms`)).statusCode).toBe(403);
    expect((await call(t, viewer, 'GET', `/api/cases/${caseId}/forms/1.pdf`)).statusCode).toBe(403);

    await forms(caseId);
    const reads = await auditRows(t, caseId, 'read');
    expect(reads.some((r) => r.actor_id === o.caseworker.id && r.record_type === 'case')).toBe(true);
    expect(reads.some((r) => r.actor_id === other.caseworker.id)).toBe(false);
  });

  it('answers 503 pdf.unavailable, not a crash, when Chromium is not installed', async () => {
    const bare = await startTestApp({ CHROMIUM_PATH: '/nonexistent/chromium' });
    try {
      const office2 = await office(bare);
      const { caseId } = await fullCase(bare, office2);
      const res = await call(bare, office2.caseworker, 'GET', `/api/cases/${caseId}/forms/1.pdf?lang=en`);
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ error: { code: 'pdf.unavailable', key: 'errors.pdf.unavailable' } });
      expect(await auditRows(bare, caseId, 'form.print')).toEqual([]);
    } finally {
      await bare.close();
    }
  });
});
