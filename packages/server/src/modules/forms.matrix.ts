import { scopeSpecs } from '../platform/access/scoped-data.js';
import { get, type MatrixRow } from '../test/matrix.js';

/*
 * MoSVY forms. The PDF row asks for form 4 of a new case, which has no placement: a caller
 * allowed to see the case gets past access and scope to the form's own check (409
 * form.incomplete), so the suite needs no Chromium and prints nothing; printing itself is
 * tested in modules/forms/forms.test.ts.
 */
const aCase: NonNullable<MatrixRow['target']> = { spec: scopeSpecs.case_file, create: async (t, w) => (await t.openCase(w)).caseId };

export const formsMatrix: MatrixRow[] = [
  { route: 'GET /api/cases/:id/forms', access: 'case.read', ok: 200, target: aCase, request: (_t, _c, id) => get(`/api/cases/${id}/forms`) },
  { route: 'GET /api/cases/:id/forms/:form.pdf', access: 'case.read', ok: 409, target: aCase, request: (_t, _c, id) => get(`/api/cases/${id}/forms/4.pdf?lang=km`) },
];
