import { searchKey } from '@homeward/core';
import type { TestApp } from '../../test/harness.js';
import { daysFromToday, insertFollowUp, insertPlacement, insertPlan, type Office } from '../casework/test-support.js';

/*
 * A case with everything forms 1, 3, 4 and 5 print, inserted straight into the database with the
 * case's ownership: a Khmer-named child with parents and an address, her household (mother as
 * main caregiver), a referral, a case conference decision, an approved plan, an active kinship
 * placement with a signed agreement, and one visit made.
 */
export async function fullCase(t: TestApp, o: Office): Promise<{ caseId: string; childId: string; householdId: string }> {
  const db = t.services.db;
  const own = { organisation_id: o.org, team_id: o.team, caseworker_id: o.caseworker.id, centre_id: null };
  const village = await db.selectFrom('place').select('code').where('level', '=', 'village').orderBy('code').executeTakeFirstOrThrow();
  const childId = await t.child(o.mine, {
    family_name_km: 'សុខ', given_name_km: 'ស្រីពៅ', family_name_latin: 'Sok', given_name_latin: 'Sreypov', sex: 'female', birth_date: '2014-03-09',
    birth_date_estimated: true, address_code: village.code, father_given_name: 'សុខា', mother_given_name: 'ស្រីមុំ', id_poor_level: 1,
    search_key: searchKey('សុខ', 'ស្រីពៅ', 'Sok', 'Sreypov'),
  });
  const motherId = await t.child(o.mine, {
    kind: 'adult', family_name_km: 'ចាន់', given_name_km: 'ស្រីមុំ', family_name_latin: 'Chan', given_name_latin: 'Sreymom', birth_date: '1988-01-01',
    search_key: searchKey('ចាន់', 'ស្រីមុំ', 'Chan', 'Sreymom'),
  });
  const householdId = crypto.randomUUID();
  await db.insertInto('household').values({
    id: householdId, ...own, name: 'គ្រួសារ ចាន់ ស្រីមុំ', address_code: village.code, address_detail: 'ផ្ទះលេខ ១២', livelihood: 'ធ្វើស្រែ និងលក់ដូរតូចតាច',
    id_poor_level: 2, primary_caregiver_id: motherId, notes: null, created_by: null, archived_at: null,
  }).execute();
  await db.insertInto('household_member').values([
    { id: crypto.randomUUID(), household_id: householdId, person_id: motherId, relationship: 'mother', is_head: true, left_at: null },
    { id: crypto.randomUUID(), household_id: householdId, person_id: childId, relationship: 'child', is_head: false, left_at: null },
  ]).execute();

  const { caseId } = await t.openCase(o.mine, { childId, stage: 'follow_up' });
  await db.updateTable('case_file').set({
    referral_date: '2026-01-08', referral_source: 'rcc', referrer_name: 'លោក វណ្ណា', referral_reason: 'កុមារស្នាក់នៅមណ្ឌល ខ្ញុំចង់ឱ្យនាងត្រឡប់ទៅគ្រួសារវិញ។',
    child_categories: ['abandoned'], urgency: 'medium', child_views: 'ចង់រស់នៅជាមួយម្ដាយ', family_views: 'ម្ដាយចង់ទទួលកូនមកវិញ',
  }).where('id', '=', caseId).execute();
  await db.insertInto('case_note').values({
    id: crypto.randomUUID(), case_id: caseId, ...own, note_type: 'case_conference', occurred_on: '2026-01-12', place_code: null, participants: null,
    narrative: 'សន្និសីទករណី', next_steps: null, decision: 'កុមារមិនចាំបាច់នៅមណ្ឌលទេ៖ ត្រៀមធ្វើសមាហរណកម្មទៅគ្រួសារ។', best_interests: null, author_id: null, archived_at: null,
  }).execute();

  await insertPlan(t, caseId, 'approved');
  await db.updateTable('care_plan').set({ approved_by: o.supervisor.id }).where('case_id', '=', caseId).execute();
  const attachmentId = crypto.randomUUID();
  await db.insertInto('attachment').values({
    id: attachmentId, ...own, person_id: null, case_id: caseId, kind: 'agreement', filename: 'agreement.pdf', content_type: 'application/pdf',
    size_bytes: 10, sha256: '0'.repeat(64), uploaded_by: null, archived_at: null,
  }).execute();
  const placementId = await insertPlacement(t, caseId, { careType: 'kinship', startDate: daysFromToday(-40) });
  await db.updateTable('placement').set({ carer_household_id: householdId, agreement_attachment_id: attachmentId }).where('id', '=', placementId).execute();
  const visitId = await insertFollowUp(t, caseId, { placementId, dueOn: daysFromToday(-10), sequence: 1 });
  await db.updateTable('follow_up').set({
    status: 'done', done_on: daysFromToday(-9), progress: 'កុមារទៅសាលារៀនជាប្រចាំ។ គ្រួសារមានចំណូលពីការលក់ដូរ។', concerns: null, wellbeing: 'good', visited_by: o.caseworker.id,
  }).where('id', '=', visitId).execute();
  await insertFollowUp(t, caseId, { placementId, dueOn: daysFromToday(20), sequence: 2 });
  return { caseId, childId, householdId };
}
