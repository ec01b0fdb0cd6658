import { Badge, Group, Stack, Switch, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '../../../components/links';
import { PageHeader } from '../../../components/PageHeader';
import { RequireAbility } from '../../../components/RequireAbility';
import { EmptyMessage, ErrorState, LoadingState } from '../../../components/States';
import { useFormat } from '../../../lib/useFormat';
import { instrumentsQuery } from '../../assessments/api';
import { pick } from '../../assessments/logic';
import { useLanguage } from '../../assessments/text';
import { InstrumentStatusBadge } from './InstrumentStatusBadge';

export function InstrumentsPage() {
  return (
    <RequireAbility action="instrument.manage">
      <InstrumentsList />
    </RequireAbility>
  );
}

/** Every instrument the organisation can use: shipped with Homeward and its own, by version. */
function InstrumentsList() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const language = useLanguage();
  const [all, setAll] = useState(false);
  const list = useQuery(instrumentsQuery({ versions: all ? 'all' : 'current' }));
  return (
    <Stack gap="md">
      <PageHeader
        title={t('instruments.title')}
        description={t('instruments.intro')}
        actions={
          <ButtonLink to="/admin/instruments/new" leftSection={<IconPlus size={16} />} data-testid="instrument-new">
            {t('instruments.new')}
          </ButtonLink>
        }
      />
      <Switch label={t('instruments.showAllVersions')} checked={all} onChange={(e) => setAll(e.currentTarget.checked)} />
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <EmptyMessage title={t('instruments.none')} />
      ) : (
        <Table className="stack-table" highlightOnHover data-testid="instrument-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('instruments.name')}</Table.Th>
              <Table.Th>{t('instruments.subject')}</Table.Th>
              <Table.Th>{t('instruments.version')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
              <Table.Th>{t('instruments.items')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((i) => (
              <Table.Tr key={i.id} data-testid="instrument-row" data-code={i.code}>
                <Table.Td>
                  <Stack gap={0}>
                    <AnchorLink to="/admin/instruments/$instrumentId" params={{ instrumentId: i.id }} fw={600} lang={language}>
                      {pick(i.name, language)}
                    </AnchorLink>
                    <Group gap={6}>
                      <Text size="xs" c="dimmed" ff="monospace" lang="en">
                        {i.code}
                      </Text>
                      {i.shipped && (
                        <Badge size="xs" variant="outline" color="gray">
                          {t('instruments.shipped')}
                        </Badge>
                      )}
                    </Group>
                  </Stack>
                </Table.Td>
                <Table.Td data-label={t('instruments.subject')}>{t(`instruments.subjects.${i.subject}`)}</Table.Td>
                <Table.Td data-label={t('instruments.version')}>{fmt.number(i.version)}</Table.Td>
                <Table.Td data-label={t('common.status')}>
                  <InstrumentStatusBadge status={i.status} />
                </Table.Td>
                <Table.Td data-label={t('instruments.items')}>
                  {t('assessments.instrumentFacts', { items: fmt.number(i.itemCount), max: fmt.number(i.maxTotal) })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
