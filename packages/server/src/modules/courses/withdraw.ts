import { todayIso, type TWithdrawRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { notFound } from '../../platform/errors.js';
import { FieldErrors } from '../people/references.js';
import { lockOpenCourse } from './archive-course.js';

/**
 * A young person withdraws from a course on a day, with a reason: sessions after that day no
 * longer expect them (they leave the attendance sheet), while the enrolment and the sessions
 * they came to stay in their history.
 */
export async function withdrawFromCourse(data: ScopedData, courseId: string, personId: string, input: TWithdrawRequest): Promise<void> {
  await lockOpenCourse(data, courseId);
  const enrolment = await data.selectFrom('course_enrolment').selectAll().where('course_id', '=', courseId).where('person_id', '=', personId).forUpdate().executeTakeFirst();
  if (!enrolment || enrolment.left_on !== null) throw notFound();
  const errors = new FieldErrors();
  if (input.leftOn < enrolment.enrolled_on) errors.add('leftOn', 'validation.date_before_start');
  if (input.leftOn > todayIso()) errors.add('leftOn', 'validation.date_in_future');
  errors.throwIfAny();
  await data.update('course_enrolment', enrolment.id, { left_on: input.leftOn, leave_reason: input.reason ?? null }, { details: { courseId, withdrawal: true } });
}
