import type { TApproval, TCarePlan, TFollowUp } from '@homeward/core';
import { describe, expect, it } from 'vitest';
import { blankAsMissing, missingAsNull } from './forms';
import {
  approvalSubject, cambodiaToday, canStartPlan, childName, closureNeedsFinalAssessment, closureRefusal, currentPlan, daysBetween, emergencyFosterEnds,
  followUpCounts, followUpTone, nextVisit, planEditable, planMissing, refName, rescheduledTo, stageChoices, stageMoveRefusal, stageProgress, stageReason,
} from './logic';
import { notificationTarget } from './notifications';

const noFacts = { hasApprovedPlan: false, hasActivePlacement: false };

describe('stage moves explained before the server refuses', () => {
  it('offers every other open stage, never closed, and nothing from a closed case', () => {
    const choices = stageChoices('assessment', noFacts);
    expect(choices.map((c) => c.stage)).toEqual(['referral', 'tracing', 'care_planning', 'preparation', 'placement', 'follow_up']);
    expect(stageChoices('closed', noFacts)).toEqual([]);
  });

  it('marks going back, which asks for a reason but is otherwise allowed', () => {
    const back = stageChoices('care_planning', noFacts).find((c) => c.stage === 'assessment');
    expect(back).toEqual({ stage: 'assessment', backwards: true, refusal: null });
    expect(stageMoveRefusal('care_planning', 'assessment', noFacts, '  ')).toBe('reason_required');
    expect(stageMoveRefusal('care_planning', 'assessment', noFacts, 'Mother came back')).toBeNull();
  });

  it('refuses preparation and beyond without an approved plan, and follow-up without a placement', () => {
    const byStage = Object.fromEntries(stageChoices('assessment', noFacts).map((c) => [c.stage, c.refusal]));
    expect(byStage).toMatchObject({ tracing: null, care_planning: null, preparation: 'needs_approved_plan', placement: 'needs_approved_plan', follow_up: 'needs_approved_plan' });
    const planned = Object.fromEntries(stageChoices('preparation', { hasApprovedPlan: true, hasActivePlacement: false }).map((c) => [c.stage, c.refusal]));
    expect(planned).toMatchObject({ placement: null, follow_up: 'needs_active_placement' });
    const placed = stageChoices('placement', { hasApprovedPlan: true, hasActivePlacement: true }).find((c) => c.stage === 'follow_up');
    expect(placed?.refusal).toBeNull();
  });

  it('draws the pathway: passed, skipped, current and to come', () => {
    const bar = Object.fromEntries(stageProgress('care_planning', ['referral', 'assessment', 'care_planning']).map((s) => [s.stage, s.state]));
    expect(bar).toEqual({ referral: 'done', assessment: 'done', tracing: 'skipped', care_planning: 'current', preparation: 'next', placement: 'next', follow_up: 'next', closed: 'next' });
  });

  it('reads the reasons the server writes itself through the catalogue', () => {
    expect(stageReason({ toStage: 'placement', reason: 'placement_approved' })).toEqual({ kind: 'system', key: 'placement_approved' });
    expect(stageReason({ toStage: 'closed', reason: 'goals_met' })).toEqual({ kind: 'closure', value: 'goals_met' });
    expect(stageReason({ toStage: 'assessment', reason: 'Grandmother moved away' })).toEqual({ kind: 'text', text: 'Grandmother moved away' });
    expect(stageReason({ toStage: 'assessment', reason: null })).toBeNull();
    // The receiving case of a transfer names the sending case; shown as a sentence, not the code.
    expect(stageReason({ toStage: 'referral', reason: 'transfer:MLR-2026-0042' })).toEqual({ kind: 'transferFrom', number: 'MLR-2026-0042' });
  });
});

describe('closure', () => {
  it('needs a final assessment for goals met and other, not for reasons outside the plan', () => {
    expect(closureNeedsFinalAssessment('goals_met')).toBe(true);
    expect(closureNeedsFinalAssessment('other')).toBe(true);
    expect(closureNeedsFinalAssessment('moved_not_found')).toBe(false);
    expect(closureNeedsFinalAssessment('')).toBe(false);
    expect(closureRefusal('follow_up', 'goals_met', false)).toBe('needs_final_assessment');
    expect(closureRefusal('follow_up', 'goals_met', true)).toBeNull();
    expect(closureRefusal('closed', 'child_died', false)).toBe('closed_use_reopen');
  });
});

const visit = (over: Partial<TFollowUp>): TFollowUp => ({
  id: over.id ?? 'v',
  case: { id: 'c', number: 'MR-2026-000001', childId: 'p', childNameKm: null, childNameLatin: 'Sok' },
  placementId: 'pl',
  sequence: 1,
  monthsAfter: 1,
  dueOn: '2026-12-01',
  status: 'scheduled',
  state: 'due',
  overdue: false,
  doneOn: null,
  progress: null,
  concerns: null,
  wellbeing: null,
  visitedBy: null,
  missedReason: null,
  rescheduledToId: null,
  rescheduleReason: null,
  caseworkerId: null,
  version: 1,
  ...over,
});

describe('follow-up visits', () => {
  it('colours a visit by its state, a due one stronger within a week', () => {
    const today = '2026-11-24';
    expect(followUpTone(visit({ state: 'overdue', dueOn: '2026-11-20' }), today)).toBe('red');
    expect(followUpTone(visit({ state: 'due', dueOn: '2026-11-30' }), today)).toBe('yellow');
    expect(followUpTone(visit({ state: 'due', dueOn: '2027-01-30' }), today)).toBe('blue');
    expect(followUpTone(visit({ state: 'done' }), today)).toBe('teal');
    expect(followUpTone(visit({ state: 'missed' }), today)).toBe('orange');
    expect(followUpTone(visit({ state: 'rescheduled' }), today)).toBe('gray');
  });

  it('counts days across months and years', () => {
    expect(daysBetween('2026-11-24', '2026-12-01')).toBe(7);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
  });

  it('records the earliest scheduled visit next, overdue before due, never a done or moved one', () => {
    const list = [
      visit({ id: 'done', sequence: 1, dueOn: '2026-10-01', state: 'done', status: 'done' }),
      visit({ id: 'moved', sequence: 2, dueOn: '2026-11-01', state: 'rescheduled', status: 'rescheduled', rescheduledToId: 'new' }),
      visit({ id: 'later', sequence: 3, dueOn: '2027-01-01' }),
      visit({ id: 'new', sequence: 2, dueOn: '2026-11-10', state: 'overdue', overdue: true }),
    ];
    expect(nextVisit(list)?.id).toBe('new');
    expect(nextVisit([list[0] as TFollowUp])).toBeUndefined();
    expect(followUpCounts(list)).toEqual({ due: 1, overdue: 1, done: 1, missed: 0 });
    expect(rescheduledTo(list[1] as TFollowUp, list)?.dueOn).toBe('2026-11-10');
  });
});

const plan = (over: Partial<TCarePlan>): TCarePlan => ({
  id: over.id ?? 'p1',
  caseId: 'c',
  status: 'draft',
  careOption: 'kinship',
  bestInterests: 'Safe with grandmother',
  goals: [{ id: 'g', description: 'Live safely', sortOrder: 0, actions: [] }],
  createdBy: null,
  createdAt: '2026-11-20T00:00:00Z',
  approvedBy: null,
  approvedAt: null,
  version: 1,
  ...over,
});

describe('care plans', () => {
  it('lists what a plan lacks before it can go for approval', () => {
    expect(planMissing(plan({}))).toEqual([]);
    expect(planMissing(plan({ careOption: null, bestInterests: '  ', goals: [] }))).toEqual(['careOption', 'bestInterests', 'goals']);
  });

  it('shows the plan being worked on before the approved one, and allows one plan in progress at a time', () => {
    const approved = plan({ id: 'a', status: 'approved' });
    const draft = plan({ id: 'd', status: 'draft' });
    expect(currentPlan([approved, draft])?.id).toBe('d');
    expect(currentPlan([approved, plan({ id: 's', status: 'superseded' })])?.id).toBe('a');
    expect(canStartPlan([approved])).toBe(true);
    expect(canStartPlan([approved, plan({ status: 'pending_approval' })])).toBe(false);
    expect(planEditable(plan({ status: 'rejected' }))).toBe(true);
    expect(planEditable(plan({ status: 'pending_approval' }))).toBe(false);
  });
});

describe('approvals and placements', () => {
  it('reads what an approval asks from its details, whatever is missing', () => {
    const base = { details: {} } as Pick<TApproval, 'kind' | 'details'>;
    expect(approvalSubject({ ...base, kind: 'closure', details: { reason: 'goals_met', closedOn: '2026-11-24', summary: 'Done' } })).toEqual({ kind: 'closure', reason: 'goals_met', closedOn: '2026-11-24', summary: 'Done' });
    expect(approvalSubject({ ...base, kind: 'placement', details: { careType: 'kinship', startDate: 42 } })).toEqual({ kind: 'placement', careType: 'kinship', startDate: null, carerHouseholdId: null });
    expect(approvalSubject({ ...base, kind: 'care_plan' })).toEqual({ kind: 'care_plan', careOption: null });
  });

  it('warns of emergency foster care ending after three months (clamped to the month end)', () => {
    expect(emergencyFosterEnds('emergency_foster', '2026-11-30')).toBe('2027-02-28');
    expect(emergencyFosterEnds('kinship', '2026-11-30')).toBeNull();
    expect(emergencyFosterEnds('emergency_foster', '')).toBeNull();
  });
});

describe('names, dates, forms, notifications', () => {
  it('shows the Khmer-script name first, the Latin spelling second', () => {
    expect(childName({ familyNameKm: 'សុខ', givenNameKm: 'ស្រីពៅ', familyNameLatin: 'Sok', givenNameLatin: 'Sreypov' })).toEqual({ primary: 'សុខ ស្រីពៅ', secondary: 'Sok Sreypov', primaryLang: 'km' });
    expect(childName({ familyNameLatin: 'Sok', givenNameLatin: 'Sreypov' })).toEqual({ primary: 'Sok Sreypov', secondary: null, primaryLang: 'en' });
    expect(childName({ nickname: 'Pov' }).primary).toBe('Pov');
    expect(refName({ childNameKm: null, childNameLatin: 'Sok Sreypov' }).primary).toBe('Sok Sreypov');
  });

  it("dates today by Phnom Penh's calendar, seven hours ahead of UTC", () => {
    expect(cambodiaToday(new Date('2026-11-23T18:30:00Z'))).toBe('2026-11-24');
    expect(cambodiaToday(new Date('2026-11-23T16:59:00Z'))).toBe('2026-11-23');
  });

  it('reads blank fields as not given, in nested goals too, and clears them on an edit', () => {
    expect(blankAsMissing({ a: '', b: ' x ', c: null, goals: [{ description: '  ', actions: [{ dueOn: '' }] }], on: true })).toEqual({
      a: undefined, b: ' x ', c: null, goals: [{ description: undefined, actions: [{ dueOn: undefined }] }], on: true,
    });
    expect(missingAsNull({ a: undefined as string | null | undefined, b: 'x' }, ['a'])).toEqual({ a: null, b: 'x' });
  });

  it('leads a request to the queue and a decision to the tab of what was decided', () => {
    expect(notificationTarget({ kind: 'approval.requested', caseId: 'c', params: {} })).toEqual({ to: 'approvals' });
    expect(notificationTarget({ kind: 'approval.approved', caseId: 'c', params: { approvalKind: 'placement' } })).toEqual({ to: 'case', caseId: 'c', tab: 'placement' });
    expect(notificationTarget({ kind: 'approval.rejected', caseId: 'c', params: { approvalKind: 'closure' } })).toEqual({ to: 'case', caseId: 'c' });
    expect(notificationTarget({ kind: 'approval.approved', caseId: null, params: {} })).toEqual({ to: 'none' });
  });
});
