import { z } from 'zod';
import { ZId, ZPageQuery, ZText } from './common.js';
import { ZLookupValue } from './lookups.js';
import { ZPlaceCode, ZPlaceWithPath } from './places.js';
import { ZSex } from './people.js';
import { ZCentreStage } from './centres.js';

// Centres in transition, second slice (issue 7): training events and study tours, community
// awareness and government engagement events, partner accounts' centres, and the dashboard.
// Topics and outreach types are values of the lookup lists `training_topic` and
// `outreach_event_type`.

const ZDay = z.iso.date();
const opt = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

export const trainingKinds = ['training', 'study_tour'] as const;
export const ZTrainingKind = z.enum(trainingKinds);
export type TTrainingKind = z.infer<typeof ZTrainingKind>;

/** Who a training is for; also each participant's role. */
export const trainingAudiences = ['directors', 'rcc_staff', 'social_workers', 'community_members', 'government_staff'] as const;
export const ZTrainingAudience = z.enum(trainingAudiences);
export type TTrainingAudience = z.infer<typeof ZTrainingAudience>;

export const evaluationMethods = ['none', 'pre_post', 'satisfaction'] as const;
export const ZEvaluationMethod = z.enum(evaluationMethods);
export type TEvaluationMethod = z.infer<typeof ZEvaluationMethod>;

/** A training lasts at most this many days, so attendance is a small grid. */
export const maxTrainingDays = 14;

export const ZTrainingEventRequest = z.object({
  kind: ZTrainingKind,
  title: ZText(200),
  topics: z.array(ZLookupValue).max(20),
  startsOn: ZDay,
  endsOn: ZDay,
  venue: opt(ZText(200)),
  trainers: opt(ZText(300)),
  audiences: z.array(ZTrainingAudience).min(1).max(trainingAudiences.length),
  evaluation: ZEvaluationMethod,
  notes: opt(ZText(4000)),
});
export type TTrainingEventRequest = z.infer<typeof ZTrainingEventRequest>;

export const ZUpdateTrainingEventRequest = ZTrainingEventRequest.extend({ version: z.number().int().min(1) });
export type TUpdateTrainingEventRequest = z.infer<typeof ZUpdateTrainingEventRequest>;

export const ZAddParticipantRequest = z.object({
  name: ZText(120),
  sex: ZSex,
  audience: ZTrainingAudience,
  personId: opt(ZId),
  centreId: opt(ZId),
  /** Came without being invited: added on the day from the attendance sheet. */
  walkIn: z.boolean().optional(),
});
export type TAddParticipantRequest = z.infer<typeof ZAddParticipantRequest>;

const ZScore = z.number().int().min(0).max(100);
export const ZEvaluateParticipantRequest = z.object({
  preScore: ZScore.nullable().optional(),
  postScore: ZScore.nullable().optional(),
  satisfaction: z.number().int().min(1).max(5).nullable().optional(),
});
export type TEvaluateParticipantRequest = z.infer<typeof ZEvaluateParticipantRequest>;

/** The whole day's sheet: who was there. Participants not named are marked absent that day. */
export const ZTrainingAttendanceRequest = z.object({ day: ZDay, present: z.array(ZId).max(500) });
export type TTrainingAttendanceRequest = z.infer<typeof ZTrainingAttendanceRequest>;

export const ZParticipantParams = z.object({ id: ZId, participantId: ZId });

export const ZTrainingParticipant = z.object({
  id: ZId,
  name: z.string(),
  sex: ZSex.nullable(),
  audience: ZTrainingAudience,
  personId: z.string().nullable(),
  centreId: z.string().nullable(),
  centreNameKm: z.string().nullable(),
  centreNameLatin: z.string().nullable(),
  walkIn: z.boolean(),
  preScore: z.number().int().nullable(),
  postScore: z.number().int().nullable(),
  satisfaction: z.number().int().nullable(),
  /** Days present, as ISO dates. */
  days: z.array(z.string()),
});
export type TTrainingParticipant = z.infer<typeof ZTrainingParticipant>;

export const ZTrainingEvent = z.object({
  id: ZId,
  kind: ZTrainingKind,
  title: z.string(),
  topics: z.array(z.string()),
  startsOn: z.string(),
  endsOn: z.string(),
  venue: z.string().nullable(),
  trainers: z.string().nullable(),
  audiences: z.array(ZTrainingAudience),
  evaluation: ZEvaluationMethod,
  notes: z.string().nullable(),
  version: z.number().int(),
  participants: z.array(ZTrainingParticipant),
  /** Averages over participants with scores; null when none were recorded. */
  summary: z.object({ preAverage: z.number().nullable(), postAverage: z.number().nullable(), satisfactionAverage: z.number().nullable() }),
});
export type TTrainingEvent = z.infer<typeof ZTrainingEvent>;

export const ZTrainingEventSummary = z.object({
  id: ZId,
  kind: ZTrainingKind,
  title: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  venue: z.string().nullable(),
  participants: z.number().int(),
});
export type TTrainingEventSummary = z.infer<typeof ZTrainingEventSummary>;

export const ZTrainingEventsQuery = ZPageQuery.extend({
  /** Events with a participant from this centre. */
  centreId: ZId.optional(),
});
export type TTrainingEventsQuery = z.input<typeof ZTrainingEventsQuery>;

// ---- community awareness and government engagement --------------------------------------

export const outreachKinds = ['community_awareness', 'government_engagement'] as const;
export const ZOutreachKind = z.enum(outreachKinds);
export type TOutreachKind = z.infer<typeof ZOutreachKind>;

export const outreachRoles = [
  'community_members', 'parents_caregivers', 'children_youth', 'local_authorities', 'religious_leaders', 'government_staff', 'rcc_staff', 'directors',
] as const;
export const ZOutreachRole = z.enum(outreachRoles);
export type TOutreachRole = z.infer<typeof ZOutreachRole>;

const ZHeadCount = z.number().int().min(0).max(100000);
export const ZOutreachParticipants = z.object({ role: ZOutreachRole, female: ZHeadCount, male: ZHeadCount });
export type TOutreachParticipants = z.infer<typeof ZOutreachParticipants>;

export const ZOutreachEventRequest = z.object({
  kind: ZOutreachKind,
  type: ZLookupValue,
  heldOn: ZDay,
  villageCode: opt(ZPlaceCode),
  centreId: opt(ZId),
  topic: ZText(300),
  outcome: opt(ZText(4000)),
  participants: z.array(ZOutreachParticipants).max(outreachRoles.length),
});
export type TOutreachEventRequest = z.infer<typeof ZOutreachEventRequest>;

export const ZOutreachEvent = z.object({
  id: ZId,
  kind: ZOutreachKind,
  type: z.string(),
  heldOn: z.string(),
  village: ZPlaceWithPath.nullable(),
  centreId: z.string().nullable(),
  topic: z.string(),
  outcome: z.string().nullable(),
  participants: z.array(ZOutreachParticipants),
  female: z.number().int(),
  male: z.number().int(),
});
export type TOutreachEvent = z.infer<typeof ZOutreachEvent>;

export const ZOutreachEventsQuery = ZPageQuery.extend({ kind: ZOutreachKind.optional(), centreId: ZId.optional() });
export type TOutreachEventsQuery = z.input<typeof ZOutreachEventsQuery>;

// ---- partner accounts ---------------------------------------------------------------------

/** The centres a user (a partner: a centre's director) works in and so sees. */
export const ZUserCentresRequest = z.object({ centreIds: z.array(ZId).max(20) });
export type TUserCentresRequest = z.infer<typeof ZUserCentresRequest>;

export const ZUserCentre = z.object({ id: ZId, nameKm: z.string(), nameLatin: z.string().nullable() });
export const ZUserCentres = z.array(ZUserCentre);
export type TUserCentre = z.infer<typeof ZUserCentre>;

// ---- dashboard ----------------------------------------------------------------------------

export const ZCentresDashboard = z.object({
  perStage: z.array(z.object({ stage: ZCentreStage, centres: z.number().int() })),
  /** Centres whose stage changed since the first day of this quarter. */
  movedThisQuarter: z.number().int(),
  quarterStart: z.string(),
  perProvince: z.array(z.object({ provinceCode: z.string(), centres: z.number().int() })),
  trainingParticipants: z.array(z.object({ audience: ZTrainingAudience, female: z.number().int(), male: z.number().int(), unknown: z.number().int() })),
  /** Children whose placement at the centre ended in a family or community placement, by centre (top 50). */
  reintegratedByCentre: z.array(z.object({ centreId: ZId, nameKm: z.string(), nameLatin: z.string().nullable(), reintegrated: z.number().int() })),
  outreachParticipants: z.object({ female: z.number().int(), male: z.number().int(), events: z.number().int() }),
});
export type TCentresDashboard = z.infer<typeof ZCentresDashboard>;

// ---- pipeline board -------------------------------------------------------------------------

export const ZCentreBoardQuery = z.object({
  /** NCDD province code (2 digits). */
  province: z.string().regex(/^\d{2}$/).optional(),
  adviserId: z.string().min(1).max(64).optional(),
});
export type TCentreBoardQuery = z.infer<typeof ZCentreBoardQuery>;

export const ZCentreBoardCard = z.object({
  id: ZId,
  nameKm: z.string(),
  nameLatin: z.string().nullable(),
  provinceCode: z.string().nullable(),
  stage: ZCentreStage,
  stageSince: z.string(),
  /** The transition's version, which a move must send. */
  transitionVersion: z.number().int(),
  adviserId: z.string().nullable(),
  adviserName: z.string().nullable(),
  overdueMilestones: z.number().int(),
});
export type TCentreBoardCard = z.infer<typeof ZCentreBoardCard>;

/** Every centre in scope (up to `limit`), for the board; `truncated` when there were more. */
export const ZCentreBoard = z.object({ cards: z.array(ZCentreBoardCard), truncated: z.boolean() });
export type TCentreBoard = z.infer<typeof ZCentreBoard>;
