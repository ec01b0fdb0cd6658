import { stages as caseStages, type Stage } from '@homeward/core';
import { Badge, Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links';
import { Section } from '../../components/Section';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { StageBadge as CaseStageBadge } from '../cases/ui';
import { Script } from '../people/PersonBits';
import { centreChildrenQuery } from './api';

const isCaseStage = (s: string): s is Stage => (caseStages as readonly string[]).includes(s);

/**
 * The children placed at the centre, now or before, and what became of them: the counts are over
 * all of them; the list names those in the caller's scope, linked when the caller may open them.
 */
export function CentreChildren({ centreId }: { centreId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const kids = useQuery({ ...centreChildrenQuery(centreId), enabled: can('person.read') });
  if (!can('person.read')) return null;
  if (kids.isPending) return <LoadingState />;
  if (kids.isError) return <ErrorState error={kids.error} onRetry={() => void kids.refetch()} />;
  const { counts, items, unlisted } = kids.data;
  const stat = (key: keyof typeof counts) => (
    <Paper withBorder p="sm" key={key}>
      <Text size="xs" c="dimmed">{t(`centres.kids.${key}`)}</Text>
      <Text fw={700} size="xl" data-testid={`centre-kids-${key}`}>{fmt.number(counts[key])}</Text>
    </Paper>
  );
  return (
    <Section title={t('centres.kids.title')} description={t('centres.kids.intro')}>
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">{(['atCentre', 'assessed', 'traced', 'reintegrated', 'inFollowUp'] as const).map(stat)}</SimpleGrid>
      {unlisted > 0 && <Text size="sm" c="dimmed" mt="xs" data-testid="centre-kids-unlisted">{t('centres.kids.unlisted', { count: fmt.number(unlisted) })}</Text>}
      {items.length === 0 ? (
        unlisted === 0 && <EmptyMessage icon={<IconUsers size={28} />} title={t('centres.kids.none')} />
      ) : (
        <Table className="stack-table" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr><Table.Th>{t('centres.kids.name')}</Table.Th><Table.Th>{t('centres.kids.caseStage')}</Table.Th><Table.Th>{t('centres.kids.reintegrated')}</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((k) => (
              <Table.Tr key={k.caseId}>
                <Table.Td>
                  {k.readable ? (
                    <AnchorLink to="/people/$personId" params={{ personId: k.personId }}>{k.nameKm ? <Script>{k.nameKm}</Script> : (k.nameLatin ?? '—')}</AnchorLink>
                  ) : (
                    <Text span size="sm">{k.nameKm ? <Script>{k.nameKm}</Script> : (k.nameLatin ?? '—')}</Text>
                  )}
                  {k.atCentre && <Badge ml={6} size="xs" variant="light" style={{ textTransform: 'none' }}>{t('centres.kids.atCentre')}</Badge>}
                </Table.Td>
                <Table.Td data-label={t('centres.kids.caseStage')}>{isCaseStage(k.caseStage) ? <CaseStageBadge stage={k.caseStage} size="sm" /> : k.caseStage}</Table.Td>
                <Table.Td data-label={t('centres.kids.reintegrated')}>{k.reintegrated ? t('centres.kids.yes') : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}
