import { scopeSpecs } from '../platform/access/scoped-data.js';
import { get, send, type MatrixRow } from '../test/matrix.js';
import { unique, type TestApp } from '../test/harness.js';

const org = { spec: scopeSpecs.organisation, create: async (_t: unknown, w: { organisationId: string }) => w.organisationId };
const team = { spec: scopeSpecs.team, create: async (_t: unknown, w: { teamId: string }) => w.teamId };
/** A fresh caseworker in the placement's team, so changing them never touches the caller. */
const user = {
  spec: scopeSpecs.app_user,
  create: async (t: TestApp, w: { organisationId: string; teamId: string }) =>
    (await t.user({ role: 'caseworker', organisationId: w.organisationId, teamIds: [w.teamId], signIn: false })).id,
};
const lookup = {
  spec: scopeSpecs.lookup,
  create: async (t: TestApp, w: { organisationId: string }) => {
    const row = await t.services.db.selectFrom('lookup').select('id').where('organisation_id', '=', w.organisationId).limit(1).executeTakeFirstOrThrow();
    return row.id;
  },
};

/** The foundation's endpoints: profile, organisations, teams, users, roles, lookups, places, audit. */
export const adminMatrix: MatrixRow[] = [
  { route: 'GET /api/me', access: 'signed-in', ok: 200, request: () => get('/api/me') },
  { route: 'PATCH /api/me', access: 'signed-in', ok: 200, request: () => send('PATCH', '/api/me', { locale: 'km' }) },

  { route: 'GET /api/organisations', access: 'organisation.read', ok: 200, request: () => get('/api/organisations') },
  { route: 'GET /api/organisations/:id', access: 'organisation.read', ok: 200, target: org, request: (_t, _c, id) => get(`/api/organisations/${id}`) },
  { route: 'POST /api/organisations', access: 'organisation.create', ok: 201, request: () => send('POST', '/api/organisations', { name: unique('Org') }) },
  { route: 'PATCH /api/organisations/:id', access: 'organisation.update', ok: 200, target: org, request: (_t, _c, id) => send('PATCH', `/api/organisations/${id}`, { nameKm: 'អង្គការ' }) },

  { route: 'GET /api/teams', access: 'team.read', ok: 200, request: () => get('/api/teams') },
  { route: 'POST /api/teams', access: 'team.manage', ok: 201, request: () => send('POST', '/api/teams', { name: unique('Team') }) },
  { route: 'PATCH /api/teams/:id', access: 'team.manage', ok: 200, target: team, request: (_t, _c, id) => send('PATCH', `/api/teams/${id}`, { name: unique('Team') }) },

  { route: 'GET /api/users', access: 'user.read', ok: 200, request: () => get('/api/users') },
  { route: 'GET /api/users/:id', access: 'user.read', ok: 200, target: user, request: (_t, _c, id) => get(`/api/users/${id}`) },
  {
    route: 'POST /api/users', access: 'user.manage', ok: 201,
    request: () => send('POST', '/api/users', { name: 'New Person', email: `${unique('new')}@example.org`, role: 'caseworker', password: 'temporary-password-1' }),
  },
  { route: 'PATCH /api/users/:id', access: 'user.manage', ok: 200, target: user, request: (_t, _c, id) => send('PATCH', `/api/users/${id}`, { name: 'Renamed Person' }) },
  { route: 'POST /api/users/:id/reset-password', access: 'user.manage', ok: 200, target: user, request: (_t, _c, id) => send('POST', `/api/users/${id}/reset-password`, { password: 'temporary-password-2' }) },

  { route: 'GET /api/roles', access: 'role.read', ok: 200, request: () => get('/api/roles') },

  { route: 'GET /api/lookups', access: 'lookup.read', ok: 200, request: () => get('/api/lookups') },
  {
    route: 'POST /api/lookups', access: 'lookup.manage', ok: 201,
    request: () => send('POST', '/api/lookups', { list: 'referral_source', value: unique('v').replace(/-/g, '_').toLowerCase(), labelEn: 'Temple', labelKm: 'វត្ត' }),
  },
  { route: 'PATCH /api/lookups/:id', access: 'lookup.manage', ok: 200, target: lookup, request: (_t, _c, id) => send('PATCH', `/api/lookups/${id}`, { sortOrder: 5 }) },

  { route: 'GET /api/places', access: 'place.read', ok: 200, request: () => get('/api/places?parent=12') },
  { route: 'GET /api/places/search', access: 'place.read', ok: 200, request: () => get('/api/places/search?q=phnom') },
  { route: 'GET /api/places/:code', access: 'place.read', ok: 200, request: () => get('/api/places/12010101') },

  { route: 'GET /api/audit', access: 'audit.read_log', ok: 200, request: () => get('/api/audit') },
  { route: 'GET /api/audit/records/:type/:id', access: 'audit.read_record', ok: 200, target: user, request: (_t, _c, id) => get(`/api/audit/records/user/${id}`) },
];
