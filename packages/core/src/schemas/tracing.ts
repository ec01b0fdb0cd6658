import { z } from 'zod';
import { ZId, ZText } from './common.js';
import { ZLookupValue } from './lookups.js';
import { ZCreatePersonRequest, ZSex } from './people.js';
import { ZPlaceCode } from './places.js';

// Family tracing (issue 6, stage 3 of the pathway): requests to find a child's parent or
// relative, the attempts made, status changes, and recording the relative found. Shared by
// server and web. No refinements on request objects, so the web can `.pick()` fields.

const ZDay = z.iso.date();
const opt = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/** Where a request stands: found but unsafe or unwilling is its own outcome. */
export const tracingStatuses = ['open', 'found', 'found_unsafe', 'not_found', 'closed'] as const;
export const ZTracingStatus = z.enum(tracingStatuses);
export type TTracingStatus = z.infer<typeof ZTracingStatus>;

/** Statuses that need the person found. */
export const tracingFoundStatuses: readonly TTracingStatus[] = ['found', 'found_unsafe'];

/** How an attempt was made; labels are `tracing.methods.<value>` in the web catalogues. */
export const tracingMethods = ['visit', 'phone', 'commune_chief', 'village_chief', 'pagoda', 'police', 'social_media', 'other'] as const;
export const ZTracingMethod = z.enum(tracingMethods);
export type TTracingMethod = z.infer<typeof ZTracingMethod>;

export const tracingResults = ['lead', 'no_lead', 'found'] as const;
export const ZTracingResult = z.enum(tracingResults);
export type TTracingResult = z.infer<typeof ZTracingResult>;

/** What is known of the person sought. */
const tracingRequestFields = {
  /** Lookup `relationship`: who the sought person is to the child. */
  relationship: ZLookupValue,
  familyNameKm: opt(ZText(80)),
  givenNameKm: opt(ZText(80)),
  familyNameLatin: opt(ZText(80)),
  givenNameLatin: opt(ZText(80)),
  /** Nicknames, other spellings. */
  otherNames: z.array(ZText(80)).max(20).optional(),
  sex: ZSex.optional(),
  /** Approximate age now, or a birth year (either, both estimates). */
  ageYears: z.number().int().min(0).max(120).nullable().optional(),
  birthYear: z.number().int().min(1900).max(2100).nullable().optional(),
  /** The sought person's parents' given names (a patronymic family name comes from the father). */
  fatherName: opt(ZText(80)),
  motherName: opt(ZText(80)),
  /** NCDD code of the last known village (or commune, district, province). */
  lastPlaceCode: opt(ZPlaceCode),
  lastPlaceDetail: opt(ZText(300)),
  /** When separated, as known: a day, a month, a year or words ("2019", "after Pchum Ben 2020"). */
  separatedOn: opt(ZText(60)),
  separationReason: opt(ZText(2000)),
  distinguishingFacts: opt(ZText(2000)),
  /** Who asked for the tracing (the child, a relative, the centre …). */
  requestedBy: opt(ZText(200)),
};

export const ZCreateTracingRequest = z.object(tracingRequestFields);
export type TCreateTracingRequest = z.infer<typeof ZCreateTracingRequest>;

export const ZUpdateTracingRequest = z.object({ version: z.number().int().min(1), ...tracingRequestFields }).partial({ relationship: true });
export type TUpdateTracingRequest = z.infer<typeof ZUpdateTracingRequest>;

/** A status change; `found`/`found_unsafe` need `foundPersonId` (or use the found endpoint). */
export const ZChangeTracingStatusRequest = z.object({
  version: z.number().int().min(1),
  status: ZTracingStatus,
  changedOn: ZDay.optional(),
  note: opt(ZText(2000)),
  foundPersonId: ZId.optional(),
});
export type TChangeTracingStatusRequest = z.infer<typeof ZChangeTracingStatusRequest>;

export const ZCreateTracingAttemptRequest = z.object({
  attemptedOn: ZDay,
  method: ZTracingMethod,
  placeCode: opt(ZPlaceCode),
  contactPerson: opt(ZText(200)),
  outcome: ZText(2000),
  result: ZTracingResult,
});
export type TCreateTracingAttemptRequest = z.infer<typeof ZCreateTracingAttemptRequest>;

/** The person found as a new record: the people module's fields (kind defaults to adult). */
export const ZFoundNewPerson = ZCreatePersonRequest.omit({ caseworkerId: true, teamId: true }).partial({ kind: true, sex: true });

/**
 * Record the relative found, in one step: an existing person (e.g. a possible match) or a new
 * one, linked to the child as `relationship` (default: the request's), optionally added to the
 * child's household (one is created when the child has none), and the request set found.
 */
export const ZRecordFoundRelativeRequest = z.object({
  version: z.number().int().min(1),
  personId: ZId.optional(),
  person: ZFoundNewPerson.optional(),
  relationship: ZLookupValue.optional(),
  /** `found_unsafe`: found, but unsafe or unwilling. */
  status: z.enum(['found', 'found_unsafe']).default('found'),
  addToHousehold: z.boolean().default(true),
  foundOn: ZDay.optional(),
  note: opt(ZText(2000)),
});
export type TRecordFoundRelativeRequest = z.input<typeof ZRecordFoundRelativeRequest>;

export const ZTracingAttempt = z.object({
  id: ZId,
  requestId: ZId,
  attemptedOn: z.string(),
  method: ZTracingMethod,
  placeCode: z.string().nullable(),
  contactPerson: z.string().nullable(),
  outcome: z.string(),
  result: ZTracingResult,
  recordedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
});
export type TTracingAttempt = z.infer<typeof ZTracingAttempt>;

export const ZTracingStatusChange = z.object({
  id: ZId,
  fromStatus: ZTracingStatus.nullable(),
  toStatus: ZTracingStatus,
  changedOn: z.string(),
  note: z.string().nullable(),
  foundPersonId: ZId.nullable(),
  changedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
});
export type TTracingStatusChange = z.infer<typeof ZTracingStatusChange>;

/** One entry of a request's timeline: an attempt or a status change, oldest first. */
export const ZTracingTimelineEntry = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('attempt'), on: z.string(), attempt: ZTracingAttempt }),
  z.object({ kind: z.literal('status'), on: z.string(), change: ZTracingStatusChange }),
]);
export type TTracingTimelineEntry = z.infer<typeof ZTracingTimelineEntry>;

export const ZTracingRequest = z.object({
  id: ZId,
  caseId: ZId,
  relationship: z.string(),
  familyNameKm: z.string().nullable(),
  givenNameKm: z.string().nullable(),
  familyNameLatin: z.string().nullable(),
  givenNameLatin: z.string().nullable(),
  otherNames: z.array(z.string()),
  sex: ZSex,
  ageYears: z.number().int().nullable(),
  birthYear: z.number().int().nullable(),
  fatherName: z.string().nullable(),
  motherName: z.string().nullable(),
  lastPlaceCode: z.string().nullable(),
  lastPlaceDetail: z.string().nullable(),
  separatedOn: z.string().nullable(),
  separationReason: z.string().nullable(),
  distinguishingFacts: z.string().nullable(),
  requestedBy: z.string().nullable(),
  status: ZTracingStatus,
  statusChangedOn: z.string(),
  outcomeNote: z.string().nullable(),
  foundPerson: z.object({ id: ZId, nameKm: z.string().nullable(), nameLatin: z.string().nullable() }).nullable(),
  attemptCount: z.number().int(),
  lastAttemptOn: z.string().nullable(),
  timeline: z.array(ZTracingTimelineEntry),
  version: z.number().int(),
  createdAt: z.string(),
});
export type TTracingRequest = z.infer<typeof ZTracingRequest>;
