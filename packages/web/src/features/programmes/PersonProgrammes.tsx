import type { TParticipation } from '@homeward/core';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links';
import { Section } from '../../components/Section';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { useLookupList } from '../people/lookups';
import { Script } from '../people/PersonBits';
import { personProgrammesQuery } from './api';

/**
 * A young person's programmes on their page: every club, network membership and group (and,
 * as other programmes add theirs on the server, courses, scholarships …), newest first.
 */
export function PersonProgrammes({ personId }: { personId: string }) {
  const can = useCan();
  if (!can('programme.read')) return null;
  return <Programmes personId={personId} />;
}

function Programmes({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const list = useQuery(personProgrammesQuery(personId));
  return (
    <Section title={t('programmes.person.title')} description={t('programmes.person.intro')}>
      {list.isPending ? <LoadingState /> : list.isError ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : list.data.items.length === 0 ? (
        <EmptyMessage title={t('programmes.person.none')} />
      ) : (
        <Stack gap="xs" data-testid="person-programmes">
          {list.data.items.map((p) => <Entry key={`${p.kind}-${p.id}`} p={p} />)}
        </Stack>
      )}
    </Section>
  );
}

function Entry({ p }: { p: TParticipation }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const positions = useLookupList('club_position');
  const kinds = useLookupList('leaver_group_kind');
  const label = p.label || t(`programmes.kinds.${p.kind}`);
  // Shared roles (member, visitor …) first; a club's other roles are committee positions.
  const role = p.role === null ? null
    : i18n.exists(`programmes.roles.${p.role}`) ? t(`programmes.roles.${p.role}` as 'programmes.roles.member')
      : p.kind === 'club' ? positions.label(p.role) : p.role;
  const detail = p.detail === null ? null
    : p.kind === 'leavers' && p.role === 'member' ? t('programmes.person.housing', { housing: t(`leavers.housing.${p.detail}` as 'leavers.housing.stable') })
      : p.kind === 'leavers' ? kinds.label(p.detail) : p.detail;
  const when = p.to ? t('programmes.person.fromTo', { from: fmt.date(p.from ?? ''), to: fmt.date(p.to) }) : p.from ? t('programmes.person.since', { date: fmt.date(p.from) }) : null;
  return (
    <Paper withBorder p="sm" radius="md" data-testid="programme-entry">
      <Text size="xs" c="dimmed" fw={600}>{t(`programmes.kinds.${p.kind}`)}</Text>
      {p.link ? <AnchorLink to={p.link} fw={600}><Script>{label}</Script></AnchorLink> : <Text fw={600}><Script>{label}</Script></Text>}
      {detail && <Text size="sm" c="dimmed"><Script>{detail}</Script></Text>}
      {when && <Text size="sm">{when}</Text>}
      {p.held !== null && p.held > 0 && (
        <Text size="sm" c="dimmed">{t('programmes.person.attended', { attended: fmt.number(p.attended ?? 0), held: fmt.number(p.held) })}</Text>
      )}
      {p.held === null && p.attended !== null && <Text size="sm" c="dimmed">{t('programmes.person.came', { count: p.attended, n: fmt.number(p.attended) })}</Text>}
      {(role || (p.status && p.status !== 'active')) && (
        <Group gap={4} mt={4}>
          {role && <Badge variant="light" tt="none">{role}</Badge>}
          {p.status && p.status !== 'active' && (
            <Badge variant="outline" color="gray" tt="none">
              {i18n.exists(`programmes.statuses.${p.status}`) ? t(`programmes.statuses.${p.status}` as 'programmes.statuses.left') : p.status}
            </Badge>
          )}
        </Group>
      )}
    </Paper>
  );
}
