import { type TCentresDashboard } from '@homeward/core';
import { Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { placeChildrenQuery } from '../places/api';
import { StageBadge } from './bits';
import { dashboardQuery } from './events-api';
import { ProvinceMap } from './ProvinceMap';

/** The transition's figures over the centres the caller sees: aggregates only, for viewers too. */
export function Dashboard() {
  const { t } = useTranslation();
  const dashboard = useQuery(dashboardQuery);
  const provinces = useQuery(placeChildrenQuery(null));
  if (dashboard.isPending) return <LoadingState />;
  if (dashboard.isError) return <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  const d = dashboard.data;
  return (
    <Stack gap="md" data-testid="centres-dashboard">
      <Title order={2} size="h3">{t('centres.dashboard.title')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <StageFigures d={d} />
        <Paper withBorder p="md">
          <Text fw={600} mb="xs">{t('centres.dashboard.map')}</Text>
          <ProvinceMap perProvince={d.perProvince} provinces={provinces.data ?? []} />
        </Paper>
        <Reintegrated d={d} />
        <Participants d={d} />
      </SimpleGrid>
    </Stack>
  );
}

function StageFigures({ d }: { d: TCentresDashboard }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Paper withBorder p="md">
      <Text fw={600} mb="xs">{t('centres.dashboard.perStage')}</Text>
      <Stack gap={6}>
        {d.perStage.map((s) => (
          <Group key={s.stage} justify="space-between" wrap="nowrap" data-testid="dashboard-stage">
            <StageBadge stage={s.stage} size="sm" />
            <Text fw={700}>{fmt.number(s.centres)}</Text>
          </Group>
        ))}
      </Stack>
      <Group justify="space-between" mt="md" wrap="nowrap">
        <div>
          <Text size="sm">{t('centres.dashboard.moved')}</Text>
          <Text size="xs" c="dimmed">{t('centres.dashboard.movedHint', { date: fmt.date(d.quarterStart) })}</Text>
        </div>
        <Text fw={700} size="xl" data-testid="dashboard-moved">{fmt.number(d.movedThisQuarter)}</Text>
      </Group>
    </Paper>
  );
}

function Reintegrated({ d }: { d: TCentresDashboard }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  return (
    <Paper withBorder p="md">
      <Text fw={600} mb="xs">{t('centres.dashboard.reintegrated')}</Text>
      {d.reintegratedByCentre.length === 0 ? (
        <Text size="sm" c="dimmed">{t('centres.dashboard.noReintegrated')}</Text>
      ) : (
        <Stack gap={4}>
          {d.reintegratedByCentre.map((c) => (
            <Group key={c.centreId} justify="space-between" wrap="nowrap">
              {can('centre.read') ? (
                <AnchorLink to="/centres/$centreId" params={{ centreId: c.centreId }} size="sm" lang="km">{c.nameKm}</AnchorLink>
              ) : (
                <Text size="sm" lang="km">{c.nameKm}</Text>
              )}
              <Text fw={700}>{fmt.number(c.reintegrated)}</Text>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

function Participants({ d }: { d: TCentresDashboard }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const o = d.outreachParticipants;
  return (
    <Paper withBorder p="md">
      <Text fw={600} mb="xs">{t('centres.dashboard.trainingParticipants')}</Text>
      <Table verticalSpacing={4} horizontalSpacing={4} data-testid="dashboard-participants">
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th ta="right">{t('centres.sexes.female')}</Table.Th>
            <Table.Th ta="right">{t('centres.sexes.male')}</Table.Th>
            <Table.Th ta="right">{t('centres.sexes.unknown')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {d.trainingParticipants.map((r) => (
            <Table.Tr key={r.audience}>
              <Table.Td><Text size="sm">{t(`centres.audiences.${r.audience}`)}</Text></Table.Td>
              <Table.Td ta="right">{fmt.number(r.female)}</Table.Td>
              <Table.Td ta="right">{fmt.number(r.male)}</Table.Td>
              <Table.Td ta="right">{fmt.number(r.unknown)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" mt="sm">{t('centres.dashboard.outreachParticipants', { events: fmt.number(o.events), female: fmt.number(o.female), male: fmt.number(o.male) })}</Text>
    </Paper>
  );
}
