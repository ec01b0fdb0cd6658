import { z } from 'zod';
import { ZId, ZPageQuery, ZText } from './common.js';
import { ZLookupValue } from './lookups.js';
import { ZProgrammePerson } from './programmes.js';

// Life-skills courses (issue 8): the curriculum is the organisation's lookup list
// `life_skills_topic` (editable in both languages), each topic with an optional session plan and
// the pre/post questionnaire `life_skills_<topic>` shipped with the assessments.

const ZDay = z.iso.date();
const opt = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/** The pre/post instrument of a curriculum topic. */
export const lifeSkillsInstrumentCode = (topic: string): string => `life_skills_${topic}`;

/** Staff (an account) or an outside professional, by name. */
export const ZCourseFacilitator = z.object({ userId: z.string().min(1).max(100).nullable().optional(), name: ZText(200) });
export type TCourseFacilitator = z.infer<typeof ZCourseFacilitator>;

export const ZCourseTopic = z.object({
  value: z.string(), en: z.string(), km: z.string(), active: z.boolean(), plan: z.string().nullable(), instrumentCode: z.string().nullable(),
});
export type TCourseTopic = z.infer<typeof ZCourseTopic>;
export const ZTopicPlanRequest = z.object({ plan: z.string().trim().max(10000) });
export const ZTopicParams = z.object({ topic: z.string().min(1).max(100) });

const courseFields = {
  name: ZText(200),
  startsOn: ZDay,
  endsOn: opt(ZDay),
  /** A centre of the organisation, or else a place in words. */
  centreId: ZId.nullable().optional(),
  place: opt(ZText(300)),
  facilitators: z.array(ZCourseFacilitator).max(20).optional(),
};
export const ZCreateCourseRequest = z.object(courseFields);
export type TCreateCourseRequest = z.infer<typeof ZCreateCourseRequest>;
export const ZUpdateCourseRequest = z.object({ version: z.number().int().min(1), ...courseFields }).partial({ name: true, startsOn: true });
export type TUpdateCourseRequest = z.infer<typeof ZUpdateCourseRequest>;

export const ZAddCourseSessionRequest = z.object({
  topic: ZLookupValue, heldOn: ZDay, facilitators: z.array(ZCourseFacilitator).max(20).optional(), notes: opt(ZText(4000)),
});
export type TAddCourseSessionRequest = z.infer<typeof ZAddCourseSessionRequest>;

export const ZEnrolRequest = z.object({ personIds: z.array(ZId).min(1).max(200), enrolledOn: ZDay.optional() });
export type TEnrolRequest = z.infer<typeof ZEnrolRequest>;

/** A young person withdraws from a course: from the day after `leftOn` they are off the attendance sheet; the enrolment stays as history. */
export const ZWithdrawRequest = z.object({ leftOn: ZDay, reason: opt(ZText(300)) });
export type TWithdrawRequest = z.infer<typeof ZWithdrawRequest>;
export const ZCourseEnrolmentParams = z.object({ id: ZId, personId: ZId });

export const ZCoursesQuery = ZPageQuery.extend({ includeArchived: z.enum(['true', 'false']).optional() });
export type TCoursesQuery = z.infer<typeof ZCoursesQuery>;

export const ZCoursePlace = z.object({ centre: z.object({ id: ZId, name: z.string() }).nullable(), place: z.string().nullable() });

export const ZCourseSummary = z.object({
  id: ZId, name: z.string(), startsOn: z.string(), endsOn: z.string().nullable(), centre: z.object({ id: ZId, name: z.string() }).nullable(), place: z.string().nullable(),
  facilitators: z.array(ZCourseFacilitator), enrolled: z.number().int(), sessions: z.number().int(),
  /** When the course was archived; archived courses are left out of the list unless asked for. */
  archivedAt: z.string().nullable(),
});
export type TCourseSummary = z.infer<typeof ZCourseSummary>;

export const ZCourseSession = z.object({
  id: ZId, topic: z.string(), heldOn: z.string(), facilitators: z.array(ZCourseFacilitator), notes: z.string().nullable(), presentIds: z.array(ZId),
  /** Who is on the session's attendance sheet: enrolled on or before the day and not withdrawn before it. */
  expectedIds: z.array(ZId),
});
export type TCourseSession = z.infer<typeof ZCourseSession>;

export const ZCourse = ZCourseSummary.extend({
  enrolments: z.array(z.object({ person: ZProgrammePerson, enrolledOn: z.string(), leftOn: z.string().nullable(), leaveReason: z.string().nullable() })),
  sessionList: z.array(ZCourseSession),
  version: z.number(),
});
export type TCourse = z.infer<typeof ZCourse>;

/** Pre and post totals of one topic's questionnaire for each enrolled young person. */
export const ZCourseResults = z.object({
  topics: z.array(z.object({
    topic: z.string(),
    instrumentCode: z.string(),
    people: z.array(z.object({ person: ZProgrammePerson, pre: z.number().nullable(), post: z.number().nullable(), change: z.number().nullable() })),
    /** Mean change over those with both scores; null when nobody has both. */
    meanChange: z.number().nullable(),
  })),
});
export type TCourseResults = z.infer<typeof ZCourseResults>;

export const ZCourseFigures = z.object({
  courses: z.number().int(),
  sessionsHeld: z.number().int(),
  /** Attendances over enrolled young people at each session, 0–1; null with no sessions. */
  attendanceRate: z.number().nullable(),
  /** Mean pre/post change over everyone with both scores, and how many that is. */
  meanChange: z.number().nullable(),
  measured: z.number().int(),
});
export type TCourseFigures = z.infer<typeof ZCourseFigures>;

/** Who attended a session: the whole list, walk-ins included (as the shared AttendanceSheet sends it). */
export const ZCourseAttendanceRequest = z.object({ presentIds: z.array(ZId).max(1000) });
