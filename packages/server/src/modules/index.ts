import type { FastifyInstance } from 'fastify';
import type { Services } from '../platform/services.js';
import { registerHealthRoutes } from './health/routes.js';
import { registerMeRoutes } from './me/routes.js';
import { registerOrganisationRoutes } from './organisations/routes.js';
import { registerTeamRoutes } from './teams/routes.js';
import { registerUserRoutes } from './users/routes.js';
import { registerRoleRoutes } from './roles/routes.js';
import { registerLookupRoutes } from './lookups/routes.js';
import { registerPlaceRoutes } from './places/routes.js';
import { registerAuditRoutes } from './audit/routes.js';
import { registerCaseRoutes } from './cases/routes.js';
import { registerCaseworkRoutes } from './casework/routes.js';
import { registerPeopleRoutes } from './people/routes.js';
import { registerHouseholdRoutes } from './households/routes.js';
import { registerAttachmentRoutes } from './attachments/routes.js';
import { registerAssessmentModule } from './assessments/routes.js';
import { registerFormRoutes } from './forms/routes.js';
import { registerCentreRoutes } from './centres/routes.js';
import { registerClubRoutes } from './clubs/routes.js';
import { registerProgrammeRoutes } from './programmes/routes.js';
import { registerLeaverRoutes } from './leavers/routes.js';
import { registerTracingRoutes } from './tracing/routes.js';
import { registerMatchRoutes } from './tracing/match.routes.js';
import { registerScholarshipRoutes } from './scholarships/routes.js';
import { registerCounsellingRoutes } from './counselling/routes.js';
import { registerCourseRoutes } from './courses/routes.js';

/** Every domain module's routes. A new module adds one line here. */
export async function registerModules(app: FastifyInstance, services: Services): Promise<void> {
  const modules = [
    registerHealthRoutes, registerMeRoutes, registerOrganisationRoutes, registerTeamRoutes,
    registerUserRoutes, registerRoleRoutes, registerLookupRoutes, registerPlaceRoutes, registerAuditRoutes,
    registerPeopleRoutes, registerHouseholdRoutes, registerAttachmentRoutes,
    registerCaseRoutes, registerCaseworkRoutes, registerAssessmentModule,
    registerFormRoutes, registerTracingRoutes, registerMatchRoutes,
    registerCentreRoutes,
    registerClubRoutes, registerProgrammeRoutes, registerLeaverRoutes,
    registerScholarshipRoutes, registerCounsellingRoutes, registerCourseRoutes,
  ];
  for (const register of modules) await register(app, services);
}
