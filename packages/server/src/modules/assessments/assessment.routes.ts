import {
  ZAssessment, ZAssessmentPage, ZClosureGuidance, ZCreateAssessmentRequest, ZDueAssessmentPage, ZIdParams, ZListAssessmentsQuery,
  ZListDueAssessmentsQuery, ZOk, ZSubmitAssessmentRequest, ZSuggestedGoal, ZTrend, ZTrendQuery, ZUpdateAssessmentRequest,
} from '@homeward/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withScopedData } from '../../platform/access/scoped-data.js';
import { actorOf } from '../../platform/http/access.js';
import type { Services } from '../../platform/services.js';
import { listAssessments, loadAssessment } from './assessment-queries.js';
import { closureGuidance } from './closure-guidance.js';
import { createAssessment } from './create-assessment.js';
import { dueAssessments } from './due-assessments.js';
import { suggestedGoals } from './suggested-goals.js';
import { assessmentTrend } from './trend.js';
import { discardAssessment, submitAssessment, updateAssessment } from './update-assessment.js';

/** Taking assessments: drafts, submission, trend, due list, suggested goals, closure guidance. */
export function registerAssessmentRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['assessments'];
  const scoped = <R>(request: Parameters<typeof actorOf>[0], work: Parameters<typeof withScopedData<R>>[2]) => withScopedData(services.db, actorOf(request), work);

  r.get('/api/assessments', {
    config: { access: 'assessment.read' },
    schema: { tags, summary: 'Assessments in my caseload, newest first', querystring: ZListAssessmentsQuery, response: { 200: ZAssessmentPage } },
  }, (request) => scoped(request, (data) => listAssessments(data, request.query)));

  r.get('/api/assessments/trend', {
    config: { access: 'assessment.read' },
    schema: { tags, summary: "One subject's submitted scores on an instrument over time, across its versions", querystring: ZTrendQuery, response: { 200: ZTrend } },
  }, (request) => scoped(request, (data) => assessmentTrend(data, request.query)));

  r.get('/api/assessments/due', {
    config: { access: 'assessment.read' },
    schema: { tags, summary: 'Assessments due or overdue for children and families of open cases in my caseload', querystring: ZListDueAssessmentsQuery, response: { 200: ZDueAssessmentPage } },
  }, (request) => scoped(request, (data) => dueAssessments(data, request.query)));

  r.get('/api/assessments/:id', {
    config: { access: 'assessment.read' },
    schema: { tags, summary: 'One assessment, the instrument version it was given on, and the previous one beside it', params: ZIdParams, response: { 200: ZAssessment } },
  }, (request) => scoped(request, (data) => loadAssessment(data, request.params.id)));

  r.post('/api/assessments', {
    config: { access: 'assessment.write' },
    schema: { tags, summary: 'Start an assessment (saved as a draft)', body: ZCreateAssessmentRequest, response: { 201: ZAssessment } },
  }, async (request, reply) => {
    const assessment = await scoped(request, async (data) => loadAssessment(data, await createAssessment(data, request.body)));
    return reply.status(201).send(assessment);
  });

  r.put('/api/assessments/:id', {
    config: { access: 'assessment.write' },
    schema: { tags, summary: 'Save a draft again', params: ZIdParams, body: ZUpdateAssessmentRequest, response: { 200: ZAssessment } },
  }, (request) => scoped(request, async (data) => {
    await updateAssessment(data, request.params.id, request.body);
    return loadAssessment(data, request.params.id);
  }));

  r.post('/api/assessments/:id/submit', {
    config: { access: 'assessment.write' },
    schema: { tags, summary: 'Submit a draft: all required answers, scores computed on the server', params: ZIdParams, body: ZSubmitAssessmentRequest, response: { 200: ZAssessment } },
  }, (request) => scoped(request, async (data) => {
    await submitAssessment(data, request.params.id, request.body.rowVersion);
    return loadAssessment(data, request.params.id);
  }));

  r.delete('/api/assessments/:id', {
    config: { access: 'assessment.write' },
    schema: { tags, summary: 'Discard a draft', params: ZIdParams, response: { 200: ZOk } },
  }, (request) => scoped(request, async (data) => {
    await discardAssessment(data, request.params.id);
    return { ok: true as const };
  }));

  r.get('/api/assessments/:id/suggested-goals', {
    config: { access: 'assessment.read' },
    schema: { tags, summary: 'Low-scored items of a submitted assessment, worded as care-plan goals', params: ZIdParams, response: { 200: z.array(ZSuggestedGoal) } },
  }, (request) => scoped(request, (data) => suggestedGoals(data, request.params.id)));

  r.get('/api/cases/:id/closure-guidance', {
    config: { access: 'assessment.read' },
    schema: { tags, summary: "The case's final assessment and its closure threshold result", params: ZIdParams, response: { 200: ZClosureGuidance } },
  }, (request) => scoped(request, (data) => closureGuidance(data, request.params.id)));
}
