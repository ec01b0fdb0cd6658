import fs from 'node:fs';
import path from 'node:path';
import { scoreAssessment, type TAssessment, type TAssessmentSubjectType, type TCaseForms, type TInstrumentInput } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chromiumInstalled } from '../../platform/pdf/renderer.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { mosvyChild, mosvyFamily } from '../assessments/seeds/mosvy.js';
import { call, office, type Office } from '../casework/test-support.js';
import { fullCase } from './test-support.js';

/*
 * Forms 2 and 6 print MoSVY assessments, which come from the assessments module through
 * ./assessment-source.ts. Here that source is replaced by submitted assessments made from the
 * shipped MoSVY instruments and scored by the real rules, so these tests hold before and after
 * the source is wired to the assessments module.
 */
const fake = vi.hoisted(() => ({ assessments: new Map<string, unknown>() }));
vi.mock('./assessment-source.js', () => ({
  latestSubmittedAssessment: (_data: unknown, type: string, id: string, codes: string[], caseId?: string) =>
    Promise.resolve(fake.assessments.get(`${type}:${id}:${codes.join(',')}:${caseId ?? ''}`) ?? null),
}));

function submitted(input: TInstrumentInput, subjectType: TAssessmentSubjectType, subjectId: string, caseId: string, scoreOf: (key: string, i: number) => number): TAssessment {
  const items = input.definition.sections.flatMap((s) => s.items);
  const answers = Object.fromEntries(items.map((item, i) => [item.key, { value: scoreOf(item.key, i), reason: i % 3 === 0 ? 'ម្ដាយមានការងារធ្វើ ខ្ញុំឃើញកុមារសប្បាយចិត្ត' : undefined }]));
  const score = scoreAssessment(input.definition, answers);
  const instrumentId = crypto.randomUUID();
  return {
    id: crypto.randomUUID(), instrumentId, instrumentCode: input.code, instrumentVersion: 1, instrumentName: input.name, subjectType, subjectId, caseId,
    status: 'submitted', assessedOn: '2026-11-20', total: score.total, maxTotal: score.maxTotal, assessorName: 'Test caseworker', submittedAt: '2026-11-20T08:00:00.000Z',
    answers, notes: null, score, rowVersion: 1, previous: null,
    instrument: {
      id: instrumentId, code: input.code, version: 1, status: 'published', name: input.name, subject: input.subject, frequencyDays: input.frequencyDays,
      shipped: true, publishedAt: '2026-01-01T00:00:00.000Z', itemCount: items.length, maxTotal: score.maxTotal, description: input.description ?? null,
      definition: input.definition, rowVersion: 1,
    },
  };
}

let t: TestApp;
let o: Office;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
});
afterAll(() => t.close());

describe('forms 2 and 6, from MoSVY assessments', () => {
  it('are ready once the assessments are submitted and the case is closed, and print in Khmer and English', async () => {
    const { caseId, childId, householdId } = await fullCase(t, o);
    const child = submitted(mosvyChild, 'person', childId, caseId, (_k, i) => [2, 3, 3, 4][i % 4]!);
    const family = submitted(mosvyFamily, 'household', householdId, caseId, (_k, i) => (i < 2 ? 4 : 3));
    fake.assessments.set(`person:${childId}:mosvy_child:`, child);
    fake.assessments.set(`household:${householdId}:mosvy_family:`, family);

    const before = (await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/forms`)).json<TCaseForms>();
    expect(before.forms.find((f) => f.number === 2)!.ready).toBe(true);
    expect(before.forms.find((f) => f.number === 6)!.missing.map((m) => m.key)).toEqual(['assessment.final', 'closure.closed']);

    fake.assessments.set(`household:${householdId}:mosvy_family:${caseId}`, family);
    await t.services.db.updateTable('case_file').set({ stage: 'closed', closed_on: '2026-11-25', closure_reason: 'goals_met', closure_summary: 'គ្រួសារអាចថែទាំកុមារបាន។' })
      .where('id', '=', caseId).execute();
    const after = (await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/forms`)).json<TCaseForms>();
    expect(after.forms.every((f) => f.ready)).toBe(true);
    expect(family.score.total).toBe(50);

    if (!chromiumInstalled(t.config.CHROMIUM_PATH)) {
      console.warn('forms 2 and 6: no Chromium; the PDFs are not printed');
      return;
    }
    const out = process.env.FORMS_PDF_DIR;
    for (const form of [2, 6]) {
      for (const lang of ['km', 'en'] as const) {
        const res = await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/forms/${form}.pdf?lang=${lang}`);
        expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
        expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        if (out) fs.writeFileSync(path.join(out, `form-${form}-${lang}.pdf`), res.rawPayload);
      }
    }
  });
});
