import { z } from 'zod';
import { ZId, ZPageQuery, ZText } from './common.js';
import { ZProgrammeFigures, ZProgrammePerson } from './programmes.js';

/*
 * The Care Leavers' Network: members (young people who have left care), groups (kinds are the
 * editable list `leaver_group_kind`) with meetings, outreach visits to centres, and outcome
 * check-ins over time.
 */

const ZDay = z.iso.date();
const opt = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

export const leaverStatuses = ['active', 'inactive', 'moved_away', 'left'] as const;
export const ZLeaverStatus = z.enum(leaverStatuses);
export const housingStatuses = ['stable', 'unstable', 'homeless'] as const;
export const ZLeaverHousing = z.enum(housingStatuses);
export const educationStatuses = ['none', 'school', 'vocational', 'higher', 'completed'] as const;
export const ZLeaverEducation = z.enum(educationStatuses);
export const workStatuses = ['employed', 'self_employed', 'looking', 'not_working', 'studying'] as const;
export const ZLeaverWork = z.enum(workStatuses);
export const idDocumentStatuses = ['complete', 'partial', 'none'] as const;
export const ZLeaverIdDocuments = z.enum(idDocumentStatuses);
export const healthStatuses = ['good', 'fair', 'poor'] as const;
export const ZLeaverHealth = z.enum(healthStatuses);
export const supportStatuses = ['strong', 'some', 'isolated'] as const;
export const ZLeaverSupport = z.enum(supportStatuses);

export const ZJoinNetworkRequest = z.object({
  personId: ZId,
  joinedOn: ZDay,
  leftCareOn: opt(ZDay),
  phone: opt(ZText(40)),
  telegram: opt(ZText(80)),
  email: opt(z.email().max(200)),
  /** They agreed that other members may see these contact details. */
  shareWithNetwork: z.boolean().default(false),
  notes: opt(ZText(2000)),
  facilitatorId: z.string().min(1).optional(),
});
export type TJoinNetworkRequest = z.input<typeof ZJoinNetworkRequest>;

export const ZUpdateLeaverRequest = ZJoinNetworkRequest.omit({ personId: true, joinedOn: true }).partial()
  .extend({ status: ZLeaverStatus.optional(), version: z.number().int().positive() });
export type TUpdateLeaverRequest = z.input<typeof ZUpdateLeaverRequest>;

export const ZRecordCheckInRequest = z.object({
  checkedOn: ZDay,
  housing: ZLeaverHousing,
  education: ZLeaverEducation,
  work: ZLeaverWork,
  monthlyIncomeUsd: z.number().int().min(0).max(100000).nullable().optional(),
  idDocuments: ZLeaverIdDocuments,
  health: ZLeaverHealth,
  supportNetwork: ZLeaverSupport,
  wellbeing: z.number().int().min(1).max(5),
  notes: opt(ZText(2000)),
});
export type TRecordCheckInRequest = z.infer<typeof ZRecordCheckInRequest>;
export const ZCheckIn = ZRecordCheckInRequest.extend({ id: ZId, monthlyIncomeUsd: z.number().int().nullable(), notes: z.string().nullable() });
export type TCheckIn = z.infer<typeof ZCheckIn>;

/** Why a care leaver shows in the "struggling" list, from their latest check-in. */
export const struggleSigns = ['homeless', 'unstable_housing', 'no_work', 'no_documents', 'poor_health', 'isolated', 'low_wellbeing', 'no_check_in'] as const;
export const ZStruggleSign = z.enum(struggleSigns);
export type TStruggleSign = z.infer<typeof ZStruggleSign>;

/** The signs of struggle in a check-in; none means they are doing all right. */
export function struggleSignsOf(c: Pick<TCheckIn, 'housing' | 'work' | 'idDocuments' | 'health' | 'supportNetwork' | 'wellbeing'> | null): TStruggleSign[] {
  if (!c) return ['no_check_in'];
  const out: TStruggleSign[] = [];
  if (c.housing === 'homeless') out.push('homeless');
  if (c.housing === 'unstable') out.push('unstable_housing');
  if (c.work === 'looking' || c.work === 'not_working') out.push('no_work');
  if (c.idDocuments === 'none') out.push('no_documents');
  if (c.health === 'poor') out.push('poor_health');
  if (c.supportNetwork === 'isolated') out.push('isolated');
  if (c.wellbeing <= 2) out.push('low_wellbeing');
  return out;
}

export const ZLeaverSummary = z.object({
  id: ZId,
  person: ZProgrammePerson,
  status: ZLeaverStatus,
  joinedOn: z.string(),
  leftCareOn: z.string().nullable(),
  lastCheckInOn: z.string().nullable(),
  housing: ZLeaverHousing.nullable(),
  work: ZLeaverWork.nullable(),
  signs: z.array(ZStruggleSign),
});
export type TLeaverSummary = z.infer<typeof ZLeaverSummary>;

export const ZLeaversQuery = ZPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  struggling: z.enum(['true', 'false']).optional(),
});
export type TLeaversQuery = z.infer<typeof ZLeaversQuery>;

export const ZLeaver = ZLeaverSummary.extend({
  phone: z.string().nullable(),
  telegram: z.string().nullable(),
  email: z.string().nullable(),
  shareWithNetwork: z.boolean(),
  notes: z.string().nullable(),
  facilitatorId: z.string().nullable(),
  version: z.number().int(),
  checkIns: z.array(ZCheckIn),
  groups: z.array(z.object({ id: ZId, name: z.string(), kind: z.string() })),
});
export type TLeaver = z.infer<typeof ZLeaver>;

export const ZCreateGroupRequest = z.object({
  name: ZText(160),
  kind: z.string().trim().min(1).max(60),
  meetingSchedule: opt(ZText(300)),
  notes: opt(ZText(2000)),
  facilitatorId: z.string().min(1).optional(),
});
export type TCreateGroupRequest = z.infer<typeof ZCreateGroupRequest>;

export const ZGroupSummary = z.object({ id: ZId, name: z.string(), kind: z.string(), members: z.number().int(), lastMeetingOn: z.string().nullable() });
export type TGroupSummary = z.infer<typeof ZGroupSummary>;

export const ZAddGroupMemberRequest = z.object({ personId: ZId, joinedOn: ZDay });
export type TAddGroupMemberRequest = z.infer<typeof ZAddGroupMemberRequest>;

export const ZRecordGroupMeetingRequest = z.object({ heldOn: ZDay, topic: opt(ZText(300)), notes: opt(ZText(4000)) });
export type TRecordGroupMeetingRequest = z.infer<typeof ZRecordGroupMeetingRequest>;

export const ZUpdateGroupMeetingRequest = ZRecordGroupMeetingRequest.partial().extend({ version: z.number().int().positive() });
export type TUpdateGroupMeetingRequest = z.infer<typeof ZUpdateGroupMeetingRequest>;

/** A member leaves a group on a day; the membership stays as history. */
export const ZEndGroupMemberRequest = z.object({ leftOn: ZDay });
export type TEndGroupMemberRequest = z.infer<typeof ZEndGroupMemberRequest>;
export const ZGroupMemberParams = z.object({ id: ZId, memberId: ZId });

export const ZGroupMeeting = z.object({
  id: ZId, heldOn: z.string(), topic: z.string().nullable(), notes: z.string().nullable(), presentIds: z.array(ZId),
  /** Everyone present by name, walk-ins who are not members included. */
  present: z.array(ZProgrammePerson),
  version: z.number().int(),
  archivedAt: z.string().nullable(),
});
export type TGroupMeeting = z.infer<typeof ZGroupMeeting>;

export const ZGroup = z.object({
  id: ZId,
  name: z.string(),
  kind: z.string(),
  meetingSchedule: z.string().nullable(),
  notes: z.string().nullable(),
  facilitatorId: z.string().nullable(),
  members: z.array(z.object({ id: ZId, person: ZProgrammePerson, joinedOn: z.string(), leftOn: z.string().nullable() })),
  meetings: z.array(ZGroupMeeting),
  figures: ZProgrammeFigures,
});
export type TGroup = z.infer<typeof ZGroup>;
export const ZGroupMeetingParams = z.object({ id: ZId, meetingId: ZId });

export const ZRecordOutreachRequest = z.object({
  centreId: ZId,
  visitedOn: ZDay,
  youngPeople: z.number().int().min(0).max(10000),
  /** The care leavers who went. */
  visitorIds: z.array(ZId).max(100),
  notes: opt(ZText(2000)),
});
export type TRecordOutreachRequest = z.infer<typeof ZRecordOutreachRequest>;
export const ZOutreach = z.object({
  id: ZId, centreId: ZId, centreName: z.string(), visitedOn: z.string(), youngPeople: z.number().int(), notes: z.string().nullable(), visitors: z.array(ZProgrammePerson),
});
export type TOutreach = z.infer<typeof ZOutreach>;

/** Care leavers by their latest check-in's housing and work, and the ones struggling. */
export const ZNetworkFigures = z.object({
  members: z.number().int(),
  active: z.number().int(),
  byHousing: z.record(z.string(), z.number().int()),
  byWork: z.record(z.string(), z.number().int()),
  struggling: z.number().int(),
  outreachVisits: z.number().int(),
  youngPeopleReached: z.number().int(),
});
export type TNetworkFigures = z.infer<typeof ZNetworkFigures>;

/** Outcomes of care leavers in one window after leaving care (around 12 or 24 months): the latest check-in in the window. */
export const ZOutcomeWindow = z.object({
  /** 12 or 24. */
  months: z.number().int(),
  /** The window, in months after the leaving-care date, both ends included. */
  fromMonths: z.number().int(),
  toMonths: z.number().int(),
  /** Care leavers whose window has opened (the ones the figures are about). */
  due: z.number().int(),
  /** Of those, how many have a check-in in the window; the rest have none. */
  checkedIn: z.number().int(),
  noCheckIn: z.number().int(),
  housing: z.record(z.string(), z.number().int()),
  education: z.record(z.string(), z.number().int()),
  work: z.record(z.string(), z.number().int()),
  idDocuments: z.record(z.string(), z.number().int()),
  /** Mean monthly income (USD) of those who gave one, and how many did. */
  meanIncomeUsd: z.number().nullable(),
  withIncome: z.number().int(),
});
export type TOutcomeWindow = z.infer<typeof ZOutcomeWindow>;
export const ZLeaverOutcomes = z.object({
  windows: z.array(ZOutcomeWindow),
  /** Network members with no leaving-care date, who cannot be placed in a window. */
  noLeavingDate: z.number().int(),
});
export type TLeaverOutcomes = z.infer<typeof ZLeaverOutcomes>;
