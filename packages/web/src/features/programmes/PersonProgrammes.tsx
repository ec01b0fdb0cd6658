import { legalMatterKinds, scholarshipOutcomes, scholarshipStatuses, type TParticipation, type TScholarshipStatus } from '@homeward/core';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconMessageCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '../../components/links';
import { Section } from '../../components/Section';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { useLookupList } from '../people/lookups';
import { Script } from '../people/PersonBits';
import { ScholarshipStatusBadge } from '../scholarships/bits';
import { personProgrammesQuery } from './api';

/**
 * A young person's programmes on their page: every club, network membership and group, course,
 * scholarship and counselling, newest first; with the way to their counselling and legal advice
 * for the roles that may read it.
 */
export function PersonProgrammes({ personId }: { personId: string }) {
  const can = useCan();
  if (!can('programme.read')) return null;
  return <Programmes personId={personId} counselling={can('counselling.read')} />;
}

function Programmes({ personId, counselling }: { personId: string; counselling: boolean }) {
  const { t } = useTranslation();
  const list = useQuery(personProgrammesQuery(personId));
  const actions = counselling && (
    <ButtonLink to="/counselling/$personId" params={{ personId }} variant="default" size="xs" leftSection={<IconMessageCircle size={16} />} data-testid="person-counselling">
      {t('counselling.title')}
    </ButtonLink>
  );
  return (
    <Section title={t('programmes.person.title')} description={t('programmes.person.intro')} actions={actions}>
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

const isOneOf = <T extends string>(list: readonly T[], code: string): code is T => (list as readonly string[]).includes(code);

/**
 * The short codes of a participation in the reader's language, each programme's from its own
 * vocabulary (a code no vocabulary knows is shown as it is rather than hidden).
 */
function useCodeLabels() {
  const { t, i18n } = useTranslation();
  const positions = useLookupList('club_position');
  const groupKinds = useLookupList('leaver_group_kind');
  const role = (p: TParticipation): string | null => {
    if (p.role === null) return null;
    if (p.kind === 'scholarship') return isOneOf(scholarshipOutcomes, p.role) ? t(`scholarships.outcome.${p.role}`) : p.role;
    if (p.kind === 'counselling') return isOneOf(legalMatterKinds, p.role) ? t(`counselling.matterKind.${p.role}`) : p.role;
    // Shared roles (member, visitor …) first; a club's other roles are committee positions.
    if (i18n.exists(`programmes.roles.${p.role}`)) return t(`programmes.roles.${p.role}` as 'programmes.roles.member');
    return p.kind === 'club' ? positions.label(p.role) : p.role;
  };
  const detail = (p: TParticipation): string | null => {
    if (p.detail === null) return null;
    if (p.kind === 'leavers' && p.role === 'member') return t('programmes.person.housing', { housing: t(`leavers.housing.${p.detail}` as 'leavers.housing.stable') });
    if (p.kind === 'leavers') return groupKinds.label(p.detail);
    return p.detail;
  };
  const status = (p: TParticipation): string | null => {
    if (!p.status || p.status === 'active') return null;
    return i18n.exists(`programmes.statuses.${p.status}`) ? t(`programmes.statuses.${p.status}` as 'programmes.statuses.left') : p.status;
  };
  return { role, detail, status };
}

function Entry({ p }: { p: TParticipation }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const labels = useCodeLabels();
  const label = p.label || t(`programmes.kinds.${p.kind}`);
  const role = labels.role(p);
  const detail = labels.detail(p);
  const scholarship: TScholarshipStatus | null = p.kind === 'scholarship' && p.status && isOneOf(scholarshipStatuses, p.status) ? p.status : null;
  const status = scholarship ? null : labels.status(p);
  const when = p.to ? t('programmes.person.fromTo', { from: fmt.date(p.from ?? ''), to: fmt.date(p.to) }) : p.from ? t('programmes.person.since', { date: fmt.date(p.from) }) : null;
  // Courses and counselling count sessions; clubs and groups count meetings.
  const sessions = p.kind === 'course' || p.kind === 'counselling';
  return (
    <Paper withBorder p="sm" radius="md" data-testid="programme-entry" data-kind={p.kind}>
      <Text size="xs" c="dimmed" fw={600}>{t(`programmes.kinds.${p.kind}`)}</Text>
      {p.link ? <AnchorLink to={p.link} fw={600} style={{ overflowWrap: 'anywhere' }}><Script>{label}</Script></AnchorLink> : <Text fw={600}><Script>{label}</Script></Text>}
      {detail && <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}><Script>{detail}</Script></Text>}
      {when && <Text size="sm">{when}</Text>}
      {p.held !== null && p.held > 0 && (
        <Text size="sm" c="dimmed" data-testid="programme-attendance">
          {t(sessions ? 'programmes.person.attendedSessions' : 'programmes.person.attended', { attended: fmt.number(p.attended ?? 0), held: fmt.number(p.held) })}
        </Text>
      )}
      {p.held === null && p.attended !== null && (
        <Text size="sm" c="dimmed" data-testid="programme-attendance">
          {sessions ? t('programmes.person.sessions', { count: p.attended, n: fmt.number(p.attended) }) : t('programmes.person.came', { count: p.attended, n: fmt.number(p.attended) })}
        </Text>
      )}
      {(role || status || scholarship) && (
        <Group gap={4} mt={4}>
          {scholarship && <ScholarshipStatusBadge status={scholarship} tt="none" />}
          {role && <Badge variant="light" tt="none" data-testid="programme-role">{role}</Badge>}
          {status && <Badge variant="outline" color="gray" tt="none">{status}</Badge>}
        </Group>
      )}
    </Paper>
  );
}
