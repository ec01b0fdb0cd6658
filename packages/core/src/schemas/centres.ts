import { z } from 'zod';
import { ZId, ZPageQuery, ZText } from './common.js';
import { ZLookupValue } from './lookups.js';
import { ZPlaceCode, ZPlaceWithPath } from './places.js';

// Residential care centres in transition (issue 7): the registry, dated counts, the transition
// record with its stage pipeline and history, milestones and support activities. Shared by
// server and web. A centre's type and an activity's type are values of the organisation's
// lookup lists `centre_type` and `centre_activity_type`.

const ZDay = z.iso.date();
const opt = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/** The default transition pipeline, in order. */
export const centreStages = ['engagement', 'assessment_decision', 'planning', 'implementation', 'new_services_or_closure', 'transitioned'] as const;
export const ZCentreStage = z.enum(centreStages);
export type TCentreStage = z.infer<typeof ZCentreStage>;

export const centreEndGoals = ['full_transition', 'safe_closure'] as const;
export const ZCentreEndGoal = z.enum(centreEndGoals);
export type TCentreEndGoal = z.infer<typeof ZCentreEndGoal>;

export const mouStatuses = ['none', 'negotiating', 'signed', 'expired'] as const;
export const ZMouStatus = z.enum(mouStatuses);
export type TMouStatus = z.infer<typeof ZMouStatus>;

export const engagementLevels = ['low', 'medium', 'high'] as const;
export const ZEngagement = z.enum(engagementLevels);
export type TEngagement = z.infer<typeof ZEngagement>;

export const donorStances = ['supportive', 'undecided', 'opposed', 'unknown'] as const;
export const ZDonorStance = z.enum(donorStances);
export type TDonorStance = z.infer<typeof ZDonorStance>;

export const milestoneStatuses = ['open', 'done', 'cancelled'] as const;
export const ZMilestoneStatus = z.enum(milestoneStatuses);
export type TMilestoneStatus = z.infer<typeof ZMilestoneStatus>;

/** A director or staff member: a registered person, or a name and phone. */
export const ZCentreStaff = z.object({
  name: ZText(120),
  role: opt(ZText(80)),
  phone: opt(ZText(40)),
  personId: opt(ZId),
});
export type TCentreStaff = z.infer<typeof ZCentreStaff>;

export const ZCentreDonor = z.object({ name: ZText(120), stance: ZDonorStance, notes: opt(ZText(500)) });
export type TCentreDonor = z.infer<typeof ZCentreDonor>;

const centreFields = {
  nameKm: ZText(160),
  nameLatin: opt(ZText(160)),
  villageCode: opt(ZPlaceCode),
  type: ZLookupValue,
  mosvyRegistered: z.boolean(),
  mosvyRegistrationNumber: opt(ZText(60)),
  mouStatus: ZMouStatus,
  mouSignedOn: opt(ZDay),
  mouExpiresOn: opt(ZDay),
  lastInspectionOn: opt(ZDay),
  capacity: z.number().int().min(0).max(10000).nullable().optional(),
  director: ZCentreStaff.nullable().optional(),
  keyStaff: z.array(ZCentreStaff).max(30).optional(),
  donors: z.array(ZCentreDonor).max(30).optional(),
  partnerSince: opt(ZDay),
  engagement: ZEngagement.nullable().optional(),
  notes: opt(ZText(4000)),
};

export const ZCreateCentreRequest = z.object({
  ...centreFields,
  endGoal: ZCentreEndGoal.optional(),
  /** The adviser (a caseworker); the caller when omitted. */
  caseworkerId: z.string().optional(),
});
export type TCreateCentreRequest = z.infer<typeof ZCreateCentreRequest>;

export const ZUpdateCentreRequest = z.object({ ...centreFields, version: z.number().int().min(1) }).partial({
  nameKm: true, type: true, mosvyRegistered: true, mouStatus: true,
}).required({ version: true });
export type TUpdateCentreRequest = z.infer<typeof ZUpdateCentreRequest>;

export const ZCentresQuery = ZPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  stage: ZCentreStage.optional(),
  /** NCDD province code (2 digits). */
  province: z.string().regex(/^\d{2}$/).optional(),
});
export type TCentresQuery = z.input<typeof ZCentresQuery>;

export const ZCentreSummary = z.object({
  id: ZId,
  nameKm: z.string(),
  nameLatin: z.string().nullable(),
  type: z.string(),
  villageCode: z.string().nullable(),
  provinceCode: z.string().nullable(),
  stage: ZCentreStage,
  children: z.number().int().nullable(),
  countedOn: z.string().nullable(),
  adviserName: z.string().nullable(),
});
export type TCentreSummary = z.infer<typeof ZCentreSummary>;

export const ZCentreCount = z.object({
  id: ZId,
  countedOn: z.string(),
  girls: z.number().int(),
  boys: z.number().int(),
  staff: z.number().int().nullable(),
  notes: z.string().nullable(),
  recordedBy: z.string().nullable(),
});
export type TCentreCount = z.infer<typeof ZCentreCount>;

export const ZAddCentreCountRequest = z.object({
  countedOn: ZDay,
  girls: z.number().int().min(0).max(5000),
  boys: z.number().int().min(0).max(5000),
  staff: z.number().int().min(0).max(5000).nullable().optional(),
  notes: opt(ZText(500)),
});
export type TAddCentreCountRequest = z.infer<typeof ZAddCentreCountRequest>;

export const ZCentreStageChange = z.object({
  id: ZId,
  fromStage: ZCentreStage.nullable(),
  toStage: ZCentreStage,
  changedOn: z.string(),
  reason: z.string(),
  changedBy: z.string().nullable(),
});
export type TCentreStageChange = z.infer<typeof ZCentreStageChange>;

export const ZCentreTransition = z.object({
  endGoal: ZCentreEndGoal,
  stage: ZCentreStage,
  stageSince: z.string(),
  risks: z.string().nullable(),
  directorPosition: z.string().nullable(),
  donorPosition: z.string().nullable(),
  version: z.number().int(),
});
export type TCentreTransition = z.infer<typeof ZCentreTransition>;

export const ZUpdateTransitionRequest = z.object({
  endGoal: ZCentreEndGoal.optional(),
  risks: opt(ZText(4000)),
  directorPosition: opt(ZText(2000)),
  donorPosition: opt(ZText(2000)),
  version: z.number().int().min(1),
});
export type TUpdateTransitionRequest = z.infer<typeof ZUpdateTransitionRequest>;

/** Moving the transition to another stage always says why. */
export const ZMoveCentreStageRequest = z.object({
  toStage: ZCentreStage,
  reason: ZText(2000),
  changedOn: ZDay.optional(),
  version: z.number().int().min(1),
});
export type TMoveCentreStageRequest = z.infer<typeof ZMoveCentreStageRequest>;

export const ZMilestone = z.object({
  id: ZId,
  centreId: ZId,
  title: z.string(),
  owner: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: ZMilestoneStatus,
  doneOn: z.string().nullable(),
  overdue: z.boolean(),
});
export type TMilestone = z.infer<typeof ZMilestone>;

export const ZAddMilestoneRequest = z.object({ title: ZText(300), owner: opt(ZText(120)), dueOn: opt(ZDay) });
export type TAddMilestoneRequest = z.infer<typeof ZAddMilestoneRequest>;

export const ZUpdateMilestoneRequest = z.object({ status: ZMilestoneStatus, doneOn: opt(ZDay) });
export type TUpdateMilestoneRequest = z.infer<typeof ZUpdateMilestoneRequest>;

export const ZMilestoneParams = z.object({ id: ZId, milestoneId: ZId });

export const ZOverdueMilestone = ZMilestone.extend({ centreNameKm: z.string(), centreNameLatin: z.string().nullable() });
export type TOverdueMilestone = z.infer<typeof ZOverdueMilestone>;

export const ZCentreActivity = z.object({
  id: ZId,
  type: z.string(),
  activityOn: z.string(),
  staff: z.string().nullable(),
  participants: z.string().nullable(),
  participantCount: z.number().int().nullable(),
  notes: z.string().nullable(),
  followUp: z.string().nullable(),
  recordedBy: z.string().nullable(),
});
export type TCentreActivity = z.infer<typeof ZCentreActivity>;

export const ZAddActivityRequest = z.object({
  type: ZLookupValue,
  activityOn: ZDay,
  staff: opt(ZText(300)),
  participants: opt(ZText(1000)),
  participantCount: z.number().int().min(0).max(10000).nullable().optional(),
  notes: opt(ZText(4000)),
  followUp: opt(ZText(2000)),
});
export type TAddActivityRequest = z.infer<typeof ZAddActivityRequest>;

export const ZCentre = z.object({
  id: ZId,
  nameKm: z.string(),
  nameLatin: z.string().nullable(),
  village: ZPlaceWithPath.nullable(),
  type: z.string(),
  mosvyRegistered: z.boolean(),
  mosvyRegistrationNumber: z.string().nullable(),
  mouStatus: ZMouStatus,
  mouSignedOn: z.string().nullable(),
  mouExpiresOn: z.string().nullable(),
  lastInspectionOn: z.string().nullable(),
  capacity: z.number().int().nullable(),
  director: ZCentreStaff.nullable(),
  keyStaff: z.array(ZCentreStaff),
  donors: z.array(ZCentreDonor),
  partnerSince: z.string().nullable(),
  engagement: ZEngagement.nullable(),
  notes: z.string().nullable(),
  caseworkerId: z.string().nullable(),
  adviserName: z.string().nullable(),
  version: z.number().int(),
  transition: ZCentreTransition,
  counts: z.array(ZCentreCount),
  stageHistory: z.array(ZCentreStageChange),
  milestones: z.array(ZMilestone),
  activities: z.array(ZCentreActivity),
});
export type TCentre = z.infer<typeof ZCentre>;

/** The centre's children: ever placed there, and what became of them — the measure that matters. */
export const ZCentreChild = z.object({
  personId: ZId,
  caseId: ZId,
  nameKm: z.string().nullable(),
  nameLatin: z.string().nullable(),
  sex: z.string(),
  caseStage: z.string(),
  atCentre: z.boolean(),
  assessed: z.boolean(),
  traced: z.boolean(),
  reintegrated: z.boolean(),
  inFollowUp: z.boolean(),
  /** Whether the caller may open the child's record (a partner, only while the child is at their centre). */
  readable: z.boolean(),
});
export type TCentreChild = z.infer<typeof ZCentreChild>;

export const ZCentreChildren = z.object({
  counts: z.object({ atCentre: z.number().int(), assessed: z.number().int(), traced: z.number().int(), reintegrated: z.number().int(), inFollowUp: z.number().int() }),
  items: z.array(ZCentreChild),
  /** Children counted above but not listed: in caseloads the caller does not see. */
  unlisted: z.number().int(),
});
export type TCentreChildren = z.infer<typeof ZCentreChildren>;

export const timelineKinds = ['created', 'stage', 'activity', 'milestone', 'assessment', 'count', 'training', 'outreach'] as const;
export const ZTimelineEntry = z.object({
  kind: z.enum(timelineKinds),
  on: z.string(),
  id: ZId,
  /** Kind-specific facts the page renders (stage names, activity type, milestone title, score). */
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
});
export type TTimelineEntry = z.infer<typeof ZTimelineEntry>;
