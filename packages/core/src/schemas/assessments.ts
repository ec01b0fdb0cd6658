import { z } from 'zod';
import { ZId, ZPage, ZPageQuery } from './common.js';
import { ZBilingual, ZInstrument } from './instruments.js';

// Taking assessments (issue 5): drafts, submission, trend, due list, suggested goals and the
// closure guidance. Scores are computed by `scoreAssessment` (../assessments.ts) on both sides.

const ZDay = z.iso.date();

/** What an assessment is of: a person (child or young person), a household, or a centre. */
export const assessmentSubjectTypes = ['person', 'household', 'centre'] as const;
export const ZAssessmentSubjectType = z.enum(assessmentSubjectTypes);
export type TAssessmentSubjectType = z.infer<typeof ZAssessmentSubjectType>;

/** One answer: a level (scale), true/false (yes/no) or text; `reason` says why this score. */
export const ZAnswer = z.object({
  value: z.union([z.number().int(), z.boolean(), z.string().trim().max(4000)]).nullable(),
  reason: z.string().trim().max(2000).optional(),
});
export type TAnswer = z.infer<typeof ZAnswer>;
/** Answers by item key; a draft may hold any subset. */
export const ZAnswers = z.record(z.string().max(60), ZAnswer);
export type TAnswers = z.infer<typeof ZAnswers>;

export const assessmentStatuses = ['draft', 'submitted'] as const;
export const ZAssessmentStatus = z.enum(assessmentStatuses);

export const ZCreateAssessmentRequest = z.object({
  instrumentId: ZId,
  subjectType: ZAssessmentSubjectType,
  subjectId: ZId,
  /** The case it belongs to (forms 2 and 6, closure guidance); optional for stand-alone use. */
  caseId: ZId.nullable().optional(),
  assessedOn: ZDay,
  answers: ZAnswers.default({}),
  notes: z.string().trim().max(4000).optional(),
});
export type TCreateAssessmentRequest = z.infer<typeof ZCreateAssessmentRequest>;

/** Save a draft again; `rowVersion` refuses a save over someone else's newer one. */
export const ZUpdateAssessmentRequest = z.object({
  rowVersion: z.number().int().min(1),
  assessedOn: ZDay.optional(),
  answers: ZAnswers,
  notes: z.string().trim().max(4000).nullable().optional(),
});
export const ZSubmitAssessmentRequest = z.object({ rowVersion: z.number().int().min(1) });

export const ZSectionScore = z.object({
  key: z.string(),
  score: z.number().int(),
  max: z.number().int(),
  answered: z.number().int(),
  items: z.number().int(),
});
export const ZThresholdResult = z.object({
  key: z.string(),
  label: ZBilingual,
  met: z.boolean(),
  allowsClosure: z.boolean(),
});
export const ZScore = z.object({
  sections: z.array(ZSectionScore),
  total: z.number().int(),
  maxTotal: z.number().int(),
  /** Every required item answered (and reasoned where a reason is required). */
  complete: z.boolean(),
  thresholds: z.array(ZThresholdResult),
  /** Scale items scored at or below the instrument's low mark. */
  lowItems: z.array(z.string()),
});
export type TScore = z.infer<typeof ZScore>;

export const ZAssessmentSummary = z.object({
  id: ZId,
  instrumentId: ZId,
  instrumentCode: z.string(),
  instrumentVersion: z.number().int(),
  instrumentName: ZBilingual,
  subjectType: ZAssessmentSubjectType,
  subjectId: ZId,
  caseId: ZId.nullable(),
  status: ZAssessmentStatus,
  assessedOn: z.string(),
  total: z.number().int().nullable(),
  maxTotal: z.number().int(),
  assessorName: z.string(),
  submittedAt: z.string().nullable(),
});
export type TAssessmentSummary = z.infer<typeof ZAssessmentSummary>;

export const ZAssessment = ZAssessmentSummary.extend({
  answers: ZAnswers,
  notes: z.string().nullable(),
  score: ZScore,
  rowVersion: z.number().int(),
  /**
   * The version it was (or is being) given on: wording and rules as they were. Without the
   * version's answered count: that is the instrument page's, and counting every submitted
   * assessment of a shipped instrument on each read cost tens of ms at national scale.
   */
  instrument: ZInstrument.omit({ answeredCount: true }),
  /** The subject's last submitted assessment with the same instrument code, to show beside each item. */
  previous: z.object({ id: ZId, assessedOn: z.string(), answers: ZAnswers, score: ZScore }).nullable(),
});
export type TAssessment = z.infer<typeof ZAssessment>;

export const ZListAssessmentsQuery = ZPageQuery.extend({
  subjectType: ZAssessmentSubjectType.optional(),
  subjectId: ZId.optional(),
  caseId: ZId.optional(),
  instrumentCode: z.string().max(60).optional(),
  status: ZAssessmentStatus.optional(),
});
export const ZAssessmentPage = ZPage(ZAssessmentSummary);

export const ZTrendQuery = z.object({
  subjectType: ZAssessmentSubjectType,
  subjectId: ZId,
  instrumentCode: z.string().max(60),
});
/** One submitted assessment on the trend: total and each section, oldest first. */
export const ZTrendPoint = z.object({
  assessmentId: ZId,
  assessedOn: z.string(),
  instrumentVersion: z.number().int(),
  total: z.number().int(),
  maxTotal: z.number().int(),
  sections: z.record(z.string(), z.number().int()),
});
export const ZTrend = z.object({
  instrumentCode: z.string(),
  /** Section titles of the newest version, for the legend. */
  sections: z.array(z.object({ key: z.string(), title: ZBilingual, max: z.number().int() })),
  points: z.array(ZTrendPoint),
});
export type TTrend = z.infer<typeof ZTrend>;

/** An assessment that is due (or overdue) for a subject in my caseload. */
export const ZDueAssessment = z.object({
  subjectType: ZAssessmentSubjectType,
  subjectId: ZId,
  subjectName: z.string(),
  caseId: ZId.nullable(),
  caseNumber: z.string().nullable(),
  instrumentId: ZId,
  instrumentCode: z.string(),
  instrumentName: ZBilingual,
  lastAssessedOn: z.string().nullable(),
  dueOn: z.string(),
  overdue: z.boolean(),
});
export const ZListDueAssessmentsQuery = ZPageQuery.extend({ withinDays: z.coerce.number().int().min(0).max(365).default(14) });
export const ZDueAssessmentPage = ZPage(ZDueAssessment);

/** A low-scored item offered as a care-plan goal; the caseworker accepts or edits it. */
export const ZSuggestedGoal = z.object({
  itemKey: z.string(),
  sectionTitle: ZBilingual,
  itemLabel: ZBilingual,
  score: z.number().int(),
  levelLabel: ZBilingual,
  reason: z.string().nullable(),
  /** Proposed goal wording in both languages. */
  goal: ZBilingual,
});
export type TSuggestedGoal = z.infer<typeof ZSuggestedGoal>;

/** What closure guidance shows: the case's latest submitted assessment with a closure threshold. */
export const ZClosureGuidance = z.object({
  assessment: ZAssessmentSummary.nullable(),
  threshold: ZThresholdResult.extend({ op: z.enum(['>=', '<=']), value: z.number().int(), actual: z.number().int() }).nullable(),
});
export type TClosureGuidance = z.infer<typeof ZClosureGuidance>;

