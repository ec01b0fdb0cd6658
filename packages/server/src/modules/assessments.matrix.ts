import type { TInstrumentInput } from '@homeward/core';
import { scopeSpecs } from '../platform/access/scoped-data.js';
import type { TestApp } from '../test/harness.js';
import { get, send, type MatrixRow, type Where } from '../test/matrix.js';
import { insertAssessment, shipped } from './assessments/test-support.js';
import { today } from './casework/test-support.js';

/*
 * Instruments and assessments. Instrument targets are an organisation's own versions (shipped
 * ones are everyone's); assessment targets are MoSVY child assessments in the placement's
 * caseload, assessed by its owner.
 */
type Target = NonNullable<MatrixRow['target']>;
let seq = 0;
const code = () => `matrix_${process.pid}_${Date.now().toString(36)}_${++seq}`;

const definition: TInstrumentInput['definition'] = {
  sections: [{ key: 'home', title: { en: 'Home', km: 'ផ្ទះ' }, items: [{
    kind: 'scale', key: 'roof', label: { en: 'Roof', km: 'ដំបូល' }, reasonRequired: false, optional: false,
    levels: [1, 2].map((value) => ({ value, label: { en: `Level ${value}`, km: `កម្រិត ${value}` }, colour: 'blue' as const })),
  }] }],
  thresholds: [],
  lowScoreAtMost: 1,
};
const input = (): TInstrumentInput => ({ code: code(), name: { en: 'Matrix', km: 'ម៉ាទ្រីស' }, subject: 'household', frequencyDays: null, definition });
const { code: _omit, ...edit } = input();

const instrumentIn = (status: 'draft' | 'published'): Target => ({
  spec: scopeSpecs.instrument,
  create: async (t: TestApp, w: Where) => {
    const id = crypto.randomUUID();
    await t.services.db.insertInto('instrument').values({
      id, organisation_id: w.organisationId, code: code(), version: 1, status, name_en: 'Matrix', name_km: 'ម៉ាទ្រីស', description: null, subject: 'household',
      frequency_days: null, definition, created_by: null, published_at: status === 'published' ? new Date() : null,
    }).execute();
    return id;
  },
});
const assessmentIn = (status: 'draft' | 'submitted'): Target => ({ spec: scopeSpecs.assessment, create: (t, w) => insertAssessment(t, w, { status }) });
const aCase: Target = { spec: scopeSpecs.case_file, create: async (t, w) => (await t.openCase(w)).caseId };

export const assessmentsMatrix: MatrixRow[] = [
  { route: 'GET /api/instruments', access: 'assessment.read', ok: 200, request: () => get('/api/instruments') },
  { route: 'GET /api/instruments/:id', access: 'assessment.read', ok: 200, target: instrumentIn('published'), request: (_t, _c, id) => get(`/api/instruments/${id}`) },
  { route: 'POST /api/instruments', access: 'instrument.manage', ok: 201, request: () => send('POST', '/api/instruments', input()) },
  { route: 'PUT /api/instruments/:id', access: 'instrument.manage', ok: 200, target: instrumentIn('draft'), request: (_t, _c, id) => send('PUT', `/api/instruments/${id}`, { ...edit, rowVersion: 1 }) },
  { route: 'POST /api/instruments/:id/publish', access: 'instrument.manage', ok: 200, target: instrumentIn('draft'), request: (_t, _c, id) => ({ method: 'POST', url: `/api/instruments/${id}/publish` }) },
  { route: 'POST /api/instruments/:id/revise', access: 'instrument.manage', ok: 201, target: instrumentIn('published'), request: (_t, _c, id) => ({ method: 'POST', url: `/api/instruments/${id}/revise` }) },
  { route: 'DELETE /api/instruments/:id', access: 'instrument.manage', ok: 200, target: instrumentIn('draft'), request: (_t, _c, id) => ({ method: 'DELETE', url: `/api/instruments/${id}` }) },

  { route: 'GET /api/assessments', access: 'assessment.read', ok: 200, request: () => get('/api/assessments') },
  { route: 'GET /api/assessments/trend', access: 'assessment.read', ok: 200, request: () => get(`/api/assessments/trend?subjectType=person&subjectId=${crypto.randomUUID()}&instrumentCode=csi`) },
  { route: 'GET /api/assessments/due', access: 'assessment.read', ok: 200, request: () => get('/api/assessments/due') },
  { route: 'GET /api/assessments/:id', access: 'assessment.read', ok: 200, target: assessmentIn('draft'), request: (_t, _c, id) => get(`/api/assessments/${id}`) },
  {
    // A child in the caller's own caseload (team and owner), so every role that may write can.
    route: 'POST /api/assessments', access: 'assessment.write', ok: 201,
    request: async (t, caller) => {
      const subjectId = caller.id ? await t.child({ organisationId: caller.organisationId, teamId: caller.teamIds[0] ?? null, ownerId: caller.id }) : crypto.randomUUID();
      return send('POST', '/api/assessments', { instrumentId: (await shipped(t, 'mosvy_child')).id, subjectType: 'person', subjectId, assessedOn: today() });
    },
  },
  { route: 'PUT /api/assessments/:id', access: 'assessment.write', ok: 200, target: assessmentIn('draft'), request: (_t, _c, id) => send('PUT', `/api/assessments/${id}`, { rowVersion: 1, answers: {} }) },
  { route: 'POST /api/assessments/:id/submit', access: 'assessment.write', ok: 200, target: assessmentIn('draft'), request: (_t, _c, id) => send('POST', `/api/assessments/${id}/submit`, { rowVersion: 1 }) },
  { route: 'DELETE /api/assessments/:id', access: 'assessment.write', ok: 200, target: assessmentIn('draft'), request: (_t, _c, id) => ({ method: 'DELETE', url: `/api/assessments/${id}` }) },
  { route: 'GET /api/assessments/:id/suggested-goals', access: 'assessment.read', ok: 200, target: assessmentIn('submitted'), request: (_t, _c, id) => get(`/api/assessments/${id}/suggested-goals`) },
  { route: 'GET /api/cases/:id/closure-guidance', access: 'assessment.read', ok: 200, target: aCase, request: (_t, _c, id) => get(`/api/cases/${id}/closure-guidance`) },
];
