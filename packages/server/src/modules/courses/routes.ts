import {
  ZAddCourseSessionRequest, ZArchiveVersionRequest, ZCourseAttendanceRequest, ZCourse, ZCourseEnrolmentParams, ZCourseFigures, ZCourseResults, ZCoursesQuery, ZCourseSummary,
  ZCourseTopic, ZCreateCourseRequest, ZEnrolRequest, ZIdParams, ZPage, ZTopicParams, ZTopicPlanRequest, ZUpdateCourseRequest, ZWithdrawRequest,
} from '@homeward/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withScopedData, type ScopedData } from '../../platform/access/scoped-data.js';
import { actorOf } from '../../platform/http/access.js';
import type { Services } from '../../platform/services.js';
import { notFound } from '../../platform/errors.js';
import { replaceAttendance } from '../programmes/attendance.js';
import { archiveCourse, lockOpenCourse } from './archive-course.js';
import { listCourses, listTopics, loadCourse } from './queries.js';
import { courseFigures, courseResults } from './results.js';
import { saveTopicPlan } from './topic-plan.js';
import { withdrawFromCourse } from './withdraw.js';
import { addCourseSession, createCourse, enrol, updateCourse } from './write-course.js';

/** Life-skills courses: the curriculum, courses and sessions, enrolment, attendance, pre/post results. */
export function registerCourseRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['courses'];
  const scoped = <T>(request: FastifyRequest, work: (data: ScopedData) => Promise<T>) => withScopedData(services.db, actorOf(request), work);

  r.get('/api/courses/topics', {
    config: { access: 'programme.read' },
    schema: { tags, summary: 'The life-skills curriculum: topics in both languages, session plans, questionnaires', response: { 200: z.array(ZCourseTopic) } },
  }, (request) => scoped(request, (data) => listTopics(data)));

  r.put('/api/courses/topics/:topic/plan', {
    config: { access: 'programme.write' },
    schema: { tags, summary: "Write a topic's session plan (blank clears it)", params: ZTopicParams, body: ZTopicPlanRequest, response: { 200: z.array(ZCourseTopic) } },
  }, (request) => scoped(request, async (data) => {
    await saveTopicPlan(data, request.params.topic, request.body.plan);
    return listTopics(data);
  }));

  r.get('/api/courses', {
    config: { access: 'programme.read' },
    schema: { tags, summary: "The organisation's courses, newest first (archived ones with includeArchived=true)", querystring: ZCoursesQuery, response: { 200: ZPage(ZCourseSummary) } },
  }, (request) => scoped(request, (data) => listCourses(data, request.query.page, request.query.pageSize, request.query.includeArchived === 'true')));

  r.get('/api/courses/figures', {
    config: { access: 'programme.read' },
    schema: { tags, summary: 'Sessions held, attendance rate and mean pre/post change', response: { 200: ZCourseFigures } },
  }, (request) => scoped(request, (data) => courseFigures(data)));

  r.post('/api/courses', {
    config: { access: 'programme.write' },
    schema: { tags, summary: 'Create a course: name, dates, a centre or place, facilitators', body: ZCreateCourseRequest, response: { 201: ZCourse } },
  }, async (request, reply) => {
    const course = await scoped(request, async (data) => loadCourse(data, await createCourse(data, request.body)));
    return reply.status(201).send(course);
  });

  r.get('/api/courses/:id', {
    config: { access: 'programme.read' },
    schema: { tags, summary: 'A course with its enrolled young people, sessions and attendance', params: ZIdParams, response: { 200: ZCourse } },
  }, (request) => scoped(request, (data) => loadCourse(data, request.params.id)));

  r.patch('/api/courses/:id', {
    config: { access: 'programme.write' },
    schema: { tags, summary: "Change a course's name, dates, place or facilitators", params: ZIdParams, body: ZUpdateCourseRequest, response: { 200: ZCourse } },
  }, (request) => scoped(request, async (data) => {
    await updateCourse(data, request.params.id, request.body);
    return loadCourse(data, request.params.id);
  }));

  r.post('/api/courses/:id/sessions', {
    config: { access: 'programme.write' },
    schema: { tags, summary: 'Add a session on a curriculum topic', params: ZIdParams, body: ZAddCourseSessionRequest, response: { 200: ZCourse } },
  }, (request) => scoped(request, async (data) => {
    await addCourseSession(data, request.params.id, request.body);
    return loadCourse(data, request.params.id);
  }));

  r.post('/api/courses/:id/enrolments', {
    config: { access: 'programme.write' },
    schema: { tags, summary: 'Enrol young people', params: ZIdParams, body: ZEnrolRequest, response: { 200: ZCourse } },
  }, (request) => scoped(request, async (data) => {
    await enrol(data, request.params.id, request.body);
    return loadCourse(data, request.params.id);
  }));

  r.post('/api/courses/:id/enrolments/:personId/withdraw', {
    config: { access: 'programme.write' },
    schema: { tags, summary: 'A young person withdraws (day and reason): off the attendance sheet of later sessions, kept in the history', params: ZCourseEnrolmentParams, body: ZWithdrawRequest, response: { 200: ZCourse } },
  }, (request) => scoped(request, async (data) => {
    await withdrawFromCourse(data, request.params.id, request.params.personId, request.body);
    return loadCourse(data, request.params.id);
  }));

  r.post('/api/courses/:id/archive', {
    config: { access: 'programme.write' },
    schema: { tags, summary: 'Archive a course (send the version; 409 if it changed): left out of the list and figures, kept', params: ZIdParams, body: ZArchiveVersionRequest, response: { 200: ZCourse } },
  }, (request) => scoped(request, async (data) => {
    await archiveCourse(data, request.params.id, request.body);
    return loadCourse(data, request.params.id);
  }));

  r.get('/api/courses/:id/results', {
    config: { access: 'programme.read' },
    schema: { tags, summary: 'Pre/post questionnaire totals per topic taught, per young person and the mean change', params: ZIdParams, response: { 200: ZCourseResults } },
  }, (request) => scoped(request, (data) => courseResults(data, request.params.id)));

  r.put('/api/course-sessions/:id/attendance', {
    config: { access: 'programme.write' },
    schema: { tags, summary: 'Replace who attended a session (walk-ins are enrolled too)', params: ZIdParams, body: ZCourseAttendanceRequest, response: { 200: ZCourse } },
  }, (request) => scoped(request, async (data) => {
    const session = await data.get('course_session', request.params.id);
    if (session.archived_at) throw notFound();
    await lockOpenCourse(data, session.course_id);
    await replaceAttendance(data, { type: 'course_session', id: session.id, organisationId: session.organisation_id }, request.body.presentIds);
    const enrolled = new Set((await data.selectFrom('course_enrolment').select('person_id').where('course_id', '=', session.course_id).execute()).map((e) => e.person_id));
    const walkIns = request.body.presentIds.filter((id) => !enrolled.has(id));
    if (walkIns.length) await enrol(data, session.course_id, { personIds: walkIns, enrolledOn: session.held_on });
    return loadCourse(data, session.course_id);
  }));
}
