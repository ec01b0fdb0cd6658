import type { TNetworkFigures } from '@homeward/core';
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Switch, Tabs, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { RequireAbility } from '../../components/RequireAbility';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { AddPersonModal } from '../people/AddPersonModal';
import { PersonName } from '../people/PersonBits';
import { todayLocal } from '../programmes/api';
import { leaversQuery, networkFiguresQuery, useJoinNetwork } from './api';
import { GroupsTab, OutreachTab } from './NetworkTabs';
import { OutcomesCard } from './OutcomesCard';

export function NetworkPage() {
  return (
    <RequireAbility action="programme.read">
      <Network />
    </RequireAbility>
  );
}

function Network() {
  const { t } = useTranslation();
  const figures = useQuery(networkFiguresQuery);
  return (
    <Stack gap="md">
      <PageHeader title={t('leavers.title')} description={t('leavers.intro')} />
      {figures.data && <NetworkFigures figures={figures.data} />}
      <OutcomesCard />
      <Tabs defaultValue="members" keepMounted={false}>
        <Tabs.List grow>
          <Tabs.Tab value="members" data-testid="network-tab-members">{t('leavers.tabs.members')}</Tabs.Tab>
          <Tabs.Tab value="groups" data-testid="network-tab-groups">{t('leavers.tabs.groups')}</Tabs.Tab>
          <Tabs.Tab value="outreach" data-testid="network-tab-outreach">{t('leavers.tabs.outreach')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="members" pt="md"><MembersTab /></Tabs.Panel>
        <Tabs.Panel value="groups" pt="md"><GroupsTab /></Tabs.Panel>
        <Tabs.Panel value="outreach" pt="md"><OutreachTab /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function NetworkFigures({ figures }: { figures: TNetworkFigures }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const part = (counts: Record<string, number>, ns: 'housing' | 'work') =>
    Object.entries(counts).map(([k, n]) => `${k === 'unknown' ? t('leavers.noCheckIn') : t(`leavers.${ns}.${k}` as 'leavers.housing.stable')}: ${fmt.number(n)}`).join(' · ');
  return (
    <Paper withBorder p="md" radius="md" data-testid="network-figures">
      <SimpleGrid cols={3} spacing="xs">
        <Stat label={t('leavers.figures.active')} value={fmt.number(figures.active)} />
        <Stat label={t('leavers.figures.struggling')} value={fmt.number(figures.struggling)} />
        <Stat label={t('leavers.figures.reached')} value={fmt.number(figures.youngPeopleReached)} />
      </SimpleGrid>
      {figures.members > 0 && (
        <Stack gap={2} mt="sm">
          <Text size="sm" c="dimmed">{t('leavers.housingTitle')}: {part(figures.byHousing, 'housing')}</Text>
          <Text size="sm" c="dimmed">{t('leavers.workTitle')}: {part(figures.byWork, 'work')}</Text>
        </Stack>
      )}
    </Paper>
  );
}

const Stat = ({ label, value }: { label: string; value: string }) => (
  <Stack gap={0} align="center">
    <Text fz="xl" fw={700}>{value}</Text>
    <Text size="xs" c="dimmed" ta="center">{label}</Text>
  </Stack>
);

function MembersTab() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [struggling, setStruggling] = useState(false);
  const [page, setPage] = useState(1);
  const [joining, setJoining] = useState(false);
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const list = useQuery(leaversQuery({ q: debounced || undefined, struggling, page }));
  const join = useJoinNetwork();
  const [leftCareOn, setLeftCareOn] = useState('');
  const [phone, setPhone] = useState('');
  const [telegram, setTelegram] = useState('');
  const [share, setShare] = useState(false);
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" gap="sm">
        <TextInput label={t('leavers.search')} leftSection={<IconSearch size={16} />} value={q} onChange={(e) => { setQ(e.currentTarget.value); setPage(1); }} type="search" style={{ flex: '1 1 14rem' }} />
        {can('programme.write') && (
          <Button leftSection={<IconUserPlus size={18} />} onClick={() => setJoining(true)} data-testid="leaver-join">{t('leavers.join')}</Button>
        )}
      </Group>
      <Switch label={t('leavers.strugglingOnly')} checked={struggling} onChange={(e) => { setStruggling(e.currentTarget.checked); setPage(1); }} data-testid="leavers-struggling" />
      {list.isPending ? <LoadingState /> : list.isError ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : list.data.items.length === 0 ? (
        <EmptyMessage icon={<IconUsers size={28} />} title={struggling ? t('leavers.noneStruggling') : t('leavers.none')} description={struggling ? undefined : t('leavers.noneHint')} />
      ) : (
        <Stack gap="xs">
          {list.data.items.map((m) => (
            <Paper key={m.id} withBorder p="sm" radius="md" data-testid="leaver-row">
              <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                <div style={{ minWidth: 0 }}>
                  <AnchorLink to="/network/members/$memberId" params={{ memberId: m.id }}><PersonName person={m.person} /></AnchorLink>
                  <Text size="xs" c="dimmed">{m.lastCheckInOn ? t('leavers.lastCheckIn', { date: fmt.date(m.lastCheckInOn) }) : t('leavers.noCheckIn')}</Text>
                </div>
                {m.status !== 'active' && <Badge variant="light" color="gray" tt="none">{t(`leavers.status.${m.status}`)}</Badge>}
              </Group>
              {m.signs.length > 0 && (
                <Group gap={4} mt={6}>
                  {m.signs.map((s) => <Badge key={s} color={s === 'homeless' ? 'red' : 'orange'} variant="light" tt="none">{t(`leavers.signs.${s}`)}</Badge>)}
                </Group>
              )}
            </Paper>
          ))}
          <Pager page={page} pageSize={list.data.pageSize} total={list.data.total} onChange={setPage} />
        </Stack>
      )}
      <AddPersonModal
        opened={joining}
        onClose={() => setJoining(false)}
        title={t('leavers.join')}
        intro={t('leavers.joinIntro')}
        relationshipLabel=""
        relationshipRequired={false}
        hideRelationship
        exclude={[]}
        submitLabel={t('leavers.joinSave')}
        testIdPrefix="member"
        extra={(
          <Stack gap="xs">
            <TextInput type="date" label={t('leavers.leftCareOn')} value={leftCareOn} onChange={(e) => setLeftCareOn(e.currentTarget.value)} />
            <TextInput label={t('leavers.phone')} value={phone} onChange={(e) => setPhone(e.currentTarget.value)} inputMode="tel" />
            <TextInput label={t('leavers.telegram')} value={telegram} onChange={(e) => setTelegram(e.currentTarget.value)} />
            <Switch label={t('leavers.share')} description={t('leavers.shareHint')} checked={share} onChange={(e) => setShare(e.currentTarget.checked)} />
          </Stack>
        )}
        onAdd={async (person) => {
          const m = await join.mutateAsync({
            personId: person.id, joinedOn: todayLocal(), leftCareOn: leftCareOn || null, phone: phone.trim() || null, telegram: telegram.trim() || null, shareWithNetwork: share,
          });
          setLeftCareOn(''); setPhone(''); setTelegram(''); setShare(false);
          await navigate({ to: '/network/members/$memberId', params: { memberId: m.id } });
        }}
      />
    </Stack>
  );
}
