import { z } from 'zod';
import { stages } from '../pathway.js';
import { ZId, ZPage, ZPageQuery, ZText } from './common.js';

// Request and response schemas for the work on a case after intake (issue 3): care plans and
// tasks, approvals and notifications, placements, follow-up visits, services, closure and the
// home summaries. Shared by server and web.

/** A calendar day, 'YYYY-MM-DD'. */
const ZDay = z.iso.date();
/** A value of one of the organisation's lookup lists (checked against the list by the server). */
const ZLookupValue = z.string().trim().min(1).max(80);
const ZVersion = z.number().int().min(1);

/** Which case a row in a cross-case list belongs to, and the child's name to show with it. */
export const ZCaseRef = z.object({
  id: ZId,
  number: z.string(),
  childId: ZId,
  childNameKm: z.string().nullable(),
  childNameLatin: z.string().nullable(),
});
export type TCaseRef = z.infer<typeof ZCaseRef>;

export const ZUserRef = z.object({ id: z.string(), name: z.string() });
export type TUserRef = z.infer<typeof ZUserRef>;

// ---- care plans and tasks --------------------------------------------------------------------
export const carePlanStatuses = ['draft', 'pending_approval', 'approved', 'rejected', 'superseded'] as const;
export const ZCarePlanStatus = z.enum(carePlanStatuses);
export const actionStatuses = ['open', 'done', 'cancelled'] as const;
export const ZActionStatus = z.enum(actionStatuses);

/** An action in a plan being drafted; with `id` it keeps (and edits) an existing action. */
export const ZCarePlanActionInput = z.object({
  id: ZId.optional(),
  description: ZText(1000),
  responsible: ZText(200).nullable().optional(),
  dueOn: ZDay.nullable().optional(),
});
export const ZCarePlanGoalInput = z.object({
  id: ZId.optional(),
  description: ZText(1000),
  actions: z.array(ZCarePlanActionInput).max(50).default([]),
});

export const ZCreateCarePlanRequest = z.object({
  /** Lookup `care_type`: the care option chosen in the child's best interests. */
  careOption: ZLookupValue.nullable().optional(),
  bestInterests: ZText(4000).nullable().optional(),
  goals: z.array(ZCarePlanGoalInput).max(30).default([]),
});
export type TCreateCarePlanRequest = z.input<typeof ZCreateCarePlanRequest>;

/** Edit a draft or sent-back plan. `goals`, when given, is the whole new list: goals and actions left out are archived. */
export const ZUpdateCarePlanRequest = z.object({
  version: ZVersion,
  careOption: ZLookupValue.nullable().optional(),
  bestInterests: ZText(4000).nullable().optional(),
  goals: z.array(ZCarePlanGoalInput).max(30).optional(),
});
export type TUpdateCarePlanRequest = z.input<typeof ZUpdateCarePlanRequest>;

export const ZSubmitCarePlanRequest = z.object({ version: ZVersion, comment: ZText(2000).optional() });
export type TSubmitCarePlanRequest = z.infer<typeof ZSubmitCarePlanRequest>;

export const ZCarePlanAction = z.object({
  id: ZId,
  goalId: ZId,
  caseId: ZId,
  description: z.string(),
  responsible: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: ZActionStatus,
  doneOn: z.string().nullable(),
  overdue: z.boolean(),
});
export type TCarePlanAction = z.infer<typeof ZCarePlanAction>;

export const ZCarePlanGoal = z.object({ id: ZId, description: z.string(), sortOrder: z.number().int(), actions: z.array(ZCarePlanAction) });
export type TCarePlanGoal = z.infer<typeof ZCarePlanGoal>;

export const ZCarePlan = z.object({
  id: ZId,
  caseId: ZId,
  status: ZCarePlanStatus,
  careOption: z.string().nullable(),
  bestInterests: z.string().nullable(),
  goals: z.array(ZCarePlanGoal),
  createdBy: ZUserRef.nullable(),
  createdAt: z.string(),
  approvedBy: ZUserRef.nullable(),
  approvedAt: z.string().nullable(),
  version: z.number().int(),
});
export type TCarePlan = z.infer<typeof ZCarePlan>;

/** Mark a task done (on `doneOn`, default today), cancelled, or open again. */
export const ZUpdateCarePlanActionRequest = z.object({ status: ZActionStatus, doneOn: ZDay.nullable().optional() });
export type TUpdateCarePlanActionRequest = z.infer<typeof ZUpdateCarePlanActionRequest>;

/**
 * The tasks list: open actions of approved plans, and emergency foster placements to review
 * before their three months are up. `overdue` is before today, `today` is today, `week` is today
 * and the six days after; without `due`, every task with a date.
 */
export const ZListTasksQuery = ZPageQuery.extend({
  due: z.enum(['overdue', 'today', 'week']).optional(),
  caseworkerId: z.string().min(1).max(100).optional(),
});
export type TListTasksQuery = z.infer<typeof ZListTasksQuery>;

export const taskKinds = ['care_plan_action', 'emergency_foster_review'] as const;
export const ZTask = z.object({
  kind: z.enum(taskKinds),
  /** The action's id, or the placement's for an emergency foster review. */
  id: ZId,
  case: ZCaseRef,
  description: z.string().nullable(),
  responsible: z.string().nullable(),
  dueOn: z.string(),
  overdue: z.boolean(),
  caseworkerId: z.string().nullable(),
});
export type TTask = z.infer<typeof ZTask>;
export const ZTaskPage = ZPage(ZTask);

// ---- approvals -------------------------------------------------------------------------------
export const approvalKinds = ['care_plan', 'placement', 'closure'] as const;
export const ZApprovalKind = z.enum(approvalKinds);
export const approvalStatuses = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export const ZApprovalStatus = z.enum(approvalStatuses);

export const ZApproval = z.object({
  id: ZId,
  case: ZCaseRef,
  kind: ZApprovalKind,
  /** The care plan or placement decided on; null for a closure. */
  subjectId: ZId.nullable(),
  /** What was asked: for a closure `{ reason, closedOn, summary }`; for a placement its care type and start. */
  details: z.record(z.string(), z.unknown()),
  status: ZApprovalStatus,
  requestedBy: ZUserRef,
  requestedAt: z.string(),
  requestComment: z.string().nullable(),
  decidedBy: ZUserRef.nullable(),
  decidedAt: z.string().nullable(),
  decisionComment: z.string().nullable(),
});
export type TApproval = z.infer<typeof ZApproval>;

/** The supervisor's queue: approvals they may decide (not their own requests), waiting by default. */
export const ZListApprovalsQuery = ZPageQuery.extend({
  status: ZApprovalStatus.default('pending'),
  kind: ZApprovalKind.optional(),
});
export type TListApprovalsQuery = z.infer<typeof ZListApprovalsQuery>;
export const ZApprovalPage = ZPage(ZApproval);

export const ZApproveRequest = z.object({ comment: ZText(2000).optional() });
export type TApproveRequest = z.infer<typeof ZApproveRequest>;
/** Sending a request back needs a comment saying why. */
export const ZRejectRequest = z.object({ comment: ZText(2000) });
export type TRejectRequest = z.infer<typeof ZRejectRequest>;

// ---- placements ------------------------------------------------------------------------------
export const placementStatuses = ['proposed', 'active', 'ended', 'rejected'] as const;
export const ZPlacementStatus = z.enum(placementStatuses);

export const ZProposePlacementRequest = z.object({
  /** Lookup `care_type`. */
  careType: ZLookupValue,
  /** The carer household (in the caller's scope), or a centre, or neither (independent living). */
  carerHouseholdId: ZId.nullable().optional(),
  carerCentreId: ZId.nullable().optional(),
  startDate: ZDay,
  notes: ZText(4000).nullable().optional(),
  agreementAttachmentId: ZId.nullable().optional(),
  /** Lookup `placement_end_reason` for the placement this one replaces, if any (default `other`). */
  previousEndReason: ZLookupValue.optional(),
  comment: ZText(2000).optional(),
});
export type TProposePlacementRequest = z.infer<typeof ZProposePlacementRequest>;

export const ZUpdatePlacementRequest = z.object({
  version: ZVersion,
  notes: ZText(4000).nullable().optional(),
  agreementAttachmentId: ZId.nullable().optional(),
});
export type TUpdatePlacementRequest = z.infer<typeof ZUpdatePlacementRequest>;

/** A centre of the caller's organisation that a child may be placed in. */
export const ZCentreOption = z.object({ id: ZId, nameKm: z.string(), nameLatin: z.string().nullable() });
export type TCentreOption = z.infer<typeof ZCentreOption>;
export const ZCentreOptionsQuery = z.object({ q: z.string().trim().max(100).optional() });

export const ZEndPlacementRequest = z.object({ endDate: ZDay, reason: ZLookupValue });
export type TEndPlacementRequest = z.infer<typeof ZEndPlacementRequest>;

export const ZPlacement = z.object({
  id: ZId,
  caseId: ZId,
  careType: z.string(),
  carerHouseholdId: ZId.nullable(),
  carerHouseholdName: z.string().nullable(),
  carerCentreId: ZId.nullable(),
  /** The carer centre's name in both scripts (Latin may be missing). */
  carerCentreName: z.object({ km: z.string(), latin: z.string().nullable() }).nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  endReason: z.string().nullable(),
  agreementAttachmentId: ZId.nullable(),
  status: ZPlacementStatus,
  notes: z.string().nullable(),
  /** For emergency foster care: the day its three months are up, and whether that has passed while it is still active. */
  emergencyFosterLimitOn: z.string().nullable(),
  emergencyFosterOverdue: z.boolean(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type TPlacement = z.infer<typeof ZPlacement>;

export const ZProposePlacementResponse = z.object({ placement: ZPlacement, approval: ZApproval });
export type TProposePlacementResponse = z.infer<typeof ZProposePlacementResponse>;

// ---- closure ---------------------------------------------------------------------------------
export const ZRequestClosureRequest = z.object({
  /** Lookup `closure_reason`. */
  reason: ZLookupValue,
  closedOn: ZDay,
  summary: ZText(8000),
});
export type TRequestClosureRequest = z.infer<typeof ZRequestClosureRequest>;

// ---- follow-up visits ------------------------------------------------------------------------
export const followUpStatuses = ['scheduled', 'done', 'missed', 'cancelled', 'rescheduled'] as const;
export const ZFollowUpStatus = z.enum(followUpStatuses);
export const followUpStates = ['due', 'overdue', 'done', 'missed', 'cancelled', 'rescheduled'] as const;
export const wellbeingLevels = ['good', 'some_concerns', 'serious_concerns'] as const;
export const ZWellbeing = z.enum(wellbeingLevels);

export const ZFollowUp = z.object({
  id: ZId,
  case: ZCaseRef,
  placementId: ZId.nullable(),
  sequence: z.number().int(),
  monthsAfter: z.number().int().nullable(),
  dueOn: z.string(),
  status: ZFollowUpStatus,
  /** `scheduled` told apart as `due` or `overdue`. */
  state: z.enum(followUpStates),
  overdue: z.boolean(),
  doneOn: z.string().nullable(),
  progress: z.string().nullable(),
  concerns: z.string().nullable(),
  wellbeing: ZWellbeing.nullable(),
  visitedBy: ZUserRef.nullable(),
  missedReason: z.string().nullable(),
  rescheduledToId: ZId.nullable(),
  rescheduleReason: z.string().nullable(),
  caseworkerId: z.string().nullable(),
  version: z.number().int(),
});
export type TFollowUp = z.infer<typeof ZFollowUp>;

/**
 * Follow-ups in the caller's caseload (a supervisor's: the team's). `due`: scheduled, today or
 * later; `overdue`: scheduled, before today; `from`/`to` bound the due date.
 */
export const ZListFollowUpsQuery = ZPageQuery.extend({
  status: z.enum(['due', 'overdue', 'done', 'missed']).optional(),
  from: ZDay.optional(),
  to: ZDay.optional(),
  caseworkerId: z.string().min(1).max(100).optional(),
});
export type TListFollowUpsQuery = z.infer<typeof ZListFollowUpsQuery>;
export const ZFollowUpPage = ZPage(ZFollowUp);

/** A visit made: progress on the plan, new concerns, how the child is. */
export const ZRecordFollowUpRequest = z.object({
  doneOn: ZDay,
  progress: ZText(8000),
  concerns: ZText(8000).nullable().optional(),
  wellbeing: ZWellbeing,
});
export type TRecordFollowUpRequest = z.infer<typeof ZRecordFollowUpRequest>;

export const ZMissFollowUpRequest = z.object({ reason: ZText(2000) });
export type TMissFollowUpRequest = z.infer<typeof ZMissFollowUpRequest>;

export const ZRescheduleFollowUpRequest = z.object({ dueOn: ZDay, reason: ZText(2000) });
export type TRescheduleFollowUpRequest = z.infer<typeof ZRescheduleFollowUpRequest>;

// ---- services provided -----------------------------------------------------------------------
export const ZCreateServiceRequest = z.object({
  /** Lookup `service_type`. Counselling and legal advice are always confidential. */
  serviceType: ZLookupValue,
  providedOn: ZDay,
  provider: ZText(200).nullable().optional(),
  outcome: ZText(4000).nullable().optional(),
  notes: ZText(8000).nullable().optional(),
  confidential: z.boolean().optional(),
});
export type TCreateServiceRequest = z.infer<typeof ZCreateServiceRequest>;

export const ZServiceRecord = z.object({
  id: ZId,
  caseId: ZId,
  serviceType: z.string(),
  providedOn: z.string(),
  provider: z.string().nullable(),
  outcome: z.string().nullable(),
  /** Null with `redacted` when the notes are confidential and the caller may not read them. */
  notes: z.string().nullable(),
  confidential: z.boolean(),
  redacted: z.boolean(),
  createdBy: ZUserRef.nullable(),
  createdAt: z.string(),
});
export type TServiceRecord = z.infer<typeof ZServiceRecord>;

// ---- notifications ---------------------------------------------------------------------------
export const notificationKinds = ['approval.requested', 'approval.approved', 'approval.rejected'] as const;
export const ZNotification = z.object({
  id: ZId,
  /** A translation key under `notifications.*`; `params` fill it in. */
  kind: z.string(),
  caseId: ZId.nullable(),
  params: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type TNotification = z.infer<typeof ZNotification>;
export const ZListNotificationsQuery = ZPageQuery.extend({ unread: z.enum(['true', 'false']).optional() });
export const ZNotificationPage = ZPage(ZNotification).extend({ unread: z.number().int() });
export type TNotificationPage = z.infer<typeof ZNotificationPage>;

// ---- home summaries --------------------------------------------------------------------------
export const ZStageCount = z.object({ stage: z.enum(stages), count: z.number().int() });
/** A short list for a home screen: the first items and how many there are in all. */
const ZShortList = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

export const ZCaseworkerHome = z.object({
  openCases: z.number().int(),
  casesByStage: z.array(ZStageCount),
  followUps: z.object({ today: ZShortList(ZFollowUp), overdue: ZShortList(ZFollowUp) }),
  tasks: z.object({ today: ZShortList(ZTask), overdue: ZShortList(ZTask) }),
  pendingApprovals: ZShortList(ZApproval),
});
export type TCaseworkerHome = z.infer<typeof ZCaseworkerHome>;

export const ZCaseloadRow = z.object({
  caseworker: ZUserRef,
  openCases: z.number().int(),
  highRisk: z.number().int(),
  byStage: z.array(ZStageCount),
  overdueFollowUps: z.number().int(),
  overdueTasks: z.number().int(),
  emergencyFosterOverdue: z.number().int(),
});
export type TCaseloadRow = z.infer<typeof ZCaseloadRow>;

export const ZSupervisorHome = z.object({
  caseload: z.array(ZCaseloadRow),
  overdue: z.object({
    followUps: z.number().int(),
    tasks: z.number().int(),
    emergencyFoster: z.number().int(),
    followUpItems: z.array(ZFollowUp),
  }),
  approvals: ZShortList(ZApproval),
});
export type TSupervisorHome = z.infer<typeof ZSupervisorHome>;
