import { z } from 'zod';
import { ZId, ZPageQuery, ZText } from './common.js';
import { ZProgrammeFigures, ZProgrammePerson } from './programmes.js';

/*
 * Youth clubs in centres: members with join and leave dates, elections of a committee (positions
 * are the organisation's editable list `club_position`), a regular schedule and meetings.
 */

const ZDay = z.iso.date();
const opt = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

export const ZCreateClubRequest = z.object({
  centreId: ZId,
  name: ZText(160),
  foundedOn: opt(ZDay),
  meetingSchedule: opt(ZText(300)),
  notes: opt(ZText(4000)),
  /** The staff member who supports the club; the caller when absent. */
  facilitatorId: z.string().min(1).optional(),
});
export type TCreateClubRequest = z.infer<typeof ZCreateClubRequest>;

export const ZUpdateClubRequest = ZCreateClubRequest.omit({ centreId: true }).partial().extend({ version: z.number().int().positive() });
export type TUpdateClubRequest = z.infer<typeof ZUpdateClubRequest>;

export const ZClubsQuery = ZPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  centreId: ZId.optional(),
});
export type TClubsQuery = z.infer<typeof ZClubsQuery>;

export const ZClubSummary = z.object({
  id: ZId,
  name: z.string(),
  centreId: ZId,
  centreName: z.string(),
  members: z.number().int(),
  lastMeetingOn: z.string().nullable(),
  meetingSchedule: z.string().nullable(),
});
export type TClubSummary = z.infer<typeof ZClubSummary>;

export const ZAddClubMemberRequest = z.object({ personId: ZId, joinedOn: ZDay });
export type TAddClubMemberRequest = z.infer<typeof ZAddClubMemberRequest>;
export const ZEndClubMemberRequest = z.object({ leftOn: ZDay, reason: opt(ZText(300)) });
export type TEndClubMemberRequest = z.infer<typeof ZEndClubMemberRequest>;

export const ZClubMember = z.object({
  id: ZId,
  person: ZProgrammePerson,
  joinedOn: z.string(),
  leftOn: z.string().nullable(),
  leaveReason: z.string().nullable(),
});
export type TClubMember = z.infer<typeof ZClubMember>;

export const ZCandidateInput = z.object({
  position: z.string().trim().min(1).max(60),
  personId: ZId,
  votes: z.number().int().min(0).max(100000).nullable().optional(),
  elected: z.boolean(),
});
export const ZRecordElectionRequest = z.object({
  heldOn: ZDay,
  termStartsOn: ZDay,
  termEndsOn: opt(ZDay),
  notes: opt(ZText(2000)),
  candidates: z.array(ZCandidateInput).min(1).max(100),
});
export type TRecordElectionRequest = z.infer<typeof ZRecordElectionRequest>;

/** Correct an election (its dates, notes or results); candidates, when sent, replace the whole list. */
export const ZUpdateElectionRequest = ZRecordElectionRequest.partial().extend({ version: z.number().int().positive() });
export type TUpdateElectionRequest = z.infer<typeof ZUpdateElectionRequest>;

export const ZElection = z.object({
  id: ZId,
  heldOn: z.string(),
  termStartsOn: z.string(),
  termEndsOn: z.string().nullable(),
  notes: z.string().nullable(),
  candidates: z.array(z.object({ id: ZId, position: z.string(), person: ZProgrammePerson, votes: z.number().int().nullable(), elected: z.boolean() })),
  version: z.number().int(),
  archivedAt: z.string().nullable(),
});
export type TElection = z.infer<typeof ZElection>;

export const ZRecordClubMeetingRequest = z.object({
  heldOn: ZDay,
  agenda: opt(ZText(4000)),
  activities: opt(ZText(4000)),
  decisions: opt(ZText(4000)),
});
export type TRecordClubMeetingRequest = z.infer<typeof ZRecordClubMeetingRequest>;
export const ZUpdateClubMeetingRequest = ZRecordClubMeetingRequest.partial().extend({ version: z.number().int().positive() });
export type TUpdateClubMeetingRequest = z.infer<typeof ZUpdateClubMeetingRequest>;

export const ZClubMeeting = z.object({
  id: ZId,
  heldOn: z.string(),
  agenda: z.string().nullable(),
  activities: z.string().nullable(),
  decisions: z.string().nullable(),
  presentIds: z.array(ZId),
  present: z.array(ZProgrammePerson),
  version: z.number().int(),
  archivedAt: z.string().nullable(),
});
export type TClubMeeting = z.infer<typeof ZClubMeeting>;
export const ZClubMeetingParams = z.object({ id: ZId, meetingId: ZId });
export const ZClubElectionParams = z.object({ id: ZId, electionId: ZId });
export const ZClubMemberParams = z.object({ id: ZId, memberId: ZId });

export const ZClub = z.object({
  id: ZId,
  name: z.string(),
  centreId: ZId,
  centreName: z.string(),
  foundedOn: z.string().nullable(),
  meetingSchedule: z.string().nullable(),
  notes: z.string().nullable(),
  facilitatorId: z.string().nullable(),
  version: z.number().int(),
  members: z.array(ZClubMember),
  /** The latest election's elected candidates, while its term runs. */
  committee: z.array(z.object({ position: z.string(), person: ZProgrammePerson })),
  elections: z.array(ZElection),
  meetings: z.array(ZClubMeeting.omit({ present: true })),
  figures: ZProgrammeFigures,
});
export type TClub = z.infer<typeof ZClub>;
