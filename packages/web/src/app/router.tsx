import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, Outlet, redirect, useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorState, EmptyMessage } from '../components/States';
import { meQuery, useMe } from '../features/auth/session';
import { SignInPage } from '../features/auth/SignInPage';
import { SetupPasswordPage, SetupTwoFactorPage } from '../features/auth/SetupPages';
import { AppLayout, FullPageLoader } from '../features/shell/AppLayout';
import { HomePage } from '../features/shell/HomePage';
import { caseTabs } from '../features/cases/tabs';
import { applyLanguage } from '../lib/i18n';
import { scholarshipStatuses } from '@homeward/core';

export interface RouterContext {
  queryClient: QueryClient;
}

/** Once the person is known, their own language wins over the device's. */
function LanguageSync() {
  const locale = useMe()?.user.locale;
  useEffect(() => {
    if (locale) void applyLanguage(locale);
  }, [locale]);
  return null;
}

function Root() {
  return (
    <>
      <LanguageSync />
      <Outlet />
    </>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return <EmptyMessage title={t('common.notFoundTitle')} description={t('common.notFound')} />;
}

function RouteError({ error }: { error: unknown }) {
  const router = useRouter();
  return <ErrorState error={error} onRetry={() => void router.invalidate()} />;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({ component: Root, notFoundComponent: NotFound });

/** Search values arrive JSON-parsed (`?q=123` is a number): read them back as text. */
const optionalText = z.union([z.string(), z.number().transform(String)]).optional().catch(undefined);
const optionalPage = z.number().int().min(1).optional().catch(undefined);

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: z.object({ redirect: optionalText, reason: z.enum(['idle', 'expired', 'signed_out']).optional().catch(undefined) }),
  beforeLoad: async ({ context }) => {
    if (await context.queryClient.ensureQueryData(meQuery)) throw redirect({ to: '/' });
  },
  component: function SignInRoute() {
    const { redirect: to, reason } = signInRoute.useSearch();
    return <SignInPage redirect={to} reason={reason} />;
  },
});

const setupPasswordRoute = createRoute({ getParentRoute: () => rootRoute, path: '/setup/password', component: SetupPasswordPage });
const setupTwoFactorRoute = createRoute({ getParentRoute: () => rootRoute, path: '/setup/two-factor', component: SetupTwoFactorPage });

/** Everything behind sign-in. The layout also follows later changes (sign-out, expiry). */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
  },
  component: AppLayout,
  pendingComponent: FullPageLoader,
});

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });
const profileRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/profile',
  component: lazyRouteComponent(() => import('../features/profile/ProfilePage'), 'ProfilePage'),
});

const adminRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin',
  component: lazyRouteComponent(() => import('../features/admin/AdminIndexPage'), 'AdminIndexPage'),
});
const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/users',
  validateSearch: z.object({ q: optionalText, teamId: optionalText, inactive: z.boolean().optional().catch(undefined), page: optionalPage }),
  component: lazyRouteComponent(() => import('../features/admin/users/UsersPage'), 'UsersPage'),
});
const userRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/users/$userId',
  component: lazyRouteComponent(() => import('../features/admin/users/UserPage'), 'UserPage'),
});
const teamsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/teams',
  validateSearch: z.object({ archived: z.boolean().optional().catch(undefined) }),
  component: lazyRouteComponent(() => import('../features/admin/teams/TeamsPage'), 'TeamsPage'),
});
const teamRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/teams/$teamId',
  component: lazyRouteComponent(() => import('../features/admin/teams/TeamPage'), 'TeamPage'),
});
const organisationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/organisation',
  component: lazyRouteComponent(() => import('../features/admin/organisations/OrganisationPage'), 'OwnOrganisationPage'),
});
const organisationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/organisations',
  component: lazyRouteComponent(() => import('../features/admin/organisations/OrganisationsPage'), 'OrganisationsPage'),
});
const organisationEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/organisations/$organisationId',
  component: lazyRouteComponent(() => import('../features/admin/organisations/OrganisationPage'), 'OrganisationByIdPage'),
});
const rolesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/roles',
  component: lazyRouteComponent(() => import('../features/admin/roles/RolesPage'), 'RolesPage'),
});
const listsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/lists',
  validateSearch: z.object({ list: optionalText, retired: z.boolean().optional().catch(undefined) }),
  component: lazyRouteComponent(() => import('../features/admin/lookups/ListsPage'), 'ListsPage'),
});
const placesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/places',
  validateSearch: z.object({ code: z.union([z.string(), z.number().transform(String)]).pipe(z.string().regex(/^\d{2,8}$/)).optional().catch(undefined) }),
  component: lazyRouteComponent(() => import('../features/admin/places/PlacesPage'), 'PlacesPage'),
});
const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/audit',
  validateSearch: z.object({
    q: optionalText,
    action: optionalText,
    actorId: optionalText,
    recordType: optionalText,
    recordId: optionalText,
    from: z.iso.date().optional().catch(undefined),
    to: z.iso.date().optional().catch(undefined),
    page: optionalPage,
  }),
  component: lazyRouteComponent(() => import('../features/admin/audit/AuditLogPage'), 'AuditLogPage'),
});
const recordAuditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/audit/records/$recordType/$recordId',
  validateSearch: z.object({ page: optionalPage }),
  component: lazyRouteComponent(() => import('../features/admin/audit/RecordAuditPage'), 'RecordAuditPage'),
});

// ---- people and households (issue 3) ---------------------------------------------------------------
const peopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people',
  validateSearch: z.object({ q: optionalText, kind: z.enum(['child', 'adult']).optional().catch(undefined), archived: z.boolean().optional().catch(undefined), page: optionalPage }),
  component: lazyRouteComponent(() => import('../features/people/PeoplePage'), 'PeoplePage'),
});
const registerPersonRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people/new',
  validateSearch: z.object({ kind: z.enum(['child', 'adult']).optional().catch(undefined) }),
  component: lazyRouteComponent(() => import('../features/people/RegisterPersonPage'), 'RegisterPersonPage'),
});
const personRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people/$personId',
  component: lazyRouteComponent(() => import('../features/people/PersonPage'), 'PersonPage'),
});
const editPersonRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people/$personId/edit',
  component: lazyRouteComponent(() => import('../features/people/EditPersonPage'), 'EditPersonPage'),
});
const householdsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/households',
  validateSearch: z.object({ q: optionalText, archived: z.boolean().optional().catch(undefined), page: optionalPage }),
  component: lazyRouteComponent(() => import('../features/households/HouseholdsPage'), 'HouseholdsPage'),
});
const newHouseholdRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/households/new',
  validateSearch: z.object({ personId: optionalText }),
  component: lazyRouteComponent(() => import('../features/households/NewHouseholdPage'), 'NewHouseholdPage'),
});
const householdRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/households/$householdId',
  component: lazyRouteComponent(() => import('../features/households/HouseholdPage'), 'HouseholdPage'),
});

// ---- residential care centres in transition (issue 7) -----------------------------------------------
const centreStageFilter = z.enum(['engagement', 'assessment_decision', 'planning', 'implementation', 'new_services_or_closure', 'transitioned']).optional().catch(undefined);
const centresRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/centres',
  validateSearch: z.object({ q: optionalText, stage: centreStageFilter, province: optionalText, page: optionalPage }),
  component: lazyRouteComponent(() => import('../features/centres/CentresPage'), 'CentresPage'),
});
const newCentreRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/centres/new',
  component: lazyRouteComponent(() => import('../features/centres/CentreFormPage'), 'NewCentrePage'),
});
const centreRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/centres/$centreId',
  component: lazyRouteComponent(() => import('../features/centres/CentrePage'), 'CentrePage'),
});
const editCentreRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/centres/$centreId/edit',
  component: lazyRouteComponent(() => import('../features/centres/CentreFormPage'), 'EditCentrePage'),
});

const centresBoardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/centres/board',
  validateSearch: z.object({ province: optionalText, adviserId: optionalText }),
  component: lazyRouteComponent(() => import('../features/centres/BoardPage'), 'BoardPage'),
});
const trainingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/centres/trainings',
  validateSearch: z.object({ page: optionalPage }),
  component: lazyRouteComponent(() => import('../features/centres/TrainingsPage'), 'TrainingsPage'),
});
const newTrainingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/centres/trainings/new',
  component: lazyRouteComponent(() => import('../features/centres/TrainingFormPage'), 'NewTrainingPage'),
});
const trainingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/centres/trainings/$trainingId',
  component: lazyRouteComponent(() => import('../features/centres/TrainingPage'), 'TrainingPage'),
});
const outreachRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/centres/outreach',
  validateSearch: z.object({ kind: z.enum(['community_awareness', 'government_engagement']).optional().catch(undefined), page: optionalPage }),
  component: lazyRouteComponent(() => import('../features/centres/OutreachPage'), 'OutreachPage'),
});

// ---- cases (issue 3) ------------------------------------------------------------------------------
const stageFilter = z.enum(['referral', 'assessment', 'tracing', 'care_planning', 'preparation', 'placement', 'follow_up', 'closed', 'open']).optional().catch(undefined);
const casesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cases',
  validateSearch: z.object({
    q: optionalText,
    stage: stageFilter,
    caseworkerId: optionalText,
    risk: z.enum(['low', 'medium', 'high']).optional().catch(undefined),
    province: z.union([z.string(), z.number().transform((n) => String(n).padStart(2, '0'))]).pipe(z.string().regex(/^\d{2}$/)).optional().catch(undefined),
    overdue: z.boolean().optional().catch(undefined),
    page: optionalPage,
  }),
  component: lazyRouteComponent(() => import('../features/cases/CasesPage'), 'CasesPage'),
});
const openCaseRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cases/new',
  validateSearch: z.object({ personId: optionalText }),
  component: lazyRouteComponent(() => import('../features/cases/OpenCasePage'), 'OpenCasePage'),
});
const caseRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cases/$caseId',
  validateSearch: z.object({
    tab: z.enum(caseTabs).optional().catch(undefined),
    // The placement whose signed agreement the Documents tab offers to upload (from the placement tab).
    agreementFor: z.string().uuid().optional().catch(undefined),
  }),
  component: lazyRouteComponent(() => import('../features/cases/CasePage'), 'CasePage'),
});
const approvalsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/approvals',
  validateSearch: z.object({ kind: z.enum(['care_plan', 'placement', 'closure']).optional().catch(undefined), page: optionalPage }),
  component: lazyRouteComponent(() => import('../features/cases/ApprovalsPage'), 'ApprovalsPage'),
});

// ---- youth clubs and the Care Leavers' Network (issue 8) ----------------------------------------
const clubsRoute = createRoute({ getParentRoute: () => appRoute, path: '/clubs', component: lazyRouteComponent(() => import('../features/clubs/ClubsPage'), 'ClubsPage') });
const clubRoute = createRoute({ getParentRoute: () => appRoute, path: '/clubs/$clubId', component: lazyRouteComponent(() => import('../features/clubs/ClubPage'), 'ClubPage') });
const clubMeetingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clubs/$clubId/meetings/$meetingId',
  component: lazyRouteComponent(() => import('../features/clubs/ClubMeetingPage'), 'ClubMeetingPage'),
});

// ---- scholarships, counselling and legal advice, life-skills courses (issue 8) ------------------------
const scholarshipsRoute = createRoute({ getParentRoute: () => appRoute, path: '/scholarships', validateSearch: z.object({ status: z.enum(scholarshipStatuses).optional().catch(undefined), page: optionalPage }), component: lazyRouteComponent(() => import('../features/scholarships/ScholarshipsPage'), 'ScholarshipsPage') });
const scholarshipRoute = createRoute({ getParentRoute: () => appRoute, path: '/scholarships/$scholarshipId', component: lazyRouteComponent(() => import('../features/scholarships/ScholarshipPage'), 'ScholarshipPage') });
const counsellingRoute = createRoute({ getParentRoute: () => appRoute, path: '/counselling', component: lazyRouteComponent(() => import('../features/counselling/CounsellingPage'), 'CounsellingPage') });
const personCounsellingRoute = createRoute({ getParentRoute: () => appRoute, path: '/counselling/$personId', component: lazyRouteComponent(() => import('../features/counselling/PersonCounsellingPage'), 'PersonCounsellingPage') });
const coursesRoute = createRoute({ getParentRoute: () => appRoute, path: '/courses', validateSearch: z.object({ page: optionalPage }), component: lazyRouteComponent(() => import('../features/courses/CoursesPage'), 'CoursesPage') });
const curriculumRoute = createRoute({ getParentRoute: () => appRoute, path: '/courses/curriculum', component: lazyRouteComponent(() => import('../features/courses/CurriculumPage'), 'CurriculumPage') });
const courseRoute = createRoute({ getParentRoute: () => appRoute, path: '/courses/$courseId', component: lazyRouteComponent(() => import('../features/courses/CoursePage'), 'CoursePage') });

const networkRoute = createRoute({ getParentRoute: () => appRoute, path: '/network', component: lazyRouteComponent(() => import('../features/leavers/NetworkPage'), 'NetworkPage') });
const leaverRoute = createRoute({ getParentRoute: () => appRoute, path: '/network/members/$memberId', component: lazyRouteComponent(() => import('../features/leavers/LeaverPage'), 'LeaverPage') });
const leaverGroupRoute = createRoute({ getParentRoute: () => appRoute, path: '/network/groups/$groupId', component: lazyRouteComponent(() => import('../features/leavers/GroupPage'), 'GroupPage') });
const leaverMeetingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/network/groups/$groupId/meetings/$meetingId',
  component: lazyRouteComponent(() => import('../features/leavers/GroupMeetingPage'), 'GroupMeetingPage'),
});

// ---- assessments and instruments (issue 5) -------------------------------------------------------
const assessmentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/assessments/$assessmentId',
  component: lazyRouteComponent(() => import('../features/assessments/TakeAssessmentPage'), 'TakeAssessmentPage'),
});
const instrumentsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/instruments',
  component: lazyRouteComponent(() => import('../features/admin/instruments/InstrumentsPage'), 'InstrumentsPage'),
});
const newInstrumentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/instruments/new',
  component: lazyRouteComponent(() => import('../features/admin/instruments/InstrumentEditorPage'), 'NewInstrumentPage'),
});
const instrumentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/instruments/$instrumentId',
  component: lazyRouteComponent(() => import('../features/admin/instruments/InstrumentPage'), 'InstrumentPage'),
});
const editInstrumentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/instruments/$instrumentId/edit',
  component: lazyRouteComponent(() => import('../features/admin/instruments/InstrumentEditorPage'), 'EditInstrumentPage'),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  setupPasswordRoute,
  setupTwoFactorRoute,
  appRoute.addChildren([
    homeRoute,
    profileRoute,
    adminRoute,
    usersRoute,
    userRoute,
    teamsRoute,
    teamRoute,
    organisationRoute,
    organisationsRoute,
    organisationEditRoute,
    rolesRoute,
    listsRoute,
    placesRoute,
    auditRoute,
    recordAuditRoute,
    peopleRoute,
    registerPersonRoute,
    personRoute,
    editPersonRoute,
    householdsRoute,
    newHouseholdRoute,
    householdRoute,
    centresRoute,
    clubsRoute, clubRoute, clubMeetingRoute, networkRoute, leaverRoute, leaverGroupRoute, leaverMeetingRoute,
    scholarshipsRoute, scholarshipRoute, counsellingRoute, personCounsellingRoute, coursesRoute, curriculumRoute, courseRoute,
    centresBoardRoute,
    trainingsRoute,
    newTrainingRoute,
    trainingRoute,
    outreachRoute,
    newCentreRoute,
    centreRoute,
    editCentreRoute,
    casesRoute,
    openCaseRoute,
    caseRoute,
    approvalsRoute,
    assessmentRoute,
    instrumentsRoute,
    newInstrumentRoute,
    instrumentRoute,
    editInstrumentRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    defaultErrorComponent: RouteError,
    defaultPendingMs: 300,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
