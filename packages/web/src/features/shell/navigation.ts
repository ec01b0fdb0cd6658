import type { Action } from '@homeward/core';
import { IconAddressBook, IconBook, IconBuilding, IconBuildingCommunity, IconClipboardList, IconChecklist, IconFolders, IconFriends, IconHistory, IconHomeHeart, IconList, IconMapPin, IconMessageCircle, IconSchool, IconShieldCheck, IconUsers, IconUsersGroup, type Icon } from '@tabler/icons-react';
import type { CatalogueKey } from '../../lib/i18n';

export interface NavEntry {
  to: string;
  labelKey: CatalogueKey;
  descriptionKey: CatalogueKey;
  icon: Icon;
  /** The ability that opens this screen; the server refuses its calls without it. */
  action: Action;
  /** Not shown to whoever also has this ability (they reach the screen another way). */
  hiddenWith?: Action;
  testId?: string;
}

/** Everyday casework screens, in menu order under Home, each shown only with its ability. */
export const workEntries: readonly NavEntry[] = [
  { to: '/cases', labelKey: 'cases.nav', descriptionKey: 'cases.navDescription', icon: IconFolders, action: 'case.read', testId: 'nav-cases' },
  { to: '/people', labelKey: 'people.nav', descriptionKey: 'people.navDescription', icon: IconFriends, action: 'person.read', testId: 'nav-people' },
  { to: '/households', labelKey: 'households.nav', descriptionKey: 'households.navDescription', icon: IconHomeHeart, action: 'person.read', testId: 'nav-households' },
  { to: '/centres', labelKey: 'centres.nav', descriptionKey: 'centres.navDescription', icon: IconBuildingCommunity, action: 'centre.read', testId: 'nav-centres' },
  // Viewers see the pipeline's figures without opening any centre; everyone else reaches the board from Centres.
  { to: '/centres/board', labelKey: 'centres.board.title', descriptionKey: 'centres.dashboard.navDescription', icon: IconBuildingCommunity, action: 'organisation.read', hiddenWith: 'centre.read', testId: 'nav-board' },
  { to: '/clubs', labelKey: 'clubs.nav', descriptionKey: 'clubs.navDescription', icon: IconUsersGroup, action: 'programme.read', testId: 'nav-clubs' },
  { to: '/network', labelKey: 'leavers.nav', descriptionKey: 'leavers.navDescription', icon: IconFriends, action: 'programme.read', testId: 'nav-network' },
  { to: '/courses', labelKey: 'courses.nav', descriptionKey: 'courses.navDescription', icon: IconBook, action: 'programme.read', testId: 'nav-courses' },
  { to: '/scholarships', labelKey: 'scholarships.nav', descriptionKey: 'scholarships.navDescription', icon: IconSchool, action: 'programme.read', testId: 'nav-scholarships' },
  { to: '/counselling', labelKey: 'counselling.nav', descriptionKey: 'counselling.navDescription', icon: IconMessageCircle, action: 'programme.read', testId: 'nav-counselling' },
  { to: '/approvals', labelKey: 'approvals.nav', descriptionKey: 'approvals.navDescription', icon: IconChecklist, action: 'case.approve', testId: 'nav-approvals' },
];

export const visibleWorkEntries = (can: (a: Action) => boolean): NavEntry[] => workEntries.filter((e) => can(e.action) && !(e.hiddenWith && can(e.hiddenWith)));

/** Administration screens, in menu order, each shown only with its ability. */
export const adminEntries: readonly NavEntry[] = [
  { to: '/admin/users', labelKey: 'nav.users', descriptionKey: 'admin.usersDescription', icon: IconUsers, action: 'user.read', testId: 'nav-users' },
  { to: '/admin/teams', labelKey: 'nav.teams', descriptionKey: 'admin.teamsDescription', icon: IconUsersGroup, action: 'team.read', testId: 'nav-teams' },
  { to: '/admin/organisation', labelKey: 'nav.organisation', descriptionKey: 'admin.organisationDescription', icon: IconBuilding, action: 'organisation.read', testId: 'nav-organisation' },
  { to: '/admin/organisations', labelKey: 'nav.organisations', descriptionKey: 'admin.organisationsDescription', icon: IconAddressBook, action: 'organisation.create', testId: 'nav-organisations' },
  { to: '/admin/roles', labelKey: 'nav.roles', descriptionKey: 'admin.rolesDescription', icon: IconShieldCheck, action: 'role.read', testId: 'nav-roles' },
  { to: '/admin/lists', labelKey: 'nav.lists', descriptionKey: 'admin.listsDescription', icon: IconList, action: 'lookup.read', testId: 'nav-lists' },
  { to: '/admin/instruments', labelKey: 'instruments.nav', descriptionKey: 'instruments.navDescription', icon: IconClipboardList, action: 'instrument.manage', testId: 'nav-instruments' },
  { to: '/admin/places', labelKey: 'nav.places', descriptionKey: 'admin.placesDescription', icon: IconMapPin, action: 'place.read', testId: 'nav-places' },
  { to: '/admin/audit', labelKey: 'nav.audit', descriptionKey: 'admin.auditDescription', icon: IconHistory, action: 'audit.read_log', testId: 'nav-audit' },
];

/**
 * Administration is for people who manage something or oversee staff. Reading a team name or a
 * list (which every role may, to fill in forms) does not make someone an administrator.
 */
const administrationActions: readonly Action[] = ['user.read', 'team.manage', 'organisation.update', 'organisation.create', 'role.read', 'lookup.manage', 'instrument.manage', 'audit.read_log'];

export const canAdminister = (can: (a: Action) => boolean): boolean => administrationActions.some(can);

export const visibleAdminEntries = (can: (a: Action) => boolean): NavEntry[] =>
  canAdminister(can) ? adminEntries.filter((e) => can(e.action)) : [];
