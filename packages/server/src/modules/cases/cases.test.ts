import type { TCase, TCaseSummary } from '@homeward/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { caseRecordTables } from './ownership.js';
import {
  auditOf, call, caseOffice, insertConsent, insertFollowUp, insertNote, insertPlacement, intake, listAuditsNaming, openCaseHttp, shiftDays, today, type CaseOffice,
} from './testing.js';

let t: TestApp;
let o: CaseOffice;
beforeAll(async () => {
  t = await startTestApp();
  o = await caseOffice(t, `M'Lup Russey ${Date.now()}${Math.floor(Math.random() * 1e6)}`);
});
afterAll(() => t.close());

type Page = { items: TCaseSummary[]; total: number; page: number; pageSize: number };
const casesOfChild = async (childId: string) => (await t.services.db.selectFrom('case_file').select('id').where('child_id', '=', childId).execute()).length;
const sequence = async (org: string) =>
  (await t.services.db.selectFrom('case_sequence').select('last').where('organisation_id', '=', org).executeTakeFirst())?.last ?? 0;

describe('POST /api/cases', () => {
  it('opens a case at referral with a numbered file, the intake, me and my team, and a first history line', async () => {
    const childId = await t.child(o.mine);
    const res = await call(t, o.caseworker, 'POST', '/api/cases', intake(childId, { childViews: 'Wants to live with her grandmother', familyViews: 'Grandmother is willing' }));
    expect(res.statusCode, res.body).toBe(201);
    const kase = res.json<TCase>();
    expect(kase.number).toMatch(new RegExp(`^MR-${today().slice(0, 4)}-\\d{6}$`));
    expect(kase).toMatchObject({
      stage: 'referral', riskLevel: 'medium', urgency: 'high', openedOn: today(), organisationId: o.org, teamId: o.team, teamName: 'A team',
      caseworker: { id: o.caseworker.id }, referralDate: '2026-01-05', referralSource: 'dosvy', childCategories: ['orphan'],
      childViews: 'Wants to live with her grandmother', familyViews: 'Grandmother is willing', version: 1, consents: [], currentPlacement: null,
      counts: { notes: 0, conferences: 0 }, transfers: [], child: { id: childId, givenNameKm: 'សុភា', familyNameLatin: 'Chan' },
    });
    expect(kase.stageHistory).toEqual([expect.objectContaining({ fromStage: null, toStage: 'referral', changedBy: { id: o.caseworker.id, name: 'Test caseworker' } })]);
    expect(await auditOf(t, kase.id, 'create')).toEqual([expect.objectContaining({ actor_id: o.caseworker.id, organisation_id: o.org, record_type: 'case' })]);
  });

  it('numbers cases per organisation and year without gaps or repeats when opened at the same moment', async () => {
    const office = await caseOffice(t);
    const children = await Promise.all(Array.from({ length: 6 }, () => t.child(office.mine)));
    const results = await Promise.all(children.map((childId) => call(t, office.caseworker, 'POST', '/api/cases', intake(childId))));
    expect(results.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201, 201]);
    const numbers = results.map((r) => r.json<TCase>().number).sort();
    expect(new Set(numbers).size).toBe(6);
    expect(numbers.map((n) => Number(n.slice(-6)))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await sequence(office.org)).toBe(6);
  });

  it('answers 409 case.already_open on childId for a second open case, also when both are asked at once', async () => {
    const childId = await t.child(o.mine);
    const results = await Promise.all([0, 1, 2].map(() => call(t, o.caseworker, 'POST', '/api/cases', intake(childId))));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    for (const r of results.filter((x) => x.statusCode === 409)) {
      expect(r.json()).toMatchObject({ error: { code: 'case.already_open', key: 'errors.case.already_open', fields: [{ field: 'childId', key: 'errors.case.already_open' }] } });
    }
    expect(await casesOfChild(childId)).toBe(1);
  });

  it('lets another organisation open a case for its own record of a child', async () => {
    const other = await caseOffice(t);
    const kase = await openCaseHttp(t, other.caseworker, other.mine);
    expect(kase.organisationId).toBe(other.org);
  });

  const invalid: Array<[string, Record<string, unknown>, string, string]> = [
    ['an unknown referral source', { referralSource: 'astrologer' }, 'referralSource', 'validation.lookup_unknown'],
    ['an unknown child category', { childCategories: ['orphan', 'martian'] }, 'childCategories', 'validation.lookup_unknown'],
    ['a referral date in the future', { referralDate: shiftDays(today(), 2) }, 'referralDate', 'validation.date_in_future'],
    ['a malformed referral date', { referralDate: '05/01/2026' }, 'referralDate', 'validation.format'],
    ['no risk level', { riskLevel: undefined }, 'riskLevel', 'validation.choice'],
    ['an unknown urgency', { urgency: 'yesterday' }, 'urgency', 'validation.choice'],
    ['a blank reason', { referralReason: '  ' }, 'referralReason', 'validation.too_small'],
  ];
  for (const [what, overrides, field, key] of invalid) {
    it(`refuses ${what} with 400 on ${field} and changes nothing`, async () => {
      const childId = await t.child({ ...o.mine, teamId: null });
      const before = await sequence(o.org);
      const res = await call(t, o.caseworker, 'POST', '/api/cases', intake(childId, overrides));
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'validation.failed', fields: [expect.objectContaining({ field, key: field === 'riskLevel' ? expect.stringMatching(/^validation\./) : key })] } });
      expect(await casesOfChild(childId)).toBe(0);
      expect(await sequence(o.org)).toBe(before);
      const person = await t.services.db.selectFrom('person').select(['team_id', 'version']).where('id', '=', childId).executeTakeFirstOrThrow();
      expect(person).toEqual({ team_id: null, version: 1 });
    });
  }

  it('refuses a child I cannot see (400 on childId) and an adult', async () => {
    const outsiders = await t.child({ organisationId: o.org, teamId: o.otherTeam, ownerId: o.outsider.id });
    const hidden = await call(t, o.caseworker, 'POST', '/api/cases', intake(outsiders));
    expect(hidden.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'childId', key: 'validation.person_unknown' }] } });
    const adult = await t.child(o.mine, { kind: 'adult' });
    const res = await call(t, o.caseworker, 'POST', '/api/cases', intake(adult));
    expect(res.json()).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'childId', key: 'validation.not_a_child' }] } });
    expect(await casesOfChild(outsiders) + await casesOfChild(adult)).toBe(0);
  });

  it('lets a supervisor open a case for a caseworker of their team, not for one outside it', async () => {
    const childId = await t.child({ organisationId: o.org, teamId: o.team, ownerId: o.supervisor.id });
    const outside = await call(t, o.supervisor, 'POST', '/api/cases', intake(childId, { caseworkerId: o.outsider.id }));
    expect(outside.json()).toMatchObject({ error: { fields: [{ field: 'caseworkerId', key: 'validation.caseworker_not_in_team' }] } });
    const res = await call(t, o.supervisor, 'POST', '/api/cases', intake(childId, { caseworkerId: o.colleague.id }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<TCase>()).toMatchObject({ caseworker: { id: o.colleague.id }, teamId: o.team });
  });

  it('refuses a caseworker naming someone else (403), and anyone inactive, of another organisation or not working on cases (400)', async () => {
    const childId = await t.child(o.mine);
    expect((await call(t, o.caseworker, 'POST', '/api/cases', intake(childId, { caseworkerId: o.colleague.id }))).statusCode).toBe(403);
    const inactive = await t.user({ role: 'caseworker', organisationId: o.org, teamIds: [o.team], signIn: false });
    await t.services.db.updateTable('app_user').set({ active: false }).where('id', '=', inactive.id).execute();
    const stranger = await t.user({ role: 'caseworker', organisationId: await t.organisation(), signIn: false });
    for (const caseworkerId of [inactive.id, stranger.id, o.viewer.id, 'no-such-user']) {
      const res = await call(t, o.manager, 'POST', '/api/cases', intake(childId, { caseworkerId }));
      expect(res.json(), caseworkerId).toMatchObject({ error: { code: 'validation.failed', fields: [{ field: 'caseworkerId', key: 'validation.caseworker_invalid' }] } });
    }
    const wrongTeam = await call(t, o.manager, 'POST', '/api/cases', intake(childId, { caseworkerId: o.caseworker.id, teamId: o.otherTeam }));
    expect(wrongTeam.json()).toMatchObject({ error: { fields: [{ field: 'teamId', key: 'validation.team_invalid' }] } });
    expect(await casesOfChild(childId)).toBe(0);
  });

  it('moves the child and the household into the case’s caseload, except a member held by another open case', async () => {
    const childId = await t.child({ organisationId: o.org, teamId: null, ownerId: o.manager.id });
    const mother = await t.child({ organisationId: o.org, teamId: null, ownerId: o.manager.id }, { kind: 'adult' });
    const sibling = await t.child({ organisationId: o.org, teamId: o.otherTeam, ownerId: o.outsider.id });
    await t.openCase({ organisationId: o.org, teamId: o.otherTeam, ownerId: o.outsider.id }, { childId: sibling });
    const household = crypto.randomUUID();
    const db = t.services.db;
    await db.insertInto('household').values({
      id: household, organisation_id: o.org, team_id: null, caseworker_id: o.manager.id, centre_id: null, name: 'Chan family', address_code: null,
      address_detail: null, livelihood: null, id_poor_level: null, primary_caregiver_id: null, notes: null, created_by: null, archived_at: null,
    }).execute();
    await db.insertInto('household_member').values([childId, mother, sibling].map((person_id) => ({ id: crypto.randomUUID(), household_id: household, person_id, relationship: null, left_at: null }))).execute();

    const res = await call(t, o.manager, 'POST', '/api/cases', intake(childId, { caseworkerId: o.caseworker.id }));
    expect(res.statusCode, res.body).toBe(201);
    const owners = await db.selectFrom('person').select(['id', 'caseworker_id', 'team_id']).where('id', 'in', [childId, mother, sibling]).execute();
    const ownerOf = (id: string) => owners.find((p) => p.id === id);
    expect(ownerOf(childId)).toMatchObject({ caseworker_id: o.caseworker.id, team_id: o.team });
    expect(ownerOf(mother)).toMatchObject({ caseworker_id: o.caseworker.id, team_id: o.team });
    expect(ownerOf(sibling)).toMatchObject({ caseworker_id: o.outsider.id, team_id: o.otherTeam });
    // The household has a member with another open case: it stays where it was.
    expect(await db.selectFrom('household').select('caseworker_id').where('id', '=', household).executeTakeFirstOrThrow()).toEqual({ caseworker_id: o.manager.id });
    expect(await auditOf(t, mother, 'case.assign')).toEqual([expect.objectContaining({
      actor_id: o.manager.id, record_type: 'person', changes: { team_id: { before: null, after: o.team }, caseworker_id: { before: o.manager.id, after: o.caseworker.id } },
    })]);
    // The caseworker now sees the child's page.
    expect((await call(t, o.caseworker, 'GET', `/api/people/${childId}`)).statusCode).not.toBe(404);
  });
});

describe('GET /api/cases', () => {
  let office: CaseOffice;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    office = await caseOffice(t);
    const mine = office.mine;
    ids.mine = (await openCaseHttp(t, office.caseworker, mine, { riskLevel: 'high' })).id;
    const colleagueChild = await t.child({ organisationId: office.org, teamId: office.team, ownerId: office.colleague.id }, {
      given_name_km: 'ដារ៉ា', family_name_km: 'សុខ', given_name_latin: 'Dara', family_name_latin: 'Sok', address_code: '12010101',
      search_key: 'សុខ ដារ៉ា sok dara',
    });
    ids.colleague = (await call(t, office.colleague, 'POST', '/api/cases', intake(colleagueChild, { riskLevel: 'low' }))).json<TCase>().id;
    ids.outsider = (await openCaseHttp(t, office.outsider, { organisationId: office.org, teamId: office.otherTeam, ownerId: office.outsider.id })).id;
    await insertFollowUp(t, ids.mine, shiftDays(today(), -3));
    ids.otherOrg = (await openCaseHttp(t, o.caseworker, o.mine)).id;
  });
  const list = async (as: CaseOffice['caseworker'], query: Record<string, string> = {}) => {
    const res = await call(t, as, 'GET', '/api/cases', undefined, query);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Page>();
  };
  const idsOf = (page: Page) => page.items.map((c) => c.id).sort();

  it('shows a caseworker their own caseload, a supervisor the team, a manager the organisation', async () => {
    expect(idsOf(await list(office.caseworker))).toEqual([ids.mine]);
    expect(idsOf(await list(office.supervisor))).toEqual([ids.mine, ids.colleague].sort());
    expect(idsOf(await list(office.manager))).toEqual([ids.mine, ids.colleague, ids.outsider].sort());
    expect(idsOf(await list(office.administrator))).toEqual([ids.mine, ids.colleague, ids.outsider].sort());
    expect((await list(office.partner)).items).toEqual([]);
    expect((await call(t, office.viewer, 'GET', '/api/cases')).statusCode).toBe(403);
  });

  it('filters by stage, risk, caseworker, province and overdue work, and searches names in either script and numbers', async () => {
    const m = office.manager;
    expect(idsOf(await list(m, { risk: 'high' }))).toEqual([ids.mine]);
    expect(idsOf(await list(m, { caseworkerId: office.colleague.id }))).toEqual([ids.colleague]);
    expect(idsOf(await list(m, { province: '12' }))).toEqual([ids.colleague]);
    expect(idsOf(await list(m, { overdue: 'true' }))).toEqual([ids.mine]);
    expect(idsOf(await list(m, { overdue: 'false' }))).toEqual([ids.colleague, ids.outsider].sort());
    expect(idsOf(await list(m, { stage: 'referral' }))).toHaveLength(3);
    expect(idsOf(await list(m, { stage: 'assessment' }))).toEqual([]);
    expect(idsOf(await list(m, { q: 'Dara' }))).toEqual([ids.colleague]);
    expect(idsOf(await list(m, { q: 'ដារ៉ា' }))).toEqual([ids.colleague]);
    const one = (await list(m, { caseworkerId: office.outsider.id })).items[0]!;
    expect(idsOf(await list(m, { q: one.number.slice(-6) }))).toEqual([ids.outsider]);
    expect((await list(m, { overdue: 'true' })).items[0]).toMatchObject({ overdue: true, child: { givenNameKm: 'សុភា' }, caseworker: { id: office.caseworker.id } });
  });

  it('pages on the server and audits the page shown', async () => {
    const first = await list(office.manager, { pageSize: '2', page: '1' });
    const second = await list(office.manager, { pageSize: '2', page: '2' });
    expect([first.total, first.items.length, second.items.length]).toEqual([3, 2, 1]);
    expect(new Set([...idsOf(first), ...idsOf(second)]).size).toBe(3);
    expect(await listAuditsNaming(t, office.manager.id, 'case', second.items[0]!.id)).toBeGreaterThan(0);
  });

  it('never shows another organisation’s cases', async () => {
    expect(idsOf(await list(o.manager))).not.toContain(ids.mine);
    expect(idsOf(await list(office.manager))).not.toContain(ids.otherOrg);
  });
});

describe('GET /api/cases/:id', () => {
  it('shows the case with consents, current placement and note counts, and audits the case and the child as read', async () => {
    const kase = await openCaseHttp(t, o.caseworker, o.mine);
    const consent = await insertConsent(t, kase.id);
    const placement = await insertPlacement(t, kase.id);
    await insertNote(t, kase.id);
    await insertNote(t, kase.id, { type: 'case_conference' });
    const res = await call(t, o.caseworker, 'GET', `/api/cases/${kase.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TCase>()).toMatchObject({
      consents: [{ id: consent, subject: 'Transfer of the case file', givenBy: 'Mother', withdrawnOn: null }],
      currentPlacement: { id: placement, careType: 'kinship', startDate: '2026-01-20' }, counts: { notes: 2, conferences: 1 },
    });
    const reads = await t.services.db.selectFrom('audit_log').select(['record_type', 'record_id']).where('actor_id', '=', o.caseworker.id)
      .where('action', '=', 'read').where('record_id', 'in', [kase.id, kase.child.id]).execute();
    expect(reads.map((r) => r.record_type).sort()).toEqual(expect.arrayContaining(['case', 'person']));
    expect(await listAuditsNaming(t, o.caseworker.id, 'consent', consent)).toBe(1);
  });

  it('answers 404 outside my scope and to another organisation, and 403 to a viewer', async () => {
    const kase = await openCaseHttp(t, o.caseworker, o.mine);
    const other = await caseOffice(t);
    for (const user of [o.outsider, o.colleague, o.partner, other.manager]) {
      expect((await call(t, user, 'GET', `/api/cases/${kase.id}`)).statusCode, user.role).toBe(404);
    }
    expect((await call(t, o.supervisor, 'GET', `/api/cases/${kase.id}`)).statusCode).toBe(200);
    expect((await call(t, o.viewer, 'GET', `/api/cases/${kase.id}`)).statusCode).toBe(403);
  });
});

describe('PATCH /api/cases/:id', () => {
  it('changes the intake and risk on the current version, audited, and refuses a stale version', async () => {
    const kase = await openCaseHttp(t, o.caseworker, o.mine);
    const res = await call(t, o.caseworker, 'PATCH', `/api/cases/${kase.id}`, { version: 1, riskLevel: 'high', childViews: 'Wants to go home', childCategories: ['orphan', 'abused'] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TCase>()).toMatchObject({ version: 2, riskLevel: 'high', childViews: 'Wants to go home', childCategories: ['orphan', 'abused'] });
    expect(await auditOf(t, kase.id, 'update')).toEqual([expect.objectContaining({
      changes: expect.objectContaining({ risk_level: { before: 'medium', after: 'high' }, child_views: { before: null, after: 'Wants to go home' } }),
    })]);
    const stale = await call(t, o.caseworker, 'PATCH', `/api/cases/${kase.id}`, { version: 1, riskLevel: 'low' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'record.conflict' } });
    expect((await call(t, o.caseworker, 'GET', `/api/cases/${kase.id}`)).json<TCase>()).toMatchObject({ riskLevel: 'high', version: 2 });
  });

  it('refuses bad input with field errors and changes nothing', async () => {
    const kase = await openCaseHttp(t, o.caseworker, o.mine);
    const res = await call(t, o.caseworker, 'PATCH', `/api/cases/${kase.id}`, { version: 1, referralSource: 'astrologer', referralDate: shiftDays(today(), 3) });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { fields: Array<{ field: string }> } }>().error.fields.map((f) => f.field).sort()).toEqual(['referralDate', 'referralSource']);
    expect((await call(t, o.caseworker, 'PATCH', `/api/cases/${kase.id}`, { riskLevel: 'low' })).statusCode).toBe(400);
    expect((await call(t, o.caseworker, 'GET', `/api/cases/${kase.id}`)).json<TCase>()).toMatchObject({ version: 1, referralSource: 'dosvy', riskLevel: 'medium' });
  });

  it('refuses changes to a closed case with 409 case.closed, and a case outside my scope with 404', async () => {
    const { caseId } = await t.openCase(o.mine, { stage: 'closed' });
    expect((await call(t, o.caseworker, 'PATCH', `/api/cases/${caseId}`, { version: 1, riskLevel: 'low' })).json()).toMatchObject({ error: { code: 'case.closed' } });
    const { caseId: hidden } = await t.openCase({ organisationId: o.org, teamId: o.otherTeam, ownerId: o.outsider.id });
    expect((await call(t, o.caseworker, 'PATCH', `/api/cases/${hidden}`, { version: 1, riskLevel: 'low' })).statusCode).toBe(404);
  });
});

describe('consents', () => {
  it('records a consent with its signed form, audited, and withdraws it once', async () => {
    const kase = await openCaseHttp(t, o.caseworker, o.mine);
    const res = await call(t, o.caseworker, 'POST', `/api/cases/${kase.id}/consents`, { subject: 'Sharing the file with DoSVY', givenBy: 'Chan Sophea and her mother', givenOn: '2026-01-06' });
    expect(res.statusCode, res.body).toBe(201);
    const consent = res.json<{ id: string }>();
    expect(res.json()).toMatchObject({ caseId: kase.id, subject: 'Sharing the file with DoSVY', withdrawnOn: null });
    expect(await auditOf(t, consent.id, 'create')).toHaveLength(1);
    const early = await call(t, o.caseworker, 'POST', `/api/cases/${kase.id}/consents/${consent.id}/withdraw`, { withdrawnOn: '2026-01-01' });
    expect(early.json()).toMatchObject({ error: { fields: [{ field: 'withdrawnOn', key: 'validation.before_given_on' }] } });
    const withdrawn = await call(t, o.caseworker, 'POST', `/api/cases/${kase.id}/consents/${consent.id}/withdraw`, { reason: 'Mother changed her mind' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ withdrawnOn: today() });
    expect(await auditOf(t, consent.id, 'consent.withdraw')).toEqual([expect.objectContaining({ details: { caseId: kase.id, reason: 'Mother changed her mind' } })]);
    const again = await call(t, o.caseworker, 'POST', `/api/cases/${kase.id}/consents/${consent.id}/withdraw`, {});
    expect(again.json()).toMatchObject({ error: { code: 'consent.already_withdrawn' } });
  });

  it('refuses a future date, a form not attached to this case, and a consent of another case', async () => {
    const kase = await openCaseHttp(t, o.caseworker, o.mine);
    const res = await call(t, o.caseworker, 'POST', `/api/cases/${kase.id}/consents`, {
      subject: 'Photos', givenBy: 'Mother', givenOn: shiftDays(today(), 2), documentAttachmentId: crypto.randomUUID(),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { fields: Array<{ field: string; key: string }> } }>().error.fields).toEqual([
      { field: 'givenOn', key: 'validation.date_in_future' }, { field: 'documentAttachmentId', key: 'validation.attachment_unknown' },
    ]);
    expect(await t.services.db.selectFrom('consent').select('id').where('case_id', '=', kase.id).execute()).toEqual([]);
    const other = await openCaseHttp(t, o.caseworker, o.mine);
    const foreign = await insertConsent(t, other.id);
    expect((await call(t, o.caseworker, 'POST', `/api/cases/${kase.id}/consents/${foreign}/withdraw`, {})).statusCode).toBe(404);
  });
});

describe('POST /api/cases/:id/assign', () => {
  it('moves the case, every record under it and the child to another caseworker of the team, audited', async () => {
    const kase = await openCaseHttp(t, o.caseworker, o.mine);
    const note = await insertNote(t, kase.id);
    const consent = await insertConsent(t, kase.id);
    const placement = await insertPlacement(t, kase.id);
    const res = await call(t, o.supervisor, 'POST', `/api/cases/${kase.id}/assign`, { caseworkerId: o.colleague.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TCase>()).toMatchObject({ caseworker: { id: o.colleague.id }, teamId: o.team, version: 2 });
    const db = t.services.db;
    for (const [table, id] of [['case_note', note], ['consent', consent], ['placement', placement]] as const) {
      expect(await db.selectFrom(table).select('caseworker_id').where('id', '=', id).executeTakeFirstOrThrow(), table).toEqual({ caseworker_id: o.colleague.id });
    }
    expect(await db.selectFrom('person').select('caseworker_id').where('id', '=', kase.child.id).executeTakeFirstOrThrow()).toEqual({ caseworker_id: o.colleague.id });
    expect(await auditOf(t, kase.id, 'case.assign')).toEqual([expect.objectContaining({ actor_id: o.supervisor.id, changes: { caseworker_id: { before: o.caseworker.id, after: o.colleague.id } } })]);
    expect(await auditOf(t, note, 'case.assign')).toHaveLength(1);
    expect((await call(t, o.caseworker, 'GET', `/api/cases/${kase.id}`)).statusCode).toBe(404);
    expect((await call(t, o.colleague, 'GET', `/api/cases/${kase.id}`)).statusCode).toBe(200);
  });

  it('refuses a caseworker (403), a supervisor assigning outside their team (400), and a case outside scope (404)', async () => {
    const kase = await openCaseHttp(t, o.caseworker, o.mine);
    expect((await call(t, o.caseworker, 'POST', `/api/cases/${kase.id}/assign`, { caseworkerId: o.colleague.id })).statusCode).toBe(403);
    const res = await call(t, o.supervisor, 'POST', `/api/cases/${kase.id}/assign`, { caseworkerId: o.outsider.id });
    expect(res.json()).toMatchObject({ error: { fields: [{ field: 'caseworkerId', key: 'validation.caseworker_not_in_team' }] } });
    const { caseId: hidden } = await t.openCase({ organisationId: o.org, teamId: o.otherTeam, ownerId: o.outsider.id });
    expect((await call(t, o.supervisor, 'POST', `/api/cases/${hidden}/assign`, { caseworkerId: o.colleague.id })).statusCode).toBe(404);
    // A manager may move a case across teams.
    const across = await call(t, o.manager, 'POST', `/api/cases/${kase.id}/assign`, { caseworkerId: o.outsider.id });
    expect(across.json<TCase>()).toMatchObject({ caseworker: { id: o.outsider.id }, teamId: o.otherTeam });
  });

  it('knows every table whose rows belong to a case', async () => {
    const { rows } = await sql<{ table_name: string }>`
      select c.table_name from information_schema.columns c
      where c.table_schema = current_schema() and c.column_name = 'case_id'
        and exists (select 1 from information_schema.columns o where o.table_schema = c.table_schema and o.table_name = c.table_name and o.column_name = 'caseworker_id')
      order by 1`.execute(t.services.db);
    expect(rows.map((r) => r.table_name).sort()).toEqual([...caseRecordTables].sort());
  });
});
