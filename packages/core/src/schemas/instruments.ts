import { z } from 'zod';
import { ZId, ZText } from './common.js';

// Assessment instruments as data (issue 5). An instrument is a code with numbered versions; each
// version carries its whole definition, so an answer keeps the wording and rules it was given on.
// Shared by the server (validation, scoring) and the web (builder, form, live total).

/** Text in both languages: every instrument is shown in English and in Khmer. */
export const ZBilingual = z.object({ en: ZText(1000), km: ZText(1000) });
export type TBilingual = z.infer<typeof ZBilingual>;
/** Optional guidance; either language may be left empty, never both when given. */
export const ZBilingualOptional = z.object({ en: z.string().trim().max(2000), km: z.string().trim().max(2000) });

export const instrumentSubjects = ['child', 'young_person', 'household', 'centre'] as const;
export const ZInstrumentSubject = z.enum(instrumentSubjects);
export type TInstrumentSubject = z.infer<typeof ZInstrumentSubject>;

/** The colours a level may be shown in (CSI: red / yellow / blue / green). */
export const levelColours = ['red', 'orange', 'yellow', 'blue', 'green', 'grey'] as const;
export const ZLevelColour = z.enum(levelColours);

/** A stable key inside a definition: items and sections are matched across versions by it. */
export const ZKey = z.string().trim().regex(/^[a-z][a-z0-9_]{0,59}$/, 'invalid_key');

export const ZScaleLevel = z.object({
  value: z.number().int().min(0).max(20),
  label: ZBilingual,
  guidance: ZBilingualOptional.optional(),
  colour: ZLevelColour,
});
export type TScaleLevel = z.infer<typeof ZScaleLevel>;

export const ZScaleItem = z.object({
  kind: z.literal('scale'),
  key: ZKey,
  label: ZBilingual,
  help: ZBilingualOptional.optional(),
  /** One level for each whole number from the lowest to the highest value, in order. */
  levels: z.array(ZScaleLevel).min(2).max(11),
  reasonRequired: z.boolean().default(false),
  /** Answering may be skipped (e.g. "not applicable"); a skipped item counts in no score. */
  optional: z.boolean().default(false),
});
export type TScaleItem = z.infer<typeof ZScaleItem>;

export const ZYesNoItem = z.object({
  kind: z.literal('yes_no'),
  key: ZKey,
  label: ZBilingual,
  help: ZBilingualOptional.optional(),
  optional: z.boolean().default(true),
});
export const ZTextItem = z.object({
  kind: z.literal('text'),
  key: ZKey,
  label: ZBilingual,
  help: ZBilingualOptional.optional(),
  optional: z.boolean().default(true),
});
export const ZInstrumentItem = z.discriminatedUnion('kind', [ZScaleItem, ZYesNoItem, ZTextItem]);
export type TInstrumentItem = z.infer<typeof ZInstrumentItem>;

/** A section is a scoring domain: its scale items add up to the section's subtotal. */
export const ZInstrumentSection = z.object({
  key: ZKey,
  title: ZBilingual,
  items: z.array(ZInstrumentItem).min(1).max(60),
});
export type TInstrumentSection = z.infer<typeof ZInstrumentSection>;

/**
 * A rule read off the scores, e.g. "total ≥ 48 allows closure". `on` is 'total' or a section key.
 * `allowsClosure` marks the threshold that closure guidance reports.
 */
export const ZThreshold = z.object({
  key: ZKey,
  label: ZBilingual,
  on: z.string().min(1).max(60),
  op: z.enum(['>=', '<=']),
  value: z.number().int().min(0).max(10000),
  allowsClosure: z.boolean().default(false),
});
export type TThreshold = z.infer<typeof ZThreshold>;

export const ZInstrumentDefinition = z.object({
  sections: z.array(ZInstrumentSection).min(1).max(30),
  thresholds: z.array(ZThreshold).max(10).default([]),
  /** Items scored at or below this become suggested care-plan goals (MoSVY form 3 logic). */
  lowScoreAtMost: z.number().int().min(0).max(20).default(2),
});
export type TInstrumentDefinition = z.infer<typeof ZInstrumentDefinition>;

export const instrumentStatuses = ['draft', 'published', 'retired'] as const;
export const ZInstrumentStatus = z.enum(instrumentStatuses);

/** What an administrator sends to create an instrument or edit a draft version. */
export const ZInstrumentInput = z.object({
  code: ZKey,
  name: ZBilingual,
  description: ZBilingualOptional.optional(),
  subject: ZInstrumentSubject,
  /** Repeat every so many days; null: taken when needed, never "due". */
  frequencyDays: z.number().int().min(1).max(1095).nullable(),
  definition: ZInstrumentDefinition,
});
export type TInstrumentInput = z.infer<typeof ZInstrumentInput>;
export const ZUpdateInstrumentRequest = ZInstrumentInput.omit({ code: true }).extend({ rowVersion: z.number().int().min(1) });

export const ZInstrumentSummary = z.object({
  id: ZId,
  code: z.string(),
  version: z.number().int(),
  status: ZInstrumentStatus,
  name: ZBilingual,
  subject: ZInstrumentSubject,
  frequencyDays: z.number().int().nullable(),
  /** Shipped with Homeward (every organisation sees it) or the organisation's own. */
  shipped: z.boolean(),
  publishedAt: z.string().nullable(),
  itemCount: z.number().int(),
  maxTotal: z.number().int(),
});
export type TInstrumentSummary = z.infer<typeof ZInstrumentSummary>;

export const ZInstrument = ZInstrumentSummary.extend({
  description: ZBilingualOptional.nullable(),
  definition: ZInstrumentDefinition,
  rowVersion: z.number().int(),
  /** Submitted assessments given on this version (a version in use can't be deleted). */
  answeredCount: z.number().int(),
});
export type TInstrument = z.infer<typeof ZInstrument>;

export const ZListInstrumentsQuery = z.object({
  subject: ZInstrumentSubject.optional(),
  /** Default: the newest published version of each instrument; 'all' lists every version. */
  versions: z.enum(['current', 'all']).default('current'),
});
