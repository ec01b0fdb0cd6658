import { Box, NavLink, Stack, Text } from '@mantine/core';
import { IconHome, IconSettings, IconUserCircle } from '@tabler/icons-react';
import { Link, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/session';
import { visibleAdminEntries, visibleWorkEntries } from './navigation';

const isUnder = (path: string, to: string): boolean => path === to || path.startsWith(`${to}/`);

/** The side navigation: only what this person's abilities open. */
export function Navigation({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const path = useRouterState({ select: (s) => s.location.pathname });
  const admin = visibleAdminEntries(can);
  const work = visibleWorkEntries(can);
  return (
    <Box style={{ flex: 1, overflowY: 'auto' }}>
      <Stack gap={2} component="nav" aria-label={t('nav.main')}>
        <NavLink component={Link} to="/" activeOptions={{ exact: true }} label={t('nav.home')} leftSection={<IconHome size={18} />} active={path === '/'} onClick={onNavigate} data-testid="nav-home" />
        {work.map((e) => (
          <NavLink key={e.to} component={Link} to={e.to} label={t(e.labelKey)} leftSection={<e.icon size={18} />} active={isUnder(path, e.to)} onClick={onNavigate} data-testid={e.testId} />
        ))}
        <NavLink component={Link} to="/profile" label={t('nav.profile')} leftSection={<IconUserCircle size={18} />} active={path === '/profile'} onClick={onNavigate} data-testid="nav-profile" />
        {admin.length > 0 && (
          <>
            <NavLink
              component={Link}
              to="/admin"
              activeOptions={{ exact: true }}
              label={t('nav.admin')}
              leftSection={<IconSettings size={18} />}
              active={path === '/admin'}
              onClick={onNavigate}
              data-testid="nav-admin"
              mt="sm"
              fw={600}
            />
            <Stack gap={2} pl="md" role="group" aria-label={t('nav.admin')}>
              {admin.map((e) => (
                <NavLink
                  key={e.to}
                  component={Link}
                  to={e.to}
                  label={t(e.labelKey)}
                  leftSection={<e.icon size={18} />}
                  active={isUnder(path, e.to)}
                  onClick={onNavigate}
                  data-testid={e.testId}
                />
              ))}
            </Stack>
          </>
        )}
      </Stack>
      <Text size="xs" c="dimmed" px="sm" mt="lg">
        {t('app.tagline')}
      </Text>
    </Box>
  );
}
