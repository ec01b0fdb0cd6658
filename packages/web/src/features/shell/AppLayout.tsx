import { AppShell, Burger, Center, Group, Loader, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet, useRouterState } from '@tanstack/react-router';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { IdleTimeout } from '../auth/IdleTimeout';
import { lastEndReason, pendingSetUp, useMe } from '../auth/session';
import { organisationQuery } from '../admin/organisations/api';
import { NotificationBell } from '../cases/NotificationBell';
import { BrandMark } from './BrandMark';
import { LanguageSwitch } from './LanguageSwitch';
import { Navigation } from './Navigation';
import { UserMenu } from './UserMenu';

export function FullPageLoader() {
  return (
    <Center mih="100dvh">
      <Loader />
    </Center>
  );
}

/** The organisation's name in the reading language (its Khmer name when it has one). */
function OrganisationName({ id, fallback }: { id: string; fallback: string }) {
  const { i18n } = useTranslation();
  const org = useQuery(organisationQuery(id)).data;
  const km = i18n.language === 'km' && org?.nameKm;
  return (
    <Text fw={600} size="sm" truncate lang={km ? 'km' : undefined} data-testid="org-name">
      {km ? org.nameKm : (org?.name ?? fallback)}
    </Text>
  );
}

/** The signed-in frame: header, navigation (a drawer on phones), the idle timeout. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const href = useRouterState({ select: (s) => s.location.href });
  // Where the person was while signed in: the place to come back to after signing in again.
  // (Not the current location, which changes while the way to sign-in is under way.)
  const lastHref = useRef(href);
  if (me) lastHref.current = href;
  const [opened, { toggle, close }] = useDisclosure(false);
  if (me === undefined) return <FullPageLoader />;
  if (me === null) {
    const reason = lastEndReason();
    return <Navigate to="/sign-in" search={reason === 'signed_out' ? { reason } : { reason, redirect: lastHref.current }} replace />;
  }
  const pending = pendingSetUp(me);
  if (pending) return <Navigate to={pending === 'password' ? '/setup/password' : '/setup/two-factor'} replace />;

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 264, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding={{ base: 'sm', sm: 'lg' }}>
      <AppShell.Header>
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0, flex: 1 }}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={opened ? t('shell.closeMenu') : t('shell.openMenu')} data-testid="nav-burger" />
            <BrandMark size={28} />
            <Text fw={700} visibleFrom="xs">
              {t('app.name')}
            </Text>
            <Text c="dimmed" visibleFrom="xs" aria-hidden>
              ·
            </Text>
            <div style={{ minWidth: 0, flex: 1 }}>
              <OrganisationName id={me.user.organisationId} fallback={me.user.organisationName} />
            </div>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            <LanguageSwitch />
            <UserMenu me={me} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <Navigation onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <div className="page">
          <Outlet />
        </div>
      </AppShell.Main>
      <IdleTimeout minutes={me.idleTimeoutMinutes} />
    </AppShell>
  );
}
