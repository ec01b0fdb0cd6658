import { todayIso, type TAddCourseSessionRequest, type TCourseFacilitator, type TCreateCourseRequest, type TEnrolRequest, type TUpdateCourseRequest } from '@homeward/core';
import type { Updateable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { checkLookupValues, FieldErrors } from '../people/references.js';
import { lockOpenCourse } from './archive-course.js';
import type { CourseTable } from '../scholarships/tables.js';

const invalid = (field: string, key: string) => new AppError('validation.failed', 'The request is not valid', [{ field, key }]);

/** Staff facilitators must be active accounts of the organisation; outside professionals are names only. */
async function checkFacilitators(data: ScopedData, organisationId: string, facilitators: readonly TCourseFacilitator[] | undefined, field: string): Promise<void> {
  const ids = [...new Set((facilitators ?? []).map((f) => f.userId).filter((id): id is string => !!id))];
  if (!ids.length) return;
  const found = await data.tx.selectFrom('app_user').select('id').where('organisation_id', '=', organisationId).where('active', '=', true).where('id', 'in', ids).execute();
  if (found.length !== ids.length) throw invalid(field, 'courses.errors.staff_unknown');
}

async function checkPlace(data: ScopedData, organisationId: string, input: Partial<TCreateCourseRequest>, held: { starts_on?: string; ends_on?: string | null }): Promise<void> {
  if (input.centreId) {
    const centre = await data.tx.selectFrom('centre_directory').select('id').where('id', '=', input.centreId).where('organisation_id', '=', organisationId).executeTakeFirst();
    if (!centre) throw invalid('centreId', 'courses.errors.centre_unknown');
  }
  const starts = input.startsOn ?? held.starts_on;
  const ends = input.endsOn === undefined ? held.ends_on : input.endsOn;
  if (starts && ends && ends < starts) throw invalid('endsOn', 'validation.date_before_start');
}

const json = (value: readonly TCourseFacilitator[]) => JSON.stringify(value.map((f) => ({ userId: f.userId ?? null, name: f.name })));

function columns(input: Partial<TCreateCourseRequest>): Updateable<CourseTable> {
  const cols: Updateable<CourseTable> = {};
  if (input.name !== undefined) cols.name = input.name;
  if (input.startsOn !== undefined) cols.starts_on = input.startsOn;
  if (input.endsOn !== undefined) cols.ends_on = input.endsOn;
  if (input.centreId !== undefined) cols.centre_id = input.centreId;
  if (input.place !== undefined) cols.place = input.place;
  if (input.facilitators !== undefined) cols.facilitators = json(input.facilitators);
  return cols;
}

/** A course of the caller's organisation: name, dates, a centre or a place, its facilitators. */
export async function createCourse(data: ScopedData, input: TCreateCourseRequest): Promise<string> {
  const organisationId = data.actor.organisationId;
  await checkPlace(data, organisationId, input, {});
  await checkFacilitators(data, organisationId, input.facilitators, 'facilitators');
  const id = crypto.randomUUID();
  await data.insert('course', {
    ...columns(input), id, organisation_id: organisationId, name: input.name, starts_on: input.startsOn, facilitators: json(input.facilitators ?? []),
    created_by: data.actor.userId, archived_at: null,
  } as never);
  return id;
}

export async function updateCourse(data: ScopedData, id: string, input: TUpdateCourseRequest): Promise<void> {
  const course = await lockOpenCourse(data, id, input.version);
  await checkPlace(data, course.organisation_id, input, course);
  await checkFacilitators(data, course.organisation_id, input.facilitators, 'facilitators');
  await data.update('course', id, { ...columns(input), version: course.version + 1, updated_at: new Date() });
}

/** A session of a course on one curriculum topic (an active value of the organisation's list). */
export async function addCourseSession(data: ScopedData, courseId: string, input: TAddCourseSessionRequest): Promise<string> {
  const course = await lockOpenCourse(data, courseId);
  const errors = new FieldErrors();
  await checkLookupValues(data, errors, course.organisation_id, 'life_skills_topic', [{ field: 'topic', value: input.topic }]);
  errors.throwIfAny();
  if (input.heldOn < course.starts_on) throw invalid('heldOn', 'courses.errors.before_course');
  await checkFacilitators(data, course.organisation_id, input.facilitators, 'facilitators');
  const id = crypto.randomUUID();
  await data.insert('course_session', {
    id, course_id: courseId, organisation_id: course.organisation_id, topic: input.topic, held_on: input.heldOn,
    facilitators: json(input.facilitators ?? (course.facilitators as TCourseFacilitator[])), notes: input.notes ?? null, created_by: data.actor.userId, archived_at: null,
  });
  return id;
}

/**
 * Enrol young people of the course's organisation (programme staff enrol young people from any
 * caseload, as attendance does); someone already enrolled is left as they are.
 */
export async function enrol(data: ScopedData, courseId: string, input: TEnrolRequest): Promise<void> {
  const course = await lockOpenCourse(data, courseId);
  const ids = [...new Set(input.personIds)];
  const known = await data.tx.selectFrom('person').select('id').where('organisation_id', '=', course.organisation_id).where('archived_at', 'is', null).where('id', 'in', ids).execute();
  if (known.length !== ids.length) throw invalid('personIds', 'validation.person_unknown');
  const already = new Set((await data.selectFrom('course_enrolment').select('person_id').where('course_id', '=', courseId).where('person_id', 'in', ids).execute()).map((e) => e.person_id));
  for (const personId of ids.filter((p) => !already.has(p))) {
    await data.insert('course_enrolment', {
      id: crypto.randomUUID(), course_id: courseId, person_id: personId, organisation_id: course.organisation_id,
      enrolled_on: input.enrolledOn ?? todayIso(), left_on: null, created_by: data.actor.userId,
    });
  }
}
