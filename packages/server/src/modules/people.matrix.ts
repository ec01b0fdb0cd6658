import { scopeSpecs } from '../platform/access/scoped-data.js';
import type { TestApp } from '../test/harness.js';
import { get, send, type MatrixRow, type Where } from '../test/matrix.js';
import { fileOf, multipartFile } from '../test/multipart.js';

// Targets are built straight in the database in the placement's caseload. Rows that need a
// second record (the person to add to a household, the relation to archive) build it in the
// same caseload and find it again by the target's id.
const linked = new Map<string, string>();
const linkedTo = (id: string | undefined): string => (id && linked.get(id)) || crypto.randomUUID();

const person = { spec: scopeSpecs.person, create: (t: TestApp, w: Where) => t.child(w) };

async function newHousehold(t: TestApp, w: Where): Promise<string> {
  const id = crypto.randomUUID();
  await t.services.db.insertInto('household').values({
    id, organisation_id: w.organisationId, team_id: w.teamId, caseworker_id: w.ownerId, centre_id: null, name: 'Matrix household',
    address_code: null, address_detail: null, livelihood: null, id_poor_level: null, primary_caregiver_id: null, notes: null, created_by: null, archived_at: null,
  }).execute();
  return id;
}
const household = { spec: scopeSpecs.household, create: newHousehold };

/** A household and a person in its caseload who is not (yet) a member. */
const householdAndPerson = {
  spec: scopeSpecs.household,
  create: async (t: TestApp, w: Where) => {
    const id = await newHousehold(t, w);
    linked.set(id, await t.child(w));
    return id;
  },
};

/** A household with one member; the member's id is linked. */
const householdWithMember = {
  spec: scopeSpecs.household,
  create: async (t: TestApp, w: Where) => {
    const id = await newHousehold(t, w);
    const memberId = crypto.randomUUID();
    await t.services.db.insertInto('household_member').values({ id: memberId, household_id: id, person_id: await t.child(w), relationship: 'sibling', left_at: null }).execute();
    linked.set(id, memberId);
    return id;
  },
};

/** A person and a relative in the same caseload, not yet related. */
const personAndRelative = {
  spec: scopeSpecs.person,
  create: async (t: TestApp, w: Where) => {
    const id = await t.child(w);
    linked.set(id, await t.child(w, { kind: 'adult', given_name_km: 'ស្រីមុំ' }));
    return id;
  },
};

/** A person with a relation to a relative; the relation's id is linked. */
const personWithRelation = {
  spec: scopeSpecs.person,
  create: async (t: TestApp, w: Where) => {
    const id = await t.child(w);
    const relationId = crypto.randomUUID();
    await t.services.db.insertInto('person_relation').values({ id: relationId, person_id: id, relative_id: await t.child(w, { kind: 'adult' }), relationship: 'grandparent', archived_at: null }).execute();
    linked.set(id, relationId);
    return id;
  },
};

/** A stored file attached to a person, both in the caseload. */
const attachment = {
  spec: scopeSpecs.attachment,
  create: async (t: TestApp, w: Where) => {
    const bytes = fileOf('pdf');
    const id = crypto.randomUUID();
    await t.services.db.insertInto('attachment').values({
      id, organisation_id: w.organisationId, team_id: w.teamId, caseworker_id: w.ownerId, centre_id: null, person_id: await t.child(w), case_id: null,
      kind: 'id_document', filename: 'matrix.pdf', content_type: 'application/pdf', size_bytes: bytes.length, sha256: await t.services.files.put(bytes),
      uploaded_by: null, archived_at: null,
    }).execute();
    return id;
  },
};

// Until partners have centres, a partner's new record would fall outside their own scope, so
// registering one is refused (403) though the role may write people.
const notPartner = (role: string) => role !== 'partner';

const newChild = { kind: 'child', sex: 'female', familyNameKm: 'ចាន់', givenNameKm: 'សុភា', givenNameLatin: 'Sophea', birthDate: '2014-05-01', addressCode: '12010101' };

/** People, households, kin and attachments (issue 3). */
export const peopleMatrix: MatrixRow[] = [
  { route: 'GET /api/people', access: 'person.read', ok: 200, request: () => get('/api/people?q=sophea') },
  { route: 'POST /api/people', access: 'person.write', ok: 201, allowed: notPartner, request: () => send('POST', '/api/people', newChild) },
  { route: 'POST /api/people/duplicates', access: 'person.read', ok: 200, request: () => send('POST', '/api/people/duplicates', { givenNameLatin: 'Sophea', birthDate: '2014-05-01' }) },
  { route: 'GET /api/people/:id', access: 'person.read', ok: 200, target: person, request: (_t, _c, id) => get(`/api/people/${id}`) },
  { route: 'PATCH /api/people/:id', access: 'person.write', ok: 200, target: person, request: (_t, _c, id) => send('PATCH', `/api/people/${id}`, { version: 1, nickname: 'Pov' }) },
  { route: 'POST /api/people/:id/archive', access: 'person.write', ok: 200, target: person, request: (_t, _c, id) => send('POST', `/api/people/${id}/archive`, { reason: 'Matrix' }) },
  {
    route: 'POST /api/people/:id/relations', access: 'person.write', ok: 201, target: personAndRelative,
    request: (_t, _c, id) => send('POST', `/api/people/${id}/relations`, { relativeId: linkedTo(id), relationship: 'grandparent' }),
  },
  {
    route: 'POST /api/people/:id/relations/:relationId/archive', access: 'person.write', ok: 200, target: personWithRelation,
    request: (_t, _c, id) => send('POST', `/api/people/${id}/relations/${linkedTo(id)}/archive`, {}),
  },

  { route: 'GET /api/households', access: 'person.read', ok: 200, request: () => get('/api/households') },
  { route: 'POST /api/households', access: 'person.write', ok: 201, allowed: notPartner, request: () => send('POST', '/api/households', { name: 'New household', addressCode: '12010101' }) },
  { route: 'GET /api/households/:id', access: 'person.read', ok: 200, target: household, request: (_t, _c, id) => get(`/api/households/${id}`) },
  { route: 'PATCH /api/households/:id', access: 'person.write', ok: 200, target: household, request: (_t, _c, id) => send('PATCH', `/api/households/${id}`, { version: 1, livelihood: 'Fishing' }) },
  { route: 'POST /api/households/:id/archive', access: 'person.write', ok: 200, target: household, request: (_t, _c, id) => send('POST', `/api/households/${id}/archive`, {}) },
  {
    route: 'POST /api/households/:id/members', access: 'person.write', ok: 201, target: householdAndPerson,
    request: (_t, _c, id) => send('POST', `/api/households/${id}/members`, { personId: linkedTo(id), relationship: 'mother' }),
  },
  {
    route: 'PATCH /api/households/:id/members/:memberId', access: 'person.write', ok: 200, target: householdWithMember,
    request: (_t, _c, id) => send('PATCH', `/api/households/${id}/members/${linkedTo(id)}`, { relationship: 'cousin' }),
  },

  {
    route: 'POST /api/people/:id/attachments', access: 'attachment.write', ok: 201, target: person,
    request: (_t, _c, id) => ({ method: 'POST', url: `/api/people/${id}/attachments?kind=photo`, ...multipartFile({ filename: 'photo.png', contentType: 'image/png', bytes: fileOf('png') }) }),
  },
  { route: 'GET /api/people/:id/attachments', access: 'attachment.read', ok: 200, target: person, request: (_t, _c, id) => get(`/api/people/${id}/attachments`) },
  { route: 'GET /api/attachments/:id', access: 'attachment.read', ok: 200, target: attachment, request: (_t, _c, id) => get(`/api/attachments/${id}`) },
  { route: 'POST /api/attachments/:id/archive', access: 'attachment.write', ok: 200, target: attachment, request: (_t, _c, id) => send('POST', `/api/attachments/${id}/archive`, {}) },
];
