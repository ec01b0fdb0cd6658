import { leaverStatuses, type TLeaver } from '@homeward/core';
import { Badge, Button, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { RequireAbility } from '../../components/RequireAbility';
import { Section } from '../../components/Section';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { nameLine } from '../people/display';
import { useLookupList } from '../people/lookups';
import { leaverQuery, useUpdateLeaver } from './api';
import { CheckInModal } from './CheckInModal';

const route = getRouteApi('/app/network/members/$memberId');

export function LeaverPage() {
  return (
    <RequireAbility action="programme.read">
      <Leaver />
    </RequireAbility>
  );
}

function Leaver() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const { memberId } = route.useParams();
  const leaver = useQuery(leaverQuery(memberId));
  const [checking, setChecking] = useState(false);
  if (leaver.isPending) return <LoadingState />;
  if (leaver.isError) return <ErrorState error={leaver.error} onRetry={() => void leaver.refetch()} />;
  const m = leaver.data;
  const canWrite = can('programme.write');
  return (
    <Stack gap="md">
      <PageHeader back={{ to: '/network', label: t('leavers.title') }} title={nameLine(m.person)}
        description={m.leftCareOn ? t('leavers.leftCareSince', { date: fmt.date(m.leftCareOn) }) : undefined} />
      <Group gap="xs">
        <AnchorLink to="/people/$personId" params={{ personId: m.person.id }}>{t('leavers.personPage')}</AnchorLink>
      </Group>
      {m.signs.length > 0 && (
        <Group gap={4} data-testid="leaver-signs">
          {m.signs.map((s) => <Badge key={s} color={s === 'homeless' ? 'red' : 'orange'} variant="light" tt="none">{t(`leavers.signs.${s}`)}</Badge>)}
        </Group>
      )}
      <Membership leaver={m} canWrite={canWrite} />
      <Section title={t('leavers.checkIns')} actions={canWrite && <Button size="sm" onClick={() => setChecking(true)} data-testid="checkin-new">{t('leavers.checkIn.title')}</Button>}>
        {m.checkIns.length === 0 ? <EmptyMessage title={t('leavers.noCheckIn')} description={t('leavers.noCheckInHint')} /> : (
          <Table className="stack-table" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('leavers.checkIn.on')}</Table.Th>
                <Table.Th>{t('leavers.domains.housing')}</Table.Th>
                <Table.Th>{t('leavers.domains.work')}</Table.Th>
                <Table.Th>{t('leavers.domains.education')}</Table.Th>
                <Table.Th>{t('leavers.domains.wellbeing')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {m.checkIns.map((c) => (
                <Table.Tr key={c.id} data-testid="checkin-row">
                  <Table.Td fw={600}>{fmt.date(c.checkedOn)}</Table.Td>
                  <Table.Td data-label={t('leavers.domains.housing')}>{t(`leavers.housing.${c.housing}`)}</Table.Td>
                  <Table.Td data-label={t('leavers.domains.work')}>{t(`leavers.work.${c.work}`)}{c.monthlyIncomeUsd !== null ? ` · $${fmt.number(c.monthlyIncomeUsd)}` : ''}</Table.Td>
                  <Table.Td data-label={t('leavers.domains.education')}>{t(`leavers.education.${c.education}`)}</Table.Td>
                  <Table.Td data-label={t('leavers.domains.wellbeing')}>{t(`leavers.wellbeing.${c.wellbeing}` as 'leavers.wellbeing.1')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>
      <CheckInModal memberId={m.id} opened={checking} onClose={() => setChecking(false)} />
    </Stack>
  );
}

function Membership({ leaver, canWrite }: { leaver: TLeaver; canWrite: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const kinds = useLookupList('leaver_group_kind');
  const update = useUpdateLeaver();
  return (
    <Section title={t('leavers.membership')}>
      <Paper p={0}>
        <Stack gap={6}>
          <Text size="sm">{t('leavers.joinedOn', { date: fmt.date(leaver.joinedOn) })}</Text>
          <Select label={t('leavers.statusLabel')} data={leaverStatuses.map((s) => ({ value: s, label: t(`leavers.status.${s}`) }))} value={leaver.status} disabled={!canWrite || update.isPending}
            allowDeselect={false} onChange={(v) => v && v !== leaver.status && void update.mutateAsync({ id: leaver.id, version: leaver.version, status: v as TLeaver['status'] }).catch(() => undefined)}
            comboboxProps={{ withinPortal: true }} maw={280} />
          <ErrorAlert error={update.error} />
          <Text size="sm" fw={600}>{t('leavers.contact')}</Text>
          <Text size="sm">{[leaver.phone, leaver.telegram && `Telegram: ${leaver.telegram}`, leaver.email].filter(Boolean).join(' · ') || t('leavers.noContact')}</Text>
          <Text size="xs" c="dimmed">{leaver.shareWithNetwork ? t('leavers.shared') : t('leavers.notShared')}</Text>
          {leaver.groups.length > 0 && (
            <Text size="sm">{t('leavers.inGroups')}: {leaver.groups.map((g) => `${g.name} (${kinds.label(g.kind)})`).join(', ')}</Text>
          )}
        </Stack>
      </Paper>
    </Section>
  );
}
