import { z } from 'zod';
import { riskLevels, stageRefusals, stages, urgencies } from '../pathway.js';
import { ZId, ZPageQuery, ZText } from './common.js';
import { ZLookupValue } from './lookups.js';

// Request and response schemas for the cases API (issue 3): the case, its intake, stages,
// consents, notes and conferences, reassignment and transfers. Shared by server and web.

export const ZStage = z.enum(stages);
export type TStage = z.infer<typeof ZStage>;
export const ZRiskLevel = z.enum(riskLevels);
export type TRiskLevel = z.infer<typeof ZRiskLevel>;
export const ZUrgency = z.enum(urgencies);
export type TUrgency = z.infer<typeof ZUrgency>;
export const ZStageRefusal = z.enum(stageRefusals);

/** 'YYYY-MM-DD'. */
const isoDate = z.iso.date();
/** Staff account ids are the auth library's, not necessarily uuids. */
const ZUserId = z.string().min(1).max(100);
/** An NCDD village code (8 digits). */
export const ZVillageCode = z.string().regex(/^\d{8}$/);
const ZStaffRef = z.object({ id: z.string(), name: z.string() });
const ZOrganisationRef = z.object({ id: ZId, name: z.string() });

// ---- the child as a case shows them --------------------------------------------------------
export const ZCaseChild = z.object({
  id: ZId,
  familyNameKm: z.string().nullable(),
  givenNameKm: z.string().nullable(),
  familyNameLatin: z.string().nullable(),
  givenNameLatin: z.string().nullable(),
  nickname: z.string().nullable(),
  sex: z.string(),
  birthDate: z.string().nullable(),
  birthDateEstimated: z.boolean(),
  addressCode: z.string().nullable(),
});
export type TCaseChild = z.infer<typeof ZCaseChild>;

// ---- intake ------------------------------------------------------------------------------------
/** Referral / intake fields; all optional on a change, `null` clears one. */
const intakeFields = {
  referralDate: isoDate.nullable().optional(),
  referralSource: ZLookupValue.nullable().optional(),
  referralReason: ZText(4000).nullable().optional(),
  referrerName: ZText(200).nullable().optional(),
  childCategories: z.array(ZLookupValue).max(20).optional(),
  urgency: ZUrgency.nullable().optional(),
  childViews: ZText(4000).nullable().optional(),
  familyViews: ZText(4000).nullable().optional(),
};

export const ZOpenCaseRequest = z.object({
  childId: ZId,
  /** Default: the caller. Someone else only with `case.assign` (a supervisor: within their teams). */
  caseworkerId: ZUserId.optional(),
  /** Default: a team the caseworker shares with the caller, else the caseworker's first team. */
  teamId: ZId.optional(),
  riskLevel: ZRiskLevel,
  ...intakeFields,
  referralDate: isoDate,
  referralSource: ZLookupValue,
  referralReason: ZText(4000),
});
export type TOpenCaseRequest = z.infer<typeof ZOpenCaseRequest>;

export const ZUpdateCaseRequest = z.object({
  /** The version the change was made on; a stale one answers 409 record.conflict. */
  version: z.number().int().min(1),
  riskLevel: ZRiskLevel.optional(),
  ...intakeFields,
});
export type TUpdateCaseRequest = z.infer<typeof ZUpdateCaseRequest>;

// ---- lists -------------------------------------------------------------------------------------
export const ZCaseSummary = z.object({
  id: ZId,
  number: z.string(),
  organisationId: ZId,
  stage: ZStage,
  riskLevel: ZRiskLevel,
  urgency: ZUrgency.nullable(),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  teamId: ZId.nullable(),
  teamName: z.string().nullable(),
  caseworker: ZStaffRef,
  child: ZCaseChild,
  /** A follow-up visit or a care-plan task is past its due date. */
  overdue: z.boolean(),
  updatedAt: z.string(),
});
export type TCaseSummary = z.infer<typeof ZCaseSummary>;

export const ZListCasesQuery = ZPageQuery.extend({
  /** One stage, or `open` for every stage but closed. */
  stage: z.enum([...stages, 'open']).optional(),
  caseworkerId: ZUserId.optional(),
  teamId: ZId.optional(),
  risk: ZRiskLevel.optional(),
  /** A province's 2-digit NCDD code: the child's current address is in it. */
  province: z.string().regex(/^\d{2}$/).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  /** One child's cases (a person's page lists them), open and closed. */
  childId: ZId.optional(),
  /** The child's name in either script, or part of the case number. */
  q: z.string().trim().max(100).optional(),
});
export type TListCasesQuery = z.infer<typeof ZListCasesQuery>;

// ---- one case ----------------------------------------------------------------------------------
export const ZStageChange = z.object({
  id: ZId,
  fromStage: ZStage.nullable(),
  toStage: ZStage,
  reason: z.string().nullable(),
  changedBy: ZStaffRef.nullable(),
  changedAt: z.string(),
});
export type TStageChange = z.infer<typeof ZStageChange>;

export const ZConsent = z.object({
  id: ZId,
  caseId: ZId,
  subject: z.string(),
  givenBy: z.string(),
  givenOn: z.string(),
  documentAttachmentId: ZId.nullable(),
  withdrawnOn: z.string().nullable(),
  createdAt: z.string(),
});
export type TConsent = z.infer<typeof ZConsent>;

export const ZCasePlacementSummary = z.object({
  id: ZId,
  careType: z.string(),
  carerHouseholdId: ZId.nullable(),
  carerCentreId: ZId.nullable(),
  startDate: z.string(),
});
export type TCasePlacementSummary = z.infer<typeof ZCasePlacementSummary>;

export const ZCaseTransferStatus = z.enum(['pending', 'accepted', 'declined', 'withdrawn']);
export type TCaseTransferStatus = z.infer<typeof ZCaseTransferStatus>;

export const ZCaseTransfer = z.object({
  id: ZId,
  caseId: ZId,
  caseNumber: z.string(),
  from: ZOrganisationRef,
  to: ZOrganisationRef,
  consentId: ZId.nullable(),
  reason: z.string(),
  status: ZCaseTransferStatus,
  requestedBy: ZStaffRef,
  requestedAt: z.string(),
  decidedBy: ZStaffRef.nullable(),
  decidedAt: z.string().nullable(),
  decisionComment: z.string().nullable(),
  /** The receiving organisation's case, once accepted. */
  newCaseId: ZId.nullable(),
  child: ZCaseChild,
});
export type TCaseTransfer = z.infer<typeof ZCaseTransfer>;

export const ZCase = ZCaseSummary.extend({
  version: z.number().int(),
  referralDate: z.string().nullable(),
  referralSource: z.string().nullable(),
  referralReason: z.string().nullable(),
  referrerName: z.string().nullable(),
  childCategories: z.array(z.string()),
  childViews: z.string().nullable(),
  familyViews: z.string().nullable(),
  closureReason: z.string().nullable(),
  closureSummary: z.string().nullable(),
  createdAt: z.string(),
  stageHistory: z.array(ZStageChange),
  consents: z.array(ZConsent),
  currentPlacement: ZCasePlacementSummary.nullable(),
  counts: z.object({ notes: z.number().int(), conferences: z.number().int() }),
  transfers: z.array(ZCaseTransfer),
});
export type TCase = z.infer<typeof ZCase>;

// ---- stages ------------------------------------------------------------------------------------
export const ZMoveStageRequest = z.object({
  to: ZStage,
  /** Required when going back. */
  reason: ZText(2000).optional(),
  /** When given, a stale version answers 409 record.conflict. */
  version: z.number().int().min(1).optional(),
});
export type TMoveStageRequest = z.infer<typeof ZMoveStageRequest>;

export const ZReopenCaseRequest = z.object({ reason: ZText(2000) });
export type TReopenCaseRequest = z.infer<typeof ZReopenCaseRequest>;

export const ZAssignCaseRequest = z.object({
  caseworkerId: ZUserId,
  /** Default: a team the caseworker shares with the caller, else the caseworker's first team. */
  teamId: ZId.optional(),
});
export type TAssignCaseRequest = z.infer<typeof ZAssignCaseRequest>;

// ---- consents ----------------------------------------------------------------------------------
export const ZRecordConsentRequest = z.object({
  /** What was consented to, e.g. "sharing the case file with the receiving organisation". */
  subject: ZText(500),
  givenBy: ZText(200),
  givenOn: isoDate,
  /** A signed form already attached to this case. */
  documentAttachmentId: ZId.nullable().optional(),
});
export type TRecordConsentRequest = z.infer<typeof ZRecordConsentRequest>;

export const ZWithdrawConsentRequest = z.object({
  /** Default: today. */
  withdrawnOn: isoDate.optional(),
  reason: ZText(2000).optional(),
});
export type TWithdrawConsentRequest = z.infer<typeof ZWithdrawConsentRequest>;

export const ZConsentParams = z.object({ id: ZId, consentId: ZId });

// ---- notes and contacts ------------------------------------------------------------------------
export const ZCaseNote = z.object({
  id: ZId,
  caseId: ZId,
  /** Lookup `contact_type`: home_visit, office_visit, phone, case_conference, supervision, final_assessment, other. */
  type: z.string(),
  occurredOn: z.string(),
  placeCode: z.string().nullable(),
  participants: z.string().nullable(),
  /** `null` with `redacted` when the note is confidential and the reader may not see it. */
  narrative: z.string().nullable(),
  nextSteps: z.string().nullable(),
  confidential: z.boolean(),
  decision: z.string().nullable(),
  bestInterests: z.string().nullable(),
  redacted: z.boolean(),
  author: ZStaffRef.nullable(),
  version: z.number().int(),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TCaseNote = z.infer<typeof ZCaseNote>;

export const ZRecordCaseNoteRequest = z.object({
  /**
   * The note's id, made by the client (a UUID) so a note written offline and queued can be sent
   * again safely: the same id from the same author on the same case answers with the note
   * already recorded instead of a second one. Optional; the server makes one otherwise.
   */
  id: ZId.optional(),
  type: ZLookupValue,
  occurredOn: isoDate,
  placeCode: ZVillageCode.nullable().optional(),
  participants: ZText(1000).nullable().optional(),
  narrative: ZText(20000),
  nextSteps: ZText(4000).nullable().optional(),
  confidential: z.boolean().default(false),
  /** Case conferences only (type `case_conference`, where a decision is required). */
  decision: ZText(4000).nullable().optional(),
  bestInterests: ZText(8000).nullable().optional(),
});
export type TRecordCaseNoteRequest = z.input<typeof ZRecordCaseNoteRequest>;

export const ZUpdateCaseNoteRequest = z.object({
  version: z.number().int().min(1),
  type: ZLookupValue.optional(),
  occurredOn: isoDate.optional(),
  placeCode: ZVillageCode.nullable().optional(),
  participants: ZText(1000).nullable().optional(),
  narrative: ZText(20000).optional(),
  nextSteps: ZText(4000).nullable().optional(),
  confidential: z.boolean().optional(),
  decision: ZText(4000).nullable().optional(),
  bestInterests: ZText(8000).nullable().optional(),
  /** Notes are archived, never deleted. */
  archived: z.boolean().optional(),
});
export type TUpdateCaseNoteRequest = z.infer<typeof ZUpdateCaseNoteRequest>;

export const ZListCaseNotesQuery = ZPageQuery.extend({
  type: ZLookupValue.optional(),
  includeArchived: z.enum(['true', 'false']).optional(),
});
export const ZCaseNoteParams = z.object({ id: ZId, noteId: ZId });

// ---- transfers ---------------------------------------------------------------------------------
export const ZRequestTransferRequest = z.object({
  toOrganisationId: ZId,
  /** A consent on this case, not withdrawn, covering the transfer. */
  consentId: ZId,
  reason: ZText(2000),
});
export type TRequestTransferRequest = z.infer<typeof ZRequestTransferRequest>;

export const ZListTransfersQuery = ZPageQuery.extend({
  /** `incoming`: offered to my organisation; `outgoing`: from cases I can see. */
  direction: z.enum(['incoming', 'outgoing']).default('incoming'),
  status: ZCaseTransferStatus.optional(),
});
export type TListTransfersQuery = z.infer<typeof ZListTransfersQuery>;

export const ZAcceptTransferRequest = z.object({
  comment: ZText(2000).optional(),
  /** Who takes the new case in my organisation; default: me. */
  caseworkerId: ZUserId.optional(),
  teamId: ZId.optional(),
});
export type TAcceptTransferRequest = z.infer<typeof ZAcceptTransferRequest>;

export const ZDeclineTransferRequest = z.object({ comment: ZText(2000) });
export type TDeclineTransferRequest = z.infer<typeof ZDeclineTransferRequest>;

/** Organisations on the instance a case may be transferred to. */
export const ZTransferDestination = z.object({ id: ZId, name: z.string(), nameKm: z.string().nullable() });
export type TTransferDestination = z.infer<typeof ZTransferDestination>;
