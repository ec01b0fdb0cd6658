import { z } from 'zod';
import { ZId, ZText } from './common.js';
import { ZProgrammePerson } from './programmes.js';

// Vocational training scholarships (issue 8): application → review → award or decline →
// in training → completed or dropped out → outcome. Shared by server and web; the status machine
// lives here so both refuse the same moves.

const ZDay = z.iso.date();
const opt = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

export const scholarshipStatuses = ['applied', 'under_review', 'awarded', 'declined', 'in_training', 'completed', 'dropped_out'] as const;
export const ZScholarshipStatus = z.enum(scholarshipStatuses);
export type TScholarshipStatus = z.infer<typeof ZScholarshipStatus>;

/**
 * The moves a scholarship may make. A young person may withdraw after the award before training
 * starts (dropped out); declined, completed and dropped out are final.
 */
export const scholarshipMoves: Record<TScholarshipStatus, readonly TScholarshipStatus[]> = {
  applied: ['under_review', 'declined'],
  under_review: ['awarded', 'declined'],
  awarded: ['in_training', 'dropped_out'],
  declined: [],
  in_training: ['completed', 'dropped_out'],
  completed: [],
  dropped_out: [],
};

/** Whether a scholarship in `from` may move to `to`. */
export const canMoveScholarship = (from: TScholarshipStatus, to: TScholarshipStatus): boolean => scholarshipMoves[from].includes(to);

/** Statuses after which what happened next (work, study) is recorded. */
export const scholarshipOutcomeStatuses: readonly TScholarshipStatus[] = ['completed', 'dropped_out'];

export const scholarshipOutcomes = ['employed', 'self_employed', 'further_study', 'unemployed'] as const;
export const ZScholarshipOutcome = z.enum(scholarshipOutcomes);
export type TScholarshipOutcome = z.infer<typeof ZScholarshipOutcome>;

export const scholarshipProgress = ['on_track', 'struggling', 'at_risk'] as const;
export const ZScholarshipProgress = z.enum(scholarshipProgress);

export const ZCurrency = z.enum(['USD', 'KHR']);

const scholarshipFields = {
  appliedOn: ZDay,
  provider: ZText(200),
  course: ZText(200),
  trade: opt(ZText(120)),
  startsOn: opt(ZDay),
  endsOn: opt(ZDay),
  /** Whole dollars or riel. */
  cost: z.number().int().min(0).max(100_000_000).nullable().optional(),
  currency: ZCurrency.optional(),
};

export const ZCreateScholarshipRequest = z.object({ personId: ZId, ...scholarshipFields });
export type TCreateScholarshipRequest = z.infer<typeof ZCreateScholarshipRequest>;

export const ZUpdateScholarshipRequest = z.object({ version: z.number().int().min(1), ...scholarshipFields }).partial({ appliedOn: true, provider: true, course: true });
export type TUpdateScholarshipRequest = z.infer<typeof ZUpdateScholarshipRequest>;

/** A move; declining needs the reason. */
export const ZMoveScholarshipRequest = z.object({
  version: z.number().int().min(1),
  status: ZScholarshipStatus,
  changedOn: ZDay.optional(),
  note: opt(ZText(2000)),
  declineReason: opt(ZText(2000)),
});
export type TMoveScholarshipRequest = z.infer<typeof ZMoveScholarshipRequest>;

export const ZRecordScholarshipOutcomeRequest = z.object({
  version: z.number().int().min(1),
  outcome: ZScholarshipOutcome,
  outcomeOn: ZDay,
  note: opt(ZText(2000)),
});
export type TRecordScholarshipOutcomeRequest = z.infer<typeof ZRecordScholarshipOutcomeRequest>;

export const ZAddDisbursementRequest = z.object({ paidOn: ZDay, amount: z.number().int().min(1).max(100_000_000), purpose: opt(ZText(300)) });
export type TAddDisbursementRequest = z.infer<typeof ZAddDisbursementRequest>;

export const ZAddCheckInRequest = z.object({ checkedOn: ZDay, progress: ZScholarshipProgress, note: opt(ZText(2000)) });
export type TAddCheckInRequest = z.infer<typeof ZAddCheckInRequest>;


export const ZScholarshipSummary = z.object({
  id: ZId,
  person: ZProgrammePerson,
  status: ZScholarshipStatus,
  statusChangedOn: z.string(),
  appliedOn: z.string(),
  provider: z.string(),
  course: z.string(),
  trade: z.string().nullable(),
  outcome: ZScholarshipOutcome.nullable(),
});
export type TScholarshipSummary = z.infer<typeof ZScholarshipSummary>;

export const ZScholarship = ZScholarshipSummary.extend({
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  cost: z.number().nullable(),
  currency: ZCurrency,
  disbursed: z.number(),
  declineReason: z.string().nullable(),
  outcomeOn: z.string().nullable(),
  outcomeNote: z.string().nullable(),
  history: z.array(z.object({ id: ZId, fromStatus: ZScholarshipStatus.nullable(), toStatus: ZScholarshipStatus, changedOn: z.string(), note: z.string().nullable() })),
  disbursements: z.array(z.object({ id: ZId, paidOn: z.string(), amount: z.number(), purpose: z.string().nullable() })),
  checkIns: z.array(z.object({ id: ZId, checkedOn: z.string(), progress: ZScholarshipProgress, note: z.string().nullable() })),
  certificates: z.array(z.object({ attachmentId: ZId, filename: z.string(), uploadedAt: z.string() })),
  version: z.number(),
});
export type TScholarship = z.infer<typeof ZScholarship>;

export const ZScholarshipsQuery = z.object({
  status: ZScholarshipStatus.optional(),
  personId: ZId.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const ZScholarshipFigures = z.object({
  byStatus: z.record(z.string(), z.number()),
  byOutcome: z.record(z.string(), z.number()),
  total: z.number(),
});
export type TScholarshipFigures = z.infer<typeof ZScholarshipFigures>;
