/**
 * The reintegration pathway: stages, the rules for moving between them, the follow-up schedule
 * and ages. Pure functions, shared by the server (which enforces) and the web (which explains).
 */

export const stages = ['referral', 'assessment', 'tracing', 'care_planning', 'preparation', 'placement', 'follow_up', 'closed'] as const;
export type Stage = (typeof stages)[number];
export const openStages = stages.filter((s): s is Exclude<Stage, 'closed'> => s !== 'closed');

export const riskLevels = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof riskLevels)[number];
export const urgencies = ['low', 'medium', 'high', 'emergency'] as const;

/** What the server knows about a case when someone asks to move it. */
export interface StageFacts {
  hasApprovedPlan: boolean;
  hasActivePlacement: boolean;
}

/** Why a move is refused: each is a translation key `pathway.refused.<refusal>`. */
export const stageRefusals = [
  'same_stage',
  'closed_use_reopen',
  'close_use_closure',
  'needs_approved_plan',
  'needs_active_placement',
  'reason_required',
  'needs_final_assessment',
] as const;
export type StageRefusal = (typeof stageRefusals)[number];

export const stageIndex = (s: Stage): number => stages.indexOf(s);

/**
 * Whether a case may move from one open stage to another. Closing and re-opening have their own
 * use cases (closure needs a reason and approval; re-opening needs a reason). Going back is
 * allowed, with a reason; going forward past care planning needs an approved plan, and into
 * follow-up needs a child actually placed.
 */
export function checkStageMove(from: Stage, to: Stage, facts: StageFacts, reason: string | undefined): StageRefusal | null {
  if (from === to) return 'same_stage';
  if (from === 'closed') return 'closed_use_reopen';
  if (to === 'closed') return 'close_use_closure';
  const backwards = stageIndex(to) < stageIndex(from);
  if (backwards && !reason?.trim()) return 'reason_required';
  if (!backwards) {
    if (stageIndex(to) >= stageIndex('preparation') && !facts.hasApprovedPlan) return 'needs_approved_plan';
    if (to === 'follow_up' && !facts.hasActivePlacement) return 'needs_active_placement';
  }
  return null;
}

/** Closure reasons that need no final assessment: the case ends for reasons outside the plan. */
export const closureWithoutFinalAssessment = new Set(['child_died', 'family_absent', 'moved_not_found', 'transferred', 'refused_services']);

/**
 * Whether a case may close with `closureReason`: not when closed already, and — unless the reason
 * is one that needs none — only after a final assessment is on record: a submitted assessment on
 * the case whose instrument has a closure threshold (MoSVY form 6), or a `final_assessment` note.
 * The threshold's result guides the decision and is recorded with the closure; it does not block.
 */
export function checkClosure(from: Stage, closureReason: string, facts: { hasFinalAssessment: boolean }): StageRefusal | null {
  if (from === 'closed') return 'closed_use_reopen';
  if (!closureReason.trim()) return 'reason_required';
  if (!closureWithoutFinalAssessment.has(closureReason) && !facts.hasFinalAssessment) return 'needs_final_assessment';
  return null;
}

/**
 * The stage a re-opened case returns to: the one it was closed from, when that is known and
 * open, otherwise assessment (a case that comes back is looked at again).
 */
export function reopenStage(closedFrom: string | null | undefined): Exclude<Stage, 'closed'> {
  const known = (openStages as readonly string[]).includes(closedFrom ?? '');
  return known ? (closedFrom as Exclude<Stage, 'closed'>) : 'assessment';
}

/** Default follow-up cadence: months after placement (an organisation may set its own). */
export const defaultFollowUpMonths = [1, 2, 3, 6, 9, 12, 18, 24] as const;

/** 'YYYY-MM-DD' plus whole months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  const t = new Date(`${isoDate}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** The visits a placement starting on `start` generates. */
export function scheduleFollowUps(start: string, months: readonly number[] = defaultFollowUpMonths): Array<{ sequence: number; monthsAfter: number; dueOn: string }> {
  return normaliseFollowUpMonths(months)
    .map((monthsAfter, i) => ({ sequence: i + 1, monthsAfter, dueOn: addMonths(start, monthsAfter) }));
}

/** Emergency foster care lasts at most three months. */
export const EMERGENCY_FOSTER_MAX_MONTHS = 3;
export function emergencyFosterOverdue(careType: string, start: string, today: string): boolean {
  return careType === 'emergency_foster' && addMonths(start, EMERGENCY_FOSTER_MAX_MONTHS) < today;
}

/** A follow-up is overdue when still scheduled after its due date. */
export const followUpOverdue = (status: string, dueOn: string, today: string): boolean => status === 'scheduled' && dueOn < today;

/** The day emergency foster care that started on `start` reaches its limit. */
export const emergencyFosterLimit = (start: string): string => addMonths(start, EMERGENCY_FOSTER_MAX_MONTHS);

/** How a follow-up visit stands today: its stored status, with `scheduled` told apart as due or overdue. */
export type FollowUpState = 'due' | 'overdue' | 'done' | 'missed' | 'cancelled' | 'rescheduled';
export function followUpState(status: string, dueOn: string, today: string): FollowUpState {
  switch (status) {
    case 'done':
    case 'missed':
    case 'cancelled':
    case 'rescheduled':
      return status;
    default:
      return followUpOverdue(status, dueOn, today) ? 'overdue' : 'due';
  }
}

/** A care-plan action (a task) is overdue when still open after its due date. */
export const actionOverdue = (status: string, dueOn: string | null, today: string): boolean => status === 'open' && dueOn !== null && dueOn < today;

/**
 * The stage a case moves to when a placement is approved: `placement` from any earlier stage;
 * none when the child is already placed (a change of placement during placement or follow-up).
 */
export function stageOnPlacement(current: Stage): Stage | null {
  return current !== 'closed' && stageIndex(current) < stageIndex('placement') ? 'placement' : null;
}

/** Services whose notes are confidential whatever the record says (DOMAIN.md: counselling and legal advice). */
export const confidentialServiceTypes = new Set(['counselling', 'legal_advice']);

/** An organisation's follow-up cadence as months after placement: whole, positive, unique, in order. */
export const normaliseFollowUpMonths = (months: readonly number[]): number[] =>
  [...new Set(months)].filter((n) => Number.isInteger(n) && n > 0).sort((a, b) => a - b);

/** Age in whole years on `today` (both 'YYYY-MM-DD'). */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/**
 * Today's date where the work happens: Cambodia (Asia/Phnom_Penh, UTC+7, no daylight saving).
 * Every "today" in Homeward comes from here, so a visit done this morning is never "in the future".
 */
export const todayIso = (now: Date = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Phnom_Penh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
