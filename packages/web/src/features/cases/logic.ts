import {
  checkClosure, checkStageMove, closureWithoutFinalAssessment, emergencyFosterLimit, openStages, stageIndex, stages,
  type Stage, type StageFacts, type StageRefusal, type TApproval, type TCarePlan, type TFollowUp, type TLocale,
} from '@homeward/core';

/*
 * Pure rules of the case screens: no React, no DOM, so they are unit-tested under Node. The
 * pathway itself is core's (`checkStageMove`, `checkClosure`): the screens use it to explain a
 * refusal before the server would give it.
 */

/**
 * Today in Cambodia, 'YYYY-MM-DD'. The server dates a case's events by Phnom Penh's calendar;
 * default dates in forms follow it, so a note written at 6 a.m. is not dated yesterday.
 */
export const cambodiaToday = (now: Date = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Phnom_Penh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

// ---- stages ------------------------------------------------------------------------------------
export interface StageChoice {
  stage: Exclude<Stage, 'closed'>;
  /** Going back to an earlier stage: a reason is asked for. */
  backwards: boolean;
  /** Why the move is not possible now (a `pathway.refused.*` key's last part); null when it is. */
  refusal: StageRefusal | null;
}

/**
 * The stages a case could be moved to from `current`, each with whether it goes back and why it
 * is refused, if it is. A missing reason is not counted here: the form asks for it.
 * Closing has its own request (closure needs approval); a closed case is re-opened instead.
 */
export function stageChoices(current: Stage, facts: StageFacts): StageChoice[] {
  if (current === 'closed') return [];
  return openStages
    .filter((s) => s !== current)
    .map((stage) => ({
      stage,
      backwards: stageIndex(stage) < stageIndex(current),
      refusal: checkStageMove(current, stage, facts, 'reason given'),
    }));
}

/** The refusal the server would give for this move with this reason, or null. */
export const stageMoveRefusal = (current: Stage, to: Stage, facts: StageFacts, reason: string): StageRefusal | null => checkStageMove(current, to, facts, reason);

/**
 * Where each stage sits on the pathway, for the progress bar: passed through, skipped (the case
 * moved past it without stopping), current, or to come. `visited` are the stages the history
 * shows the case in.
 */
export function stageProgress(current: Stage, visited: Iterable<Stage> = []): Array<{ stage: Stage; state: 'done' | 'skipped' | 'current' | 'next' }> {
  const at = stageIndex(current);
  const been = new Set(visited);
  return stages.map((stage, i) => ({ stage, state: i === at ? 'current' : i > at ? 'next' : been.has(stage) ? 'done' : 'skipped' }));
}

/**
 * Reasons the server writes itself on a stage change (a placement approved, a closure reason, a
 * transfer): shown through the catalogue, everything else as the person wrote it.
 */
export const systemStageReasons = ['placement_approved', 'transferred'] as const;
export type StageReasonText =
  | { kind: 'system'; key: (typeof systemStageReasons)[number] }
  | { kind: 'transferFrom'; number: string }
  | { kind: 'closure'; value: string }
  | { kind: 'text'; text: string };
export function stageReason(change: { toStage: Stage; reason: string | null }): StageReasonText | null {
  const reason = change.reason?.trim();
  if (!reason) return null;
  // A case opened by accepting a transfer starts with `transfer:<sending case number>`.
  const transferred = /^transfer:(\S+)$/.exec(reason);
  if (transferred?.[1] && change.toStage === 'referral') return { kind: 'transferFrom', number: transferred[1] };
  if ((systemStageReasons as readonly string[]).includes(reason)) return { kind: 'system', key: reason as (typeof systemStageReasons)[number] };
  if (change.toStage === 'closed' && /^[a-z0-9_]+$/.test(reason)) return { kind: 'closure', value: reason };
  return { kind: 'text', text: reason };
}

// ---- closure -----------------------------------------------------------------------------------
/** Why a closure request with this reason would be refused now, or null. */
export const closureRefusal = (current: Stage, reason: string, hasFinalAssessment: boolean): StageRefusal | null =>
  checkClosure(current, reason, { hasFinalAssessment });

/** Whether a closure reason needs a final assessment on record. */
export const closureNeedsFinalAssessment = (reason: string): boolean => reason.trim() !== '' && !closureWithoutFinalAssessment.has(reason);

// ---- follow-ups --------------------------------------------------------------------------------
export type Tone = 'gray' | 'blue' | 'teal' | 'red' | 'orange' | 'yellow' | 'violet';

/** A follow-up visit's badge colour; `dueSoon` (within 7 days) is shown stronger than later ones. */
export function followUpTone(f: Pick<TFollowUp, 'state' | 'dueOn'>, today: string): Tone {
  switch (f.state) {
    case 'done':
      return 'teal';
    case 'overdue':
      return 'red';
    case 'missed':
      return 'orange';
    case 'cancelled':
    case 'rescheduled':
      return 'gray';
    case 'due':
      return daysBetween(today, f.dueOn) <= 7 ? 'yellow' : 'blue';
  }
}

/** Whole days from `a` to `b` (both 'YYYY-MM-DD'); negative when `b` is earlier. */
export function daysBetween(a: string, b: string): number {
  const t = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((t(b) - t(a)) / 86_400_000);
}

/** The visit to record next: the earliest still scheduled (overdue first, as it is the oldest). */
export function nextVisit(list: readonly TFollowUp[]): TFollowUp | undefined {
  return [...list].filter((f) => f.state === 'due' || f.state === 'overdue').sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.sequence - b.sequence)[0];
}

/** Follow-up counts for the tab's summary line. */
export function followUpCounts(list: readonly TFollowUp[]): Record<'due' | 'overdue' | 'done' | 'missed', number> {
  const out = { due: 0, overdue: 0, done: 0, missed: 0 };
  for (const f of list) if (f.state in out) out[f.state as keyof typeof out] += 1;
  return out;
}

/** The visit a rescheduled one was moved to, so the history reads "moved to 29 Jan". */
export const rescheduledTo = (f: TFollowUp, list: readonly TFollowUp[]): TFollowUp | undefined =>
  f.rescheduledToId ? list.find((x) => x.id === f.rescheduledToId) : undefined;

// ---- care plans --------------------------------------------------------------------------------
export type PlanField = 'careOption' | 'bestInterests' | 'goals';

/** What a plan still lacks before it can go to the supervisor (the server checks the same). */
export function planMissing(plan: Pick<TCarePlan, 'careOption' | 'bestInterests'> & { goals: ReadonlyArray<unknown> }): PlanField[] {
  const missing: PlanField[] = [];
  if (!plan.careOption) missing.push('careOption');
  if (!plan.bestInterests?.trim()) missing.push('bestInterests');
  if (plan.goals.length === 0) missing.push('goals');
  return missing;
}

/** The plan to show first: one being worked on (draft, sent back, waiting), else the approved one. */
export function currentPlan(plans: readonly TCarePlan[]): TCarePlan | undefined {
  return plans.find((p) => p.status === 'draft' || p.status === 'rejected' || p.status === 'pending_approval') ?? plans.find((p) => p.status === 'approved');
}

export const planEditable = (p: Pick<TCarePlan, 'status'>): boolean => p.status === 'draft' || p.status === 'rejected';

/** A new plan may be started when none is being worked on. */
export const canStartPlan = (plans: readonly TCarePlan[]): boolean => !plans.some((p) => p.status === 'draft' || p.status === 'rejected' || p.status === 'pending_approval');

// ---- approvals ---------------------------------------------------------------------------------
/** What an approval asks, read from its loosely typed `details`. */
export type ApprovalSubject =
  | { kind: 'care_plan'; careOption: string | null }
  | { kind: 'placement'; careType: string | null; startDate: string | null; carerHouseholdId: string | null }
  | { kind: 'closure'; reason: string | null; closedOn: string | null; summary: string | null };

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

export function approvalSubject(a: Pick<TApproval, 'kind' | 'details'>): ApprovalSubject {
  const d = a.details;
  switch (a.kind) {
    case 'care_plan':
      return { kind: 'care_plan', careOption: text(d.careOption) };
    case 'placement':
      return { kind: 'placement', careType: text(d.careType), startDate: text(d.startDate), carerHouseholdId: text(d.carerHouseholdId) };
    case 'closure':
      return { kind: 'closure', reason: text(d.reason), closedOn: text(d.closedOn), summary: text(d.summary) };
  }
}

// ---- placements --------------------------------------------------------------------------------
/** For emergency foster care: the day its three months end, to warn before proposing. */
export const emergencyFosterEnds = (careType: string, startDate: string): string | null =>
  careType === 'emergency_foster' && /^\d{4}-\d{2}-\d{2}$/.test(startDate) ? emergencyFosterLimit(startDate) : null;

// ---- names -------------------------------------------------------------------------------------
interface ChildNames {
  familyNameKm?: string | null;
  givenNameKm?: string | null;
  familyNameLatin?: string | null;
  givenNameLatin?: string | null;
  nickname?: string | null;
}

/**
 * A child's name as the case screens show it: the Khmer-script name first (whatever the reading
 * language: it is the name), the Latin spelling beside it; either alone when only one is known.
 */
export function childName(c: ChildNames): { primary: string; secondary: string | null; primaryLang: TLocale } {
  const km = [c.familyNameKm, c.givenNameKm].filter((s) => s?.trim()).join(' ');
  const latin = [c.familyNameLatin, c.givenNameLatin].filter((s) => s?.trim()).join(' ');
  if (km) return { primary: km, secondary: latin || null, primaryLang: 'km' };
  if (latin) return { primary: latin, secondary: null, primaryLang: 'en' };
  return { primary: c.nickname ?? '—', secondary: null, primaryLang: 'en' };
}

/** The same from a case reference in a cross-case list (names already joined by the server). */
export const refName = (r: { childNameKm: string | null; childNameLatin: string | null }) =>
  r.childNameKm ? { primary: r.childNameKm, secondary: r.childNameLatin, primaryLang: 'km' as const } : { primary: r.childNameLatin ?? '—', secondary: null, primaryLang: 'en' as const };
