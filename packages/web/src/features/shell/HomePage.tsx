import { actions, type Action } from '@homeward/core';
import { Alert, Anchor, Badge, Card, Group, List, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck, IconShieldExclamation, IconUserCircle } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan, useMe } from '../auth/session';
import { scopeOf } from '../../lib/vocabulary';
import { WorkHome } from '../home/WorkHome';
import { visibleAdminEntries } from './navigation';

/** Greeting by the hour in the browser's time zone. */
export function greetingKey(hour: number): 'home.greetingMorning' | 'home.greetingAfternoon' | 'home.greetingEvening' {
  if (hour < 12) return 'home.greetingMorning';
  if (hour < 18) return 'home.greetingAfternoon';
  return 'home.greetingEvening';
}

/** Abilities worth telling a person about (reading a list to fill in a form is implied). */
const shownActions: readonly Action[] = actions.filter((a) => a !== 'lookup.read' && a !== 'place.read' && a !== 'organisation.read');

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  if (!me) return null;
  const entries = visibleAdminEntries(can);
  const allowed = shownActions.filter(can);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} fz={{ base: 'h3', sm: 'h2' }}>
          {t(greetingKey(new Date().getHours()), { name: me.user.name })}
        </Title>
        <Text c="dimmed">
          {t('home.signedInAs', { role: t(`roles.${me.user.role}`), organisation: me.user.organisationName })}
        </Text>
      </Stack>

      {!me.user.twoFactorEnabled && (
        <Alert variant="light" color="yellow" icon={<IconShieldExclamation size={18} />} title={t('home.twoFactorOffTitle')}>
          <Text size="sm">{t('home.twoFactorOff')}</Text>
          <Anchor component={Link} to="/profile" size="sm" fw={500}>
            {t('home.twoFactorOffAction')}
          </Anchor>
        </Alert>
      )}

      <WorkHome />

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Title order={2} fz="h4">
              {t('home.yourAccess')}
            </Title>
            <Group gap="xs">
              <Badge variant="light">{t(`roles.${me.user.role}`)}</Badge>
              <Badge variant="outline" color="gray">
                {t(`scopes.${scopeOf(me.scope)}`)}
              </Badge>
            </Group>
            <Text size="sm">{t(`scopeDescriptions.${scopeOf(me.scope)}`)}</Text>
            {me.user.teams.length > 0 && (
              <Text size="sm">
                {t('home.yourTeams', { teams: me.user.teams.map((team) => team.name).join(', ') })}
              </Text>
            )}
          </Stack>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Title order={2} fz="h4">
              {t('home.youCan')}
            </Title>
            {allowed.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('home.nothingYet')}
              </Text>
            ) : (
              <List spacing={4} size="sm" icon={<ThemeIcon size={18} radius="xl" variant="light"><IconCircleCheck size={14} /></ThemeIcon>}>
                {allowed.map((a) => (
                  <List.Item key={a}>{t(`actions.${a}`)}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        </Paper>
      </SimpleGrid>

      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('home.shortcuts')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="sm">
          <ShortcutCard to="/profile" title={t('nav.profile')} description={t('home.profileDescription')} icon={<IconUserCircle size={20} />} />
          {entries.map((e) => (
            <ShortcutCard key={e.to} to={e.to} title={t(e.labelKey)} description={t(e.descriptionKey)} icon={<e.icon size={20} />} />
          ))}
        </SimpleGrid>
      </Stack>
    </Stack>
  );
}

export function ShortcutCard({ to, title, description, icon }: { to: string; title: string; description: string; icon: ReactNode }) {
  return (
    <Card component={Link} to={to} withBorder radius="md" padding="md" className="shortcut-card">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" size={36} radius="md">
          {icon}
        </ThemeIcon>
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={600}>{title}</Text>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </Stack>
      </Group>
    </Card>
  );
}

