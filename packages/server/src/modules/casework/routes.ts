import type { FastifyInstance } from 'fastify';
import type { Services } from '../../platform/services.js';
import { registerApprovalRoutes } from './approval.routes.js';
import { registerCarePlanRoutes } from './care-plan.routes.js';
import { registerFollowUpRoutes } from './follow-up.routes.js';
import { registerServiceNotificationHomeRoutes } from './misc.routes.js';
import { registerPlacementRoutes } from './placement.routes.js';

/** Casework after intake: care plans and tasks, approvals, placements, follow-ups, services, notifications, home summaries. */
export function registerCaseworkRoutes(app: FastifyInstance, services: Services): void {
  registerCarePlanRoutes(app, services);
  registerApprovalRoutes(app, services);
  registerPlacementRoutes(app, services);
  registerFollowUpRoutes(app, services);
  registerServiceNotificationHomeRoutes(app, services);
}
