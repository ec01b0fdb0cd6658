import type { FastifyInstance } from 'fastify';
import type { Services } from '../../platform/services.js';
import { registerAssessmentRoutes } from './assessment.routes.js';
import { registerInstrumentRoutes } from './instrument.routes.js';

export { latestSubmittedAssessment } from './assessment-queries.js';
export { finalAssessmentOf } from './closure-guidance.js';

export function registerAssessmentModule(app: FastifyInstance, services: Services): void {
  registerInstrumentRoutes(app, services);
  registerAssessmentRoutes(app, services);
}
