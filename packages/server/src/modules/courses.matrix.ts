import { todayIso } from '@homeward/core';
import { scopeSpecs } from '../platform/access/scoped-data.js';
import type { TestApp } from '../test/harness.js';
import { get, send, type MatrixRow, type Where } from '../test/matrix.js';
import { insertCourse, insertEnrolment } from './courses/test-support.js';

/* Life-skills courses: the organisation's (programme.read / programme.write). */
type Target = NonNullable<MatrixRow['target']>;
const target = (spec: Target['spec'], create: (t: TestApp, w: Where) => Promise<string>): Target => ({ spec, create });

const aCourse = target(scopeSpecs.course, async (t, w) => (await insertCourse(t, w)).courseId);
const aSession = target(scopeSpecs.course_session, async (t, w) => (await insertCourse(t, w, { session: true })).sessionId!);
// Enrolling names a young person of the course's organisation: a course and a child placed alike.
const enrolment = async (t: TestApp, w: Where) => `${(await insertCourse(t, w)).courseId}/${await t.child(w)}`;

export const coursesMatrix: MatrixRow[] = [
  { route: 'GET /api/courses/topics', access: 'programme.read', ok: 200, request: () => get('/api/courses/topics') },
  { route: 'PUT /api/courses/topics/:topic/plan', access: 'programme.write', ok: 200, request: () => send('PUT', '/api/courses/topics/goal_setting/plan', { plan: 'Session 1: dreams. Session 2: steps.' }) },
  { route: 'GET /api/courses', access: 'programme.read', ok: 200, request: () => get('/api/courses') },
  { route: 'GET /api/courses/figures', access: 'programme.read', ok: 200, request: () => get('/api/courses/figures') },
  { route: 'POST /api/courses', access: 'programme.write', ok: 201, request: () => send('POST', '/api/courses', { name: 'Life skills', startsOn: todayIso(), place: 'Centre hall' }) },
  { route: 'GET /api/courses/:id', access: 'programme.read', ok: 200, target: aCourse, request: (_t, _c, id) => get(`/api/courses/${id}`) },
  { route: 'PATCH /api/courses/:id', access: 'programme.write', ok: 200, target: aCourse, request: (_t, _c, id) => send('PATCH', `/api/courses/${id}`, { version: 1, name: 'Life skills, morning group' }) },
  { route: 'POST /api/courses/:id/sessions', access: 'programme.write', ok: 200, target: aCourse, request: (_t, _c, id) => send('POST', `/api/courses/${id}/sessions`, { topic: 'goal_setting', heldOn: todayIso() }) },
  {
    route: 'POST /api/courses/:id/enrolments', access: 'programme.write', ok: 200, target: target(scopeSpecs.course_enrolment, enrolment),
    request: (_t, _c, ids) => { const [course, person = course] = ids!.split('/'); return send('POST', `/api/courses/${course}/enrolments`, { personIds: [person] }); },
  },
  { route: 'GET /api/courses/:id/results', access: 'programme.read', ok: 200, target: aCourse, request: (_t, _c, id) => get(`/api/courses/${id}/results`) },
  { route: 'PUT /api/course-sessions/:id/attendance', access: 'programme.write', ok: 200, target: aSession, request: (_t, _c, id) => send('PUT', `/api/course-sessions/${id}/attendance`, { presentIds: [] }) },
  {
    route: 'POST /api/courses/:id/enrolments/:personId/withdraw', access: 'programme.write', ok: 200, target: target(scopeSpecs.course_enrolment, insertEnrolment),
    request: (_t, _c, ids) => { const [course, person = course] = ids!.split('/'); return send('POST', `/api/courses/${course}/enrolments/${person}/withdraw`, { leftOn: todayIso(), reason: 'Found work' }); },
  },
  { route: 'POST /api/courses/:id/archive', access: 'programme.write', ok: 200, target: aCourse, request: (_t, _c, id) => send('POST', `/api/courses/${id}/archive`, { version: 1 }) },
];
