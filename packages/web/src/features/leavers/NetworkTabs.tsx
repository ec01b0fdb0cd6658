import { ZLeaverSummary, ZPage } from '@homeward/core';
import { Button, Group, Modal, MultiSelect, NumberInput, Paper, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { api } from '../../lib/api';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { nameLine } from '../people/display';
import { useLookupList } from '../people/lookups';
import { Script } from '../people/PersonBits';
import { fieldErrorsOf, programmeCentresQuery, todayLocal } from '../programmes/api';
import { groupsQuery, outreachQuery, useCreateGroup, useRecordOutreach } from './api';

export function GroupsTab() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const kinds = useLookupList('leaver_group_kind');
  const groups = useQuery(groupsQuery);
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="sm">
      {can('programme.write') && (
        <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)} w="fit-content" data-testid="group-new">{t('leavers.groups.new')}</Button>
      )}
      {groups.isPending ? <LoadingState /> : groups.isError ? <ErrorState error={groups.error} onRetry={() => void groups.refetch()} /> : groups.data.length === 0 ? (
        <EmptyMessage icon={<IconUsersGroup size={28} />} title={t('leavers.groups.none')} />
      ) : groups.data.map((g) => (
        <Paper key={g.id} withBorder p="sm" radius="md" data-testid="group-row">
          <AnchorLink to="/network/groups/$groupId" params={{ groupId: g.id }} fw={600}><Script>{g.name}</Script></AnchorLink>
          <Text size="sm" c="dimmed">
            {kinds.label(g.kind)} · {t('leavers.groups.memberCount', { n: fmt.number(g.members) })}
            {g.lastMeetingOn ? ` · ${t('leavers.groups.lastMeeting', { date: fmt.date(g.lastMeetingOn) })}` : ''}
          </Text>
        </Paper>
      ))}
      <NewGroupModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}

function NewGroupModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const kinds = useLookupList('leaver_group_kind');
  const create = useCreateGroup();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<string | null>('small_group');
  const [schedule, setSchedule] = useState('');
  const [missing, setMissing] = useState(false);
  const errors = fieldErrorsOf(t, create.error);
  const close = () => { create.reset(); setMissing(false); onClose(); };
  const submit = async () => {
    if (!name.trim() || !kind) { setMissing(true); return; }
    const g = await create.mutateAsync({ name: name.trim(), kind, meetingSchedule: schedule.trim() || null });
    close();
    await navigate({ to: '/network/groups/$groupId', params: { groupId: g.id } });
  };
  return (
    <Modal opened={opened} onClose={close} title={t('leavers.groups.new')} centered>
      <form onSubmit={(e) => { e.preventDefault(); void submit().catch(() => undefined); }} noValidate>
        <Stack gap="sm">
          <TextInput label={t('leavers.groups.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name ?? (missing && !name.trim() ? t('validation.required') : undefined)} data-testid="group-name" />
          <Select label={t('leavers.groups.kind')} required data={kinds.options()} value={kind} onChange={setKind} error={errors.kind} comboboxProps={{ withinPortal: true }} />
          <Textarea label={t('leavers.groups.schedule')} autosize minRows={2} value={schedule} onChange={(e) => setSchedule(e.currentTarget.value)} />
          <ErrorAlert error={Object.keys(errors).length ? null : create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button type="submit" loading={create.isPending} data-testid="group-create">{t('leavers.groups.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function OutreachTab() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const visits = useQuery(outreachQuery);
  const [recording, setRecording] = useState(false);
  return (
    <Stack gap="sm">
      {can('programme.write') && (
        <Button leftSection={<IconPlus size={18} />} onClick={() => setRecording(true)} w="fit-content" data-testid="outreach-new">{t('leavers.outreach.new')}</Button>
      )}
      {visits.isPending ? <LoadingState /> : visits.isError ? <ErrorState error={visits.error} onRetry={() => void visits.refetch()} /> : visits.data.length === 0 ? (
        <EmptyMessage title={t('leavers.outreach.none')} description={t('leavers.outreach.noneHint')} />
      ) : visits.data.map((v) => (
        <Paper key={v.id} withBorder p="sm" radius="md" data-testid="outreach-row">
          <Text fw={600}><Script>{v.centreName}</Script></Text>
          <Text size="sm" c="dimmed">{fmt.date(v.visitedOn)} · {t('leavers.outreach.reached', { n: fmt.number(v.youngPeople) })}</Text>
          {v.visitors.length > 0 && <Text size="sm">{t('leavers.outreach.went')}: {v.visitors.map((p) => nameLine(p)).join(', ')}</Text>}
        </Paper>
      ))}
      <OutreachModal opened={recording} onClose={() => setRecording(false)} />
    </Stack>
  );
}

function OutreachModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const centres = useQuery({ ...programmeCentresQuery, enabled: opened });
  const members = useQuery({
    queryKey: ['leavers', 'list', 'all-active'],
    queryFn: () => api.get('/leavers', ZPage(ZLeaverSummary), { page: 1, pageSize: 100 }),
    enabled: opened,
  });
  const record = useRecordOutreach();
  const [centreId, setCentreId] = useState<string | null>(null);
  const [visitedOn, setVisitedOn] = useState(todayLocal());
  const [youngPeople, setYoungPeople] = useState<number | string>('');
  const [visitors, setVisitors] = useState<string[]>([]);
  const [notes, setNotes] = useState('');
  const [missing, setMissing] = useState(false);
  const errors = fieldErrorsOf(t, record.error);
  const close = () => { record.reset(); setMissing(false); setVisitors([]); onClose(); };
  const submit = async () => {
    if (!centreId || youngPeople === '') { setMissing(true); return; }
    await record.mutateAsync({ centreId, visitedOn, youngPeople: Number(youngPeople), visitorIds: visitors, notes: notes.trim() || null });
    close();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('leavers.outreach.new')} centered>
      <form onSubmit={(e) => { e.preventDefault(); void submit().catch(() => undefined); }} noValidate>
        <Stack gap="sm">
          <Select label={t('leavers.outreach.centre')} required searchable data={(centres.data ?? []).map((c) => ({ value: c.id, label: c.name }))} value={centreId} onChange={setCentreId}
            error={errors.centreId ?? (missing && !centreId ? t('validation.required') : undefined)} comboboxProps={{ withinPortal: true }} />
          <TextInput type="date" label={t('leavers.outreach.visitedOn')} required value={visitedOn} onChange={(e) => setVisitedOn(e.currentTarget.value)} error={errors.visitedOn} />
          <MultiSelect label={t('leavers.outreach.went')} searchable data={(members.data?.items ?? []).map((m) => ({ value: m.person.id, label: nameLine(m.person) }))}
            value={visitors} onChange={setVisitors} comboboxProps={{ withinPortal: true }} />
          <NumberInput label={t('leavers.outreach.youngPeople')} required min={0} value={youngPeople} onChange={setYoungPeople}
            error={errors.youngPeople ?? (missing && youngPeople === '' ? t('validation.required') : undefined)} />
          <Textarea label={t('leavers.outreach.notes')} autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
          <ErrorAlert error={Object.keys(errors).length ? null : record.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button type="submit" loading={record.isPending}>{t('leavers.outreach.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
