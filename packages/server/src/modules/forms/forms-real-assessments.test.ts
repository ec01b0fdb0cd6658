import { execFileSync } from 'node:child_process';
import type { TCaseForms } from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumInstalled } from '../../platform/pdf/renderer.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { fill, shipped, submitted } from '../assessments/test-support.js';
import { call, office, type Office } from '../casework/test-support.js';
import { fullCase } from './test-support.js';

/* Forms 2 and 6 from assessments taken through the assessments API, end to end. */
let t: TestApp;
let o: Office;
beforeAll(async () => {
  t = await startTestApp();
  o = await office(t);
});
afterAll(() => t.close());

describe('forms 2 and 6 with assessments taken in Homeward', () => {
  it('become ready once the MoSVY child and family assessments are submitted and the case closes', async () => {
    const { caseId, childId, householdId } = await fullCase(t, o);
    const child = await shipped(t, 'mosvy_child');
    const family = await shipped(t, 'mosvy_family');
    await submitted(t, o.caseworker, { instrumentId: child.id, subjectType: 'person', subjectId: childId, caseId, answers: fill(child.definition, 3, { food: 2 }) });
    const final = await submitted(t, o.caseworker, { instrumentId: family.id, subjectType: 'household', subjectId: householdId, caseId, answers: fill(family.definition, 3, { income: 4, land: 4 }) });
    expect(final.score.total).toBe(50);
    await t.services.db.updateTable('case_file').set({ stage: 'closed', closed_on: '2026-11-25', closure_reason: 'goals_met', closure_summary: 'គ្រួសារអាចថែទាំកុមារបាន។' })
      .where('id', '=', caseId).execute();

    const body = (await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/forms`)).json<TCaseForms>();
    expect(body.forms.map((f) => [f.number, f.ready])).toEqual([[1, true], [2, true], [3, true], [4, true], [5, true], [6, true]]);

    if (!chromiumInstalled(t.config.CHROMIUM_PATH)) return;
    const res = await call(t, o.caseworker, 'GET', `/api/cases/${caseId}/forms/6.pdf?lang=km`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    try {
      // The closure rule as printed: total 50 ≥ 48, met ("៥០ ≥ ៤៨: សម្រេច").
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: res.rawPayload }).toString('utf8').replace(/[\s\u200b]+/g, '');
      expect(text).toContain('៥០≥៤៨:សម្រេច');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err; // no poppler-utils: the PDF itself was checked above
    }
  });
});
