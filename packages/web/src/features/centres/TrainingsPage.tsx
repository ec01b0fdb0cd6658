import { Badge, Stack, Table, Text } from '@mantine/core';
import { IconPlus, IconSchool } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { RequireAbility } from '../../components/RequireAbility';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { trainingsQuery } from './events-api';

const route = getRouteApi('/app/centres/trainings');

export function TrainingsPage() {
  return (
    <RequireAbility action="centre.read">
      <Trainings />
    </RequireAbility>
  );
}

/** The organisation's training events and study tours, newest first. */
function Trainings() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const list = useQuery(trainingsQuery({ page }));
  const dates = (from: string, to: string) => (from === to ? fmt.date(from) : `${fmt.date(from)} – ${fmt.date(to)}`);

  return (
    <Stack gap="md">
      <PageHeader
        back={{ to: '/centres', label: t('centres.title') }}
        title={t('centres.training.title')}
        description={t('centres.training.intro')}
        actions={can('centre.write') && (
          <ButtonLink to="/centres/trainings/new" leftSection={<IconPlus size={18} />} data-testid="training-new">
            {t('centres.training.new')}
          </ButtonLink>
        )}
      />
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyMessage icon={<IconSchool size={28} />} title={t('centres.training.none')} description={can('centre.write') ? t('centres.training.noneHint') : undefined} />
      ) : (
        <>
          <Table className="stack-table" highlightOnHover verticalSpacing="sm" aria-busy={list.isFetching}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('centres.training.name')}</Table.Th>
                <Table.Th>{t('centres.training.dates')}</Table.Th>
                <Table.Th>{t('centres.training.venue')}</Table.Th>
                <Table.Th>{t('centres.training.participantsCount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((e) => (
                <Table.Tr key={e.id} data-testid="training-row">
                  <Table.Td>
                    <AnchorLink to="/centres/trainings/$trainingId" params={{ trainingId: e.id }} fw={600}>{e.title}</AnchorLink>{' '}
                    <Badge variant="light" size="sm" tt="none">{t(`centres.training.kinds.${e.kind}`)}</Badge>
                  </Table.Td>
                  <Table.Td data-label={t('centres.training.dates')}>{dates(e.startsOn, e.endsOn)}</Table.Td>
                  <Table.Td data-label={t('centres.training.venue')}>{e.venue ?? <Text span c="dimmed">—</Text>}</Table.Td>
                  <Table.Td data-label={t('centres.training.participantsCount')}>{fmt.number(e.participants)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Pager page={page} pageSize={25} total={list.data.total} onChange={(p) => void navigate({ search: { page: p } })} />
        </>
      )}
    </Stack>
  );
}
