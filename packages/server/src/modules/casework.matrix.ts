import { scopeSpecs } from '../platform/access/scoped-data.js';
import type { TestApp } from '../test/harness.js';
import { get, send, type MatrixRow, type Where } from '../test/matrix.js';
import { daysFromToday, insertApproval, insertFollowUp, insertPlacement, insertPlan, today } from './casework/test-support.js';

/*
 * Casework endpoints. Each target is built fresh in the placement's caseload: a case opened
 * there, and the plan, action, placement, visit or request inserted with the case's ownership.
 */
type Target = NonNullable<MatrixRow['target']>;
const target = (spec: Target['spec'], create: (t: TestApp, w: Where) => Promise<string>): Target => ({ spec, create });

const aCase = target(scopeSpecs.case_file, async (t, w) => (await t.openCase(w)).caseId);
/** A case with an approved care plan, ready for a placement. */
const aPlannedCase = target(scopeSpecs.case_file, async (t, w) => {
  const { caseId } = await t.openCase(w, { stage: 'preparation' });
  await insertPlan(t, caseId, 'approved');
  return caseId;
});
const aDraftPlan = target(scopeSpecs.care_plan, async (t, w) => (await insertPlan(t, (await t.openCase(w)).caseId, 'draft')).planId);
const anAction = target(scopeSpecs.care_plan_action, async (t, w) => (await insertPlan(t, (await t.openCase(w)).caseId, 'approved')).actionId);
const aPlacement = target(scopeSpecs.placement, async (t, w) => insertPlacement(t, (await t.openCase(w, { stage: 'placement' })).caseId));
const aVisit = target(scopeSpecs.follow_up, async (t, w) => insertFollowUp(t, (await t.openCase(w, { stage: 'follow_up' })).caseId));
/** A closure waiting, asked by a fresh caseworker of that team, so the caller never decides their own request. */
const aRequest = target(scopeSpecs.approval, async (t, w) => {
  const { caseId } = await t.openCase(w);
  const requester = await t.user({ role: 'caseworker', organisationId: w.organisationId, teamIds: [w.teamId], signIn: false });
  return insertApproval(t, caseId, requester.id);
});

/** A notification addressed to the caller themself (none when signed out). */
async function myNotification(t: TestApp, userId: string, organisationId: string): Promise<string> {
  const id = crypto.randomUUID();
  if (userId) await t.services.db.insertInto('notification').values({ id, organisation_id: organisationId, user_id: userId, kind: 'approval.requested', case_id: null, read_at: null }).execute();
  return id;
}

const plan = { careOption: 'kinship', bestInterests: 'With the grandmother', goals: [{ description: 'Safe at home', actions: [{ description: 'Home visit', dueOn: today() }] }] };
const visit = { doneOn: today(), progress: 'Settling in', wellbeing: 'good' };

export const caseworkMatrix: MatrixRow[] = [
  { route: 'GET /api/cases/:id/care-plans', access: 'case.read', ok: 200, target: aCase, request: (_t, _c, id) => get(`/api/cases/${id}/care-plans`) },
  { route: 'POST /api/cases/:id/care-plans', access: 'case.write', ok: 201, target: aCase, request: (_t, _c, id) => send('POST', `/api/cases/${id}/care-plans`, plan) },
  { route: 'PATCH /api/care-plans/:id', access: 'case.write', ok: 200, target: aDraftPlan, request: (_t, _c, id) => send('PATCH', `/api/care-plans/${id}`, { version: 1, bestInterests: 'Revised' }) },
  { route: 'POST /api/care-plans/:id/submit', access: 'case.write', ok: 201, target: aDraftPlan, request: (_t, _c, id) => send('POST', `/api/care-plans/${id}/submit`, { version: 1 }) },
  { route: 'PATCH /api/care-plan-actions/:id', access: 'case.write', ok: 200, target: anAction, request: (_t, _c, id) => send('PATCH', `/api/care-plan-actions/${id}`, { status: 'done' }) },
  { route: 'GET /api/tasks', access: 'case.read', ok: 200, request: () => get('/api/tasks?due=week') },

  { route: 'GET /api/approvals', access: 'case.approve', ok: 200, request: () => get('/api/approvals') },
  { route: 'POST /api/approvals/:id/approve', access: 'case.approve', ok: 200, target: aRequest, request: (_t, _c, id) => send('POST', `/api/approvals/${id}/approve`, {}) },
  { route: 'POST /api/approvals/:id/reject', access: 'case.approve', ok: 200, target: aRequest, request: (_t, _c, id) => send('POST', `/api/approvals/${id}/reject`, { comment: 'Not yet' }) },
  { route: 'GET /api/cases/:id/approvals', access: 'case.read', ok: 200, target: aCase, request: (_t, _c, id) => get(`/api/cases/${id}/approvals`) },
  {
    route: 'POST /api/cases/:id/closure', access: 'case.write', ok: 201, target: aCase,
    request: (_t, _c, id) => send('POST', `/api/cases/${id}/closure`, { reason: 'moved_not_found', closedOn: today(), summary: 'The family moved away.' }),
  },

  { route: 'GET /api/placement-centres', access: 'case.write', ok: 200, request: () => get('/api/placement-centres?q=a') },
  { route: 'GET /api/cases/:id/placements', access: 'case.read', ok: 200, target: aCase, request: (_t, _c, id) => get(`/api/cases/${id}/placements`) },
  { route: 'POST /api/cases/:id/placements', access: 'case.write', ok: 201, target: aPlannedCase, request: (_t, _c, id) => send('POST', `/api/cases/${id}/placements`, { careType: 'kinship', startDate: today() }) },
  { route: 'PATCH /api/placements/:id', access: 'case.write', ok: 200, target: aPlacement, request: (_t, _c, id) => send('PATCH', `/api/placements/${id}`, { version: 1, notes: 'Agreement signed' }) },
  { route: 'POST /api/placements/:id/end', access: 'case.write', ok: 200, target: aPlacement, request: (_t, _c, id) => send('POST', `/api/placements/${id}/end`, { endDate: today(), reason: 'breakdown' }) },

  { route: 'GET /api/cases/:id/follow-ups', access: 'case.read', ok: 200, target: aCase, request: (_t, _c, id) => get(`/api/cases/${id}/follow-ups`) },
  { route: 'GET /api/follow-ups', access: 'case.read', ok: 200, request: () => get('/api/follow-ups?status=overdue') },
  { route: 'POST /api/follow-ups/:id/record', access: 'case.write', ok: 200, target: aVisit, request: (_t, _c, id) => send('POST', `/api/follow-ups/${id}/record`, visit) },
  { route: 'POST /api/follow-ups/:id/miss', access: 'case.write', ok: 200, target: aVisit, request: (_t, _c, id) => send('POST', `/api/follow-ups/${id}/miss`, { reason: 'Nobody home' }) },
  {
    route: 'POST /api/follow-ups/:id/reschedule', access: 'case.write', ok: 201, target: aVisit,
    request: (_t, _c, id) => send('POST', `/api/follow-ups/${id}/reschedule`, { dueOn: daysFromToday(7), reason: 'Family away' }),
  },

  { route: 'GET /api/cases/:id/services', access: 'case.read', ok: 200, target: aCase, request: (_t, _c, id) => get(`/api/cases/${id}/services`) },
  { route: 'POST /api/cases/:id/services', access: 'case.write', ok: 201, target: aCase, request: (_t, _c, id) => send('POST', `/api/cases/${id}/services`, { serviceType: 'health', providedOn: today() }) },

  { route: 'GET /api/notifications', access: 'signed-in', ok: 200, request: () => get('/api/notifications') },
  {
    route: 'POST /api/notifications/:id/read', access: 'signed-in', ok: 200,
    request: async (t, caller) => send('POST', `/api/notifications/${await myNotification(t, caller.id, caller.organisationId)}/read`, undefined),
  },
  { route: 'POST /api/notifications/read-all', access: 'signed-in', ok: 200, request: () => send('POST', '/api/notifications/read-all', undefined) },

  { route: 'GET /api/home/caseworker', access: 'case.read', ok: 200, request: () => get('/api/home/caseworker') },
  { route: 'GET /api/home/supervisor', access: 'case.approve', ok: 200, request: () => get('/api/home/supervisor') },
];
