import { can } from '@homeward/core';
import { scopeSpecs, type ScopeSpec } from '../platform/access/scoped-data.js';
import type { TestApp, TestUser } from '../test/harness.js';
import { get, send, type MatrixRow, type Where } from '../test/matrix.js';
import { fileOf, multipartFile } from '../test/multipart.js';
import { insertConsent, insertNote, intake } from './cases/testing.js';

/*
 * The case endpoints. Each target is built fresh in the placement's caseload (a case opened there
 * with `t.openCase`, and its consent or note inserted with the case's ownership). Incoming
 * transfers are addressed to the placement's organisation: their receivers see them by address,
 * not by caseload, so their spec names `to_organisation_id` as the organisation column.
 */
type Target = NonNullable<MatrixRow['target']>;
const target = (spec: ScopeSpec, create: (t: TestApp, w: Where) => Promise<string>): Target => ({ spec, create });

const aCase = target(scopeSpecs.case_file, async (t, w) => (await t.openCase(w)).caseId);
const aClosedCase = target(scopeSpecs.case_file, async (t, w) => (await t.openCase(w, { stage: 'closed' })).caseId);
const aConsent = target(scopeSpecs.consent, async (t, w) => insertConsent(t, (await t.openCase(w)).caseId));
const aNote = target(scopeSpecs.case_note, async (t, w) => insertNote(t, (await t.openCase(w)).caseId));

const incomingSpec: ScopeSpec = { recordType: 'case_transfer', organisation: 'to_organisation_id', personal: true };
/** A pending transfer to the placement's organisation, of a case in a third organisation. */
const anIncomingTransfer = target(incomingSpec, async (t, w) => {
  const sender = await t.organisation();
  const requester = await t.user({ role: 'supervisor', organisationId: sender, signIn: false });
  const { caseId } = await t.openCase({ organisationId: sender, teamId: null, ownerId: requester.id });
  const consentId = await insertConsent(t, caseId);
  const id = crypto.randomUUID();
  await t.services.db.insertInto('case_transfer').values({
    id, case_id: caseId, organisation_id: sender, team_id: null, caseworker_id: requester.id, centre_id: null, to_organisation_id: w.organisationId,
    consent_id: consentId, reason: 'The family moved', status: 'pending', requested_by: requester.id, decided_by: null, decided_at: null,
    decision_comment: null, new_case_id: null,
  }).execute();
  return id;
});

const signedOut = (caller: TestUser) => caller.id === '';
const caseRow = (t: TestApp, id: string) => t.services.db.selectFrom('case_file').select(['organisation_id', 'team_id']).where('id', '=', id).executeTakeFirst();
const caseOf = async (t: TestApp, table: 'consent' | 'case_note', id: string) =>
  (await t.services.db.selectFrom(table).select('case_id').where('id', '=', id).executeTakeFirst())?.case_id ?? crypto.randomUUID();

export const casesMatrix: MatrixRow[] = [
  { route: 'GET /api/cases', access: 'case.read', ok: 200, request: () => get('/api/cases?stage=open&q=sophea') },
  {
    route: 'POST /api/cases', access: 'case.write', ok: 201,
    request: async (t, caller) => {
      const childId = signedOut(caller) ? crypto.randomUUID() : await t.child({ organisationId: caller.organisationId, teamId: caller.teamIds[0] ?? null, ownerId: caller.id });
      return send('POST', '/api/cases', intake(childId));
    },
  },
  { route: 'GET /api/cases/:id', access: 'case.read', ok: 200, target: aCase, request: (_t, _c, id) => get(`/api/cases/${id}`) },
  { route: 'PATCH /api/cases/:id', access: 'case.write', ok: 200, target: aCase, request: (_t, _c, id) => send('PATCH', `/api/cases/${id}`, { version: 1, riskLevel: 'high' }) },
  { route: 'POST /api/cases/:id/stage', access: 'case.write', ok: 200, target: aCase, request: (_t, _c, id) => send('POST', `/api/cases/${id}/stage`, { to: 'assessment' }) },
  { route: 'POST /api/cases/:id/reopen', access: 'case.write', ok: 200, target: aClosedCase, request: (_t, _c, id) => send('POST', `/api/cases/${id}/reopen`, { reason: 'New concerns' }) },
  {
    // To a fresh caseworker of the case's own team, so any role allowed to assign may.
    route: 'POST /api/cases/:id/assign', access: 'case.assign', ok: 200, target: aCase,
    request: async (t, caller, id) => {
      const kase = signedOut(caller) ? undefined : await caseRow(t, id!);
      const caseworkerId = kase
        ? (await t.user({ role: 'caseworker', organisationId: kase.organisation_id, teamIds: kase.team_id ? [kase.team_id] : [], signIn: false })).id
        : 'nobody';
      return send('POST', `/api/cases/${id}/assign`, { caseworkerId });
    },
  },
  {
    route: 'POST /api/cases/:id/consents', access: 'case.write', ok: 201, target: aCase,
    request: (_t, _c, id) => send('POST', `/api/cases/${id}/consents`, { subject: 'Sharing the file', givenBy: 'Mother', givenOn: '2026-01-06' }),
  },
  {
    route: 'POST /api/cases/:id/consents/:consentId/withdraw', access: 'case.write', ok: 200, target: aConsent,
    request: async (t, _c, id) => send('POST', `/api/cases/${await caseOf(t, 'consent', id!)}/consents/${id}/withdraw`, { reason: 'Changed her mind' }),
  },
  { route: 'GET /api/cases/:id/notes', access: 'case.read', ok: 200, target: aCase, request: (_t, _c, id) => get(`/api/cases/${id}/notes`) },
  {
    route: 'POST /api/cases/:id/notes', access: 'case.write', ok: 201, target: aCase,
    request: (_t, _c, id) => send('POST', `/api/cases/${id}/notes`, { type: 'phone', occurredOn: '2026-01-08', narrative: 'Called the grandmother.' }),
  },
  {
    route: 'PATCH /api/cases/:id/notes/:noteId', access: 'case.write', ok: 200, target: aNote,
    request: async (t, _c, id) => send('PATCH', `/api/cases/${await caseOf(t, 'case_note', id!)}/notes/${id}`, { version: 1, nextSteps: 'Visit next week' }),
  },
  {
    route: 'POST /api/cases/:id/transfers', access: 'case.transfer', ok: 201, target: aCase,
    request: async (t, caller, id) => {
      const real = !signedOut(caller) && (await caseRow(t, id!)) !== undefined;
      const consentId = real ? await insertConsent(t, id!) : crypto.randomUUID();
      const toOrganisationId = real ? await t.organisation() : crypto.randomUUID();
      return send('POST', `/api/cases/${id}/transfers`, { toOrganisationId, consentId, reason: 'The family moved' });
    },
  },
  {
    // A case's documents need the case action too (a facilitator may open people's papers, not case files).
    route: 'POST /api/cases/:id/attachments', access: 'attachment.write', ok: 201, target: aCase, allowed: (role) => can(role, 'case.write'),
    request: (_t, _c, id) => ({ method: 'POST', url: `/api/cases/${id}/attachments?kind=report`, ...multipartFile({ filename: 'report.pdf', contentType: 'application/pdf', bytes: fileOf('pdf') }) }),
  },
  {
    route: 'GET /api/cases/:id/attachments', access: 'attachment.read', ok: 200, target: aCase, allowed: (role) => can(role, 'case.read'),
    request: (_t, _c, id) => get(`/api/cases/${id}/attachments`),
  },
  { route: 'GET /api/case-transfers', access: 'case.transfer', ok: 200, request: () => get('/api/case-transfers?direction=incoming') },
  { route: 'GET /api/case-transfers/destinations', access: 'case.transfer', ok: 200, request: () => get('/api/case-transfers/destinations') },
  {
    // Taken on by the caller when they belong to the receiving organisation, else by one of its caseworkers.
    route: 'POST /api/case-transfers/:id/accept', access: 'case.transfer', ok: 200, target: anIncomingTransfer,
    request: async (t, caller, id) => {
      const transfer = signedOut(caller) ? undefined
        : await t.services.db.selectFrom('case_transfer').select('to_organisation_id').where('id', '=', id!).executeTakeFirst();
      const caseworkerId = transfer && transfer.to_organisation_id !== caller.organisationId
        ? (await t.user({ role: 'caseworker', organisationId: transfer.to_organisation_id, signIn: false })).id
        : undefined;
      return send('POST', `/api/case-transfers/${id}/accept`, { comment: 'Welcome', ...(caseworkerId ? { caseworkerId } : {}) });
    },
  },
  {
    route: 'POST /api/case-transfers/:id/decline', access: 'case.transfer', ok: 200, target: anIncomingTransfer,
    request: (_t, _c, id) => send('POST', `/api/case-transfers/${id}/decline`, { comment: 'No capacity' }),
  },
];
