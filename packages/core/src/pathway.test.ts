import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkClosure, reopenStage, stageRefusals } from './pathway.js';
import {
  actionOverdue, addMonths, ageOn, checkStageMove, confidentialServiceTypes, emergencyFosterLimit, emergencyFosterOverdue,
  followUpState, normaliseFollowUpMonths, scheduleFollowUps, stageOnPlacement, stages, type Stage,
} from './pathway.js';

const none = { hasApprovedPlan: false, hasActivePlacement: false };
const planned = { hasApprovedPlan: true, hasActivePlacement: false };
const placed = { hasApprovedPlan: true, hasActivePlacement: true };

describe('checkStageMove', () => {
  it('moves forward through the early stages freely', () => {
    expect(checkStageMove('referral', 'assessment', none, undefined)).toBeNull();
    expect(checkStageMove('assessment', 'care_planning', none, undefined)).toBeNull();
  });
  it('refuses preparation or placement without an approved care plan', () => {
    expect(checkStageMove('care_planning', 'preparation', none, undefined)).toBe('needs_approved_plan');
    expect(checkStageMove('care_planning', 'placement', none, undefined)).toBe('needs_approved_plan');
    expect(checkStageMove('care_planning', 'placement', planned, undefined)).toBeNull();
  });
  it('refuses follow-up until the child is placed', () => {
    expect(checkStageMove('placement', 'follow_up', planned, undefined)).toBe('needs_active_placement');
    expect(checkStageMove('placement', 'follow_up', placed, undefined)).toBeNull();
  });
  it('lets a case go back, with a reason', () => {
    expect(checkStageMove('placement', 'tracing', placed, '')).toBe('reason_required');
    expect(checkStageMove('placement', 'tracing', placed, 'Family moved away')).toBeNull();
  });
  it('closes and re-opens only through their own steps', () => {
    expect(checkStageMove('follow_up', 'closed', placed, 'done')).toBe('close_use_closure');
    expect(checkStageMove('closed', 'referral', placed, 'back')).toBe('closed_use_reopen');
  });
  it('never allows a move to the same stage, and always refuses or allows with a known answer', () => {
    const stage = fc.constantFrom(...stages);
    fc.assert(fc.property(stage, stage, fc.boolean(), fc.boolean(), fc.string(), (a: Stage, b: Stage, p, q, r) => {
      const result = checkStageMove(a, b, { hasApprovedPlan: p, hasActivePlacement: q && p }, r);
      if (a === b) return result === 'same_stage';
      return result === null || typeof result === 'string';
    }));
  });
});

describe('follow-up schedule', () => {
  it('generates the default visits after 1, 2, 3, 6, 9, 12, 18 and 24 months', () => {
    const visits = scheduleFollowUps('2026-01-15');
    expect(visits.map((v) => v.dueOn)).toEqual(['2026-02-15', '2026-03-15', '2026-04-15', '2026-07-15', '2026-10-15', '2027-01-15', '2027-07-15', '2028-01-15']);
    expect(visits.map((v) => v.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
  });
  it('follows an organisation’s own cadence, ignoring duplicates and nonsense', () => {
    expect(scheduleFollowUps('2026-03-01', [6, 1, 1, 0, -2]).map((v) => v.monthsAfter)).toEqual([1, 6]);
  });
  it('always schedules after the start, in order', () => {
    fc.assert(fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }), (d) => {
      const start = d.toISOString().slice(0, 10);
      const due = scheduleFollowUps(start).map((v) => v.dueOn);
      return due.every((x, i) => x > start && (i === 0 || x > due[i - 1]!));
    }));
  });
});

describe('ages and limits', () => {
  it('counts whole years', () => {
    expect(ageOn('2010-06-15', '2026-06-14')).toBe(15);
    expect(ageOn('2010-06-15', '2026-06-15')).toBe(16);
  });
  it('flags emergency foster care past three months', () => {
    expect(emergencyFosterOverdue('emergency_foster', '2026-01-01', '2026-04-02')).toBe(true);
    expect(emergencyFosterOverdue('emergency_foster', '2026-01-01', '2026-03-31')).toBe(false);
    expect(emergencyFosterOverdue('kinship', '2020-01-01', '2026-03-31')).toBe(false);
  });
});

describe('casework rules', () => {
  it('tells a scheduled visit apart as due or overdue, and keeps every other status', () => {
    expect(followUpState('scheduled', '2026-03-01', '2026-03-01')).toBe('due');
    expect(followUpState('scheduled', '2026-02-28', '2026-03-01')).toBe('overdue');
    for (const s of ['done', 'missed', 'cancelled', 'rescheduled'] as const) expect(followUpState(s, '2020-01-01', '2026-03-01')).toBe(s);
  });
  it('makes a task overdue only while open and past its due date', () => {
    expect(actionOverdue('open', '2026-02-28', '2026-03-01')).toBe(true);
    expect(actionOverdue('open', '2026-03-01', '2026-03-01')).toBe(false);
    expect(actionOverdue('done', '2026-02-28', '2026-03-01')).toBe(false);
    expect(actionOverdue('open', null, '2026-03-01')).toBe(false);
  });
  it('moves a case to placement when a placement is approved, unless the child is already placed', () => {
    expect(stageOnPlacement('care_planning')).toBe('placement');
    expect(stageOnPlacement('referral')).toBe('placement');
    expect(stageOnPlacement('placement')).toBeNull();
    expect(stageOnPlacement('follow_up')).toBeNull();
    expect(stageOnPlacement('closed')).toBeNull();
  });
  it('puts the emergency foster limit three months after the start, the day it is not yet overdue', () => {
    expect(emergencyFosterLimit('2025-11-30')).toBe('2026-02-28');
    fc.assert(fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }), (d) => {
      const start = d.toISOString().slice(0, 10);
      const limit = emergencyFosterLimit(start);
      return !emergencyFosterOverdue('emergency_foster', start, limit) && emergencyFosterOverdue('emergency_foster', start, addMonths(limit, 1));
    }));
  });
  it('keeps counselling and legal advice confidential', () => {
    expect([...confidentialServiceTypes].sort()).toEqual(['counselling', 'legal_advice']);
  });
  it('normalises a cadence to whole positive months in order, once each', () => {
    expect(normaliseFollowUpMonths([12, 1, 3, 3, 0, 1.5, -1])).toEqual([1, 3, 12]);
  });
});

describe('closure and re-opening', () => {
  it('closes for goals met only after a final assessment', () => {
    expect(checkClosure('follow_up', 'goals_met', { hasFinalAssessment: false })).toBe('needs_final_assessment');
    expect(checkClosure('follow_up', 'goals_met', { hasFinalAssessment: true })).toBeNull();
    expect(checkClosure('follow_up', 'other', { hasFinalAssessment: false })).toBe('needs_final_assessment');
  });
  it('closes without a final assessment for reasons outside the plan', () => {
    for (const reason of ['child_died', 'family_absent', 'moved_not_found', 'transferred', 'refused_services']) {
      expect(checkClosure('assessment', reason, { hasFinalAssessment: false })).toBeNull();
    }
  });
  it('does not close a closed case, nor without a reason', () => {
    expect(checkClosure('closed', 'transferred', { hasFinalAssessment: true })).toBe('closed_use_reopen');
    expect(checkClosure('referral', '  ', { hasFinalAssessment: true })).toBe('reason_required');
  });
  it('re-opens at the stage the case closed from, or assessment', () => {
    expect(reopenStage('follow_up')).toBe('follow_up');
    expect(reopenStage('referral')).toBe('referral');
    expect(reopenStage(null)).toBe('assessment');
    expect(reopenStage('closed')).toBe('assessment');
    expect(reopenStage('nonsense')).toBe('assessment');
  });
  it('refuses only with a reason the web can translate', () => {
    const stage = fc.constantFrom(...stages);
    fc.assert(fc.property(stage, stage, fc.boolean(), fc.boolean(), fc.option(fc.string(), { nil: undefined }), (a: Stage, b: Stage, p, q, r) => {
      const result = checkStageMove(a, b, { hasApprovedPlan: p, hasActivePlacement: q }, r);
      return result === null || (stageRefusals as readonly string[]).includes(result);
    }));
  });
});

describe('todayIso', () => {
  it('is the date in Cambodia, not in UTC', async () => {
    const { todayIso } = await import('./pathway.js');
    expect(todayIso(new Date('2026-11-22T18:30:00Z'))).toBe('2026-11-23'); // 01:30 in Phnom Penh
    expect(todayIso(new Date('2026-11-23T16:59:00Z'))).toBe('2026-11-23'); // 23:59 in Phnom Penh
  });
});
