import { Button, Group, Modal, Paper, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch, IconUsersGroup } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { RequireAbility } from '../../components/RequireAbility';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { Script } from '../people/PersonBits';
import { fieldErrorsOf, programmeCentresQuery } from '../programmes/api';
import { clubsQuery, useCreateClub } from './api';

export function ClubsPage() {
  return (
    <RequireAbility action="programme.read">
      <Clubs />
    </RequireAbility>
  );
}

function Clubs() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const clubs = useQuery(clubsQuery({ q: debounced || undefined, page }));

  return (
    <Stack gap="md">
      <PageHeader
        title={t('clubs.title')}
        description={t('clubs.intro')}
        actions={can('programme.write') && (
          <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)} data-testid="club-new">{t('clubs.new')}</Button>
        )}
      />
      <TextInput
        label={t('clubs.search')}
        leftSection={<IconSearch size={16} />}
        value={q}
        onChange={(e) => { setQ(e.currentTarget.value); setPage(1); }}
        type="search"
        autoComplete="off"
      />
      {clubs.isPending ? (
        <LoadingState />
      ) : clubs.isError ? (
        <ErrorState error={clubs.error} onRetry={() => void clubs.refetch()} />
      ) : clubs.data.items.length === 0 ? (
        <EmptyMessage icon={<IconUsersGroup size={28} />} title={debounced ? t('clubs.noneFound') : t('clubs.none')} description={debounced ? undefined : t('clubs.noneHint')} />
      ) : (
        <Stack gap="xs">
          {clubs.data.items.map((c) => (
            <Paper key={c.id} withBorder p="sm" radius="md" data-testid="club-row">
              <AnchorLink to="/clubs/$clubId" params={{ clubId: c.id }} fw={600}><Script>{c.name}</Script></AnchorLink>
              <Text size="sm" c="dimmed"><Script>{c.centreName}</Script></Text>
              <Group gap="md" mt={4}>
                <Text size="sm">{t('clubs.memberCount', { count: c.members, n: fmt.number(c.members) })}</Text>
                <Text size="sm" c="dimmed">{c.lastMeetingOn ? t('clubs.lastMeeting', { date: fmt.date(c.lastMeetingOn) }) : t('clubs.noMeetings')}</Text>
              </Group>
            </Paper>
          ))}
          <Pager page={page} pageSize={clubs.data.pageSize} total={clubs.data.total} onChange={setPage} />
        </Stack>
      )}
      <NewClubModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}

function NewClubModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const centres = useQuery({ ...programmeCentresQuery, enabled: opened });
  const create = useCreateClub();
  const [centreId, setCentreId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [schedule, setSchedule] = useState('');
  const [foundedOn, setFoundedOn] = useState('');
  const [missing, setMissing] = useState(false);
  const errors = fieldErrorsOf(t, create.error);
  const close = () => {
    create.reset();
    setMissing(false);
    onClose();
  };
  const submit = async () => {
    if (!centreId || !name.trim()) {
      setMissing(true);
      return;
    }
    const club = await create.mutateAsync({ centreId, name: name.trim(), meetingSchedule: schedule.trim() || null, foundedOn: foundedOn || null });
    close();
    await navigate({ to: '/clubs/$clubId', params: { clubId: club.id } });
  };
  return (
    <Modal opened={opened} onClose={close} title={t('clubs.new')} centered>
      <form onSubmit={(e) => { e.preventDefault(); void submit().catch(() => undefined); }} noValidate>
        <Stack gap="sm">
          <Select
            label={t('clubs.centre')}
            required
            searchable
            data={(centres.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            value={centreId}
            onChange={setCentreId}
            error={errors.centreId ?? (missing && !centreId ? t('validation.required') : undefined)}
            nothingFoundMessage={t('clubs.noCentres')}
            comboboxProps={{ withinPortal: true }}
            data-testid="club-centre"
          />
          <TextInput label={t('clubs.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name ?? (missing && !name.trim() ? t('validation.required') : undefined)} data-testid="club-name" />
          <Textarea label={t('clubs.schedule')} description={t('clubs.scheduleHint')} autosize minRows={2} value={schedule} onChange={(e) => setSchedule(e.currentTarget.value)} />
          <TextInput type="date" label={t('clubs.foundedOn')} value={foundedOn} onChange={(e) => setFoundedOn(e.currentTarget.value)} error={errors.foundedOn} />
          <ErrorAlert error={Object.keys(errors).length ? null : create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button type="submit" loading={create.isPending} data-testid="club-create">{t('clubs.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
