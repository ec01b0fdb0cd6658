import type { TArchiveVersionRequest } from '@homeward/core';
import type { Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError, notFound } from '../../platform/errors.js';
import { lockRow } from '../scholarships/person-ref.js';
import type { CourseTable } from '../scholarships/tables.js';

/**
 * A course in scope that can still be changed, locked: 404 outside scope or once archived (an
 * archived course is history), 409 when `version` is given and is not the one stored.
 */
export async function lockOpenCourse(data: ScopedData, id: string, version?: number): Promise<Selectable<CourseTable>> {
  await lockRow(data, 'course', id);
  const course = await data.get('course', id);
  if (course.archived_at) throw notFound();
  if (version !== undefined && course.version !== version) throw new AppError('record.conflict');
  return course;
}

/** Archive a course: it leaves the course list and the figures; its sessions, enrolments and attendance are kept. */
export async function archiveCourse(data: ScopedData, id: string, input: TArchiveVersionRequest): Promise<void> {
  const course = await lockOpenCourse(data, id, input.version);
  await data.update('course', id, { archived_at: new Date(), version: course.version + 1, updated_at: new Date() }, { action: 'archive' });
}
