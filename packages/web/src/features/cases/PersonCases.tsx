import type { TCaseSummary } from '@homeward/core';
import { Group, Stack, Text } from '@mantine/core';
import { IconFolderPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/links';
import { Section } from '../../components/Section';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { personQuery } from '../people/api';
import { casesQuery } from './api';
import { RiskBadge, RowLink, StageBadge } from './ui';

/**
 * A person's cases on their page: the open one first, then closed ones, and "Open a case" for a
 * child without an open case. Asked of the server by child (`childId`), so another child of the
 * same name never shows and none of this child's cases is missed.
 */
export function PersonCases({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const person = useQuery(personQuery(personId));
  const cases = useQuery({ ...casesQuery({ childId: personId, page: 1, pageSize: 100 }), enabled: can('case.read') });
  if (!can('case.read')) return null;
  const mine = [...(cases.data?.items ?? [])].sort((a, b) => Number(a.stage === 'closed') - Number(b.stage === 'closed') || b.openedOn.localeCompare(a.openedOn));
  const hasOpen = mine.some((c) => c.stage !== 'closed');
  const canOpen = can('case.write') && person.data?.kind === 'child' && !person.data.archived && !hasOpen && cases.isSuccess;
  return (
    <Section
      title={t('people.cases.title')}
      actions={
        canOpen && (
          <ButtonLink to="/cases/new" search={{ personId }} leftSection={<IconFolderPlus size={16} />} data-testid="case-open" size="sm">
            {t('cases.openCase')}
          </ButtonLink>
        )
      }
    >
      {person.isPending || (cases.isPending && cases.fetchStatus !== 'idle') ? (
        <LoadingState />
      ) : cases.isError ? (
        <ErrorAlert error={cases.error} />
      ) : mine.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="person-cases" data-person-id={personId}>
          {t('people.cases.none')}
        </Text>
      ) : (
        <Stack gap={6} data-testid="person-cases" data-person-id={personId}>
          {mine.map((c) => (
            <CaseRow key={c.id} kase={c} />
          ))}
        </Stack>
      )}
    </Section>
  );
}

function CaseRow({ kase }: { kase: TCaseSummary }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <RowLink to="/cases/$caseId" params={{ caseId: kase.id }} className="pick-row" data-testid="person-case">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap="xs" wrap="wrap">
          <Text fw={600} ff="monospace" size="sm" lang="en">
            {kase.number}
          </Text>
          <StageBadge stage={kase.stage} />
          {kase.stage !== 'closed' && <RiskBadge risk={kase.riskLevel} size="sm" />}
        </Group>
        <Text size="sm" c="dimmed">
          {[t('cases.caseworkerIs', { name: kase.caseworker.name }), kase.closedOn ? t('cases.closedOn', { date: fmt.date(kase.closedOn) }) : t('cases.openedOnDate', { date: fmt.date(kase.openedOn) })].join(' · ')}
        </Text>
      </Group>
    </RowLink>
  );
}
