import { ZLeaverSummary, ZPage, type TGroup } from '@homeward/core';
import { Button, Group, Modal, Paper, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconCalendarPlus, IconCheckbox, IconUserPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { RequireAbility } from '../../components/RequireAbility';
import { Section } from '../../components/Section';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { api } from '../../lib/api';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { nameLine } from '../people/display';
import { useLookupList } from '../people/lookups';
import { PersonName, Script } from '../people/PersonBits';
import { fieldErrorsOf, todayLocal } from '../programmes/api';
import { FiguresCard } from '../programmes/FiguresCard';
import { groupQuery, useAddGroupMember, useRecordGroupMeeting } from './api';

const route = getRouteApi('/app/network/groups/$groupId');

export function GroupPage() {
  return (
    <RequireAbility action="programme.read">
      <NetworkGroup />
    </RequireAbility>
  );
}

function NetworkGroup() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const kinds = useLookupList('leaver_group_kind');
  const { groupId } = route.useParams();
  const group = useQuery(groupQuery(groupId));
  const [adding, setAdding] = useState(false);
  const [meeting, setMeeting] = useState(false);
  if (group.isPending) return <LoadingState />;
  if (group.isError) return <ErrorState error={group.error} onRetry={() => void group.refetch()} />;
  const g = group.data;
  const canWrite = can('programme.write');
  const current = g.members.filter((m) => !m.leftOn);
  return (
    <Stack gap="md">
      <PageHeader back={{ to: '/network', label: t('leavers.title') }} title={<Script>{g.name}</Script>} description={[kinds.label(g.kind), g.meetingSchedule].filter(Boolean).join(' · ')} />
      <FiguresCard figures={g.figures} />
      <Section title={t('leavers.groups.members')} actions={canWrite && (
        <Button size="sm" variant="light" leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)} data-testid="group-add-member">{t('leavers.groups.addMember')}</Button>
      )}>
        {current.length === 0 ? <EmptyMessage title={t('leavers.groups.noMembers')} /> : current.map((m) => (
          <Paper key={m.id} withBorder p="xs" radius="md" data-testid="group-member">
            <PersonName person={m.person} link />
            <Text size="xs" c="dimmed">{t('leavers.groups.since', { date: fmt.date(m.joinedOn) })}</Text>
          </Paper>
        ))}
      </Section>
      <Section title={t('leavers.groups.meetings')} actions={canWrite && (
        <Button size="sm" variant="light" leftSection={<IconCalendarPlus size={16} />} onClick={() => setMeeting(true)} data-testid="group-meeting-new">{t('leavers.groups.newMeeting')}</Button>
      )}>
        {g.meetings.length === 0 ? <EmptyMessage title={t('leavers.groups.noMeetings')} /> : g.meetings.map((m) => (
          <Paper key={m.id} withBorder p="xs" radius="md" data-testid="group-meeting">
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <div style={{ minWidth: 0 }}>
                <AnchorLink to="/network/groups/$groupId/meetings/$meetingId" params={{ groupId: g.id, meetingId: m.id }} fw={600}>{fmt.date(m.heldOn)}</AnchorLink>
                {m.topic && <Text size="sm" lineClamp={1}>{m.topic}</Text>}
              </div>
              <Group gap={4} wrap="nowrap"><IconCheckbox size={16} aria-hidden /><Text size="sm">{fmt.number(m.presentIds.length)}</Text></Group>
            </Group>
          </Paper>
        ))}
      </Section>
      <AddMemberModal group={g} opened={adding} onClose={() => setAdding(false)} />
      <MeetingModal groupId={g.id} opened={meeting} onClose={() => setMeeting(false)} />
    </Stack>
  );
}

/** Only network members join a group: pick one of them. */
function AddMemberModal({ group, opened, onClose }: { group: TGroup; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const members = useQuery({ queryKey: ['leavers', 'list', 'all-active'], queryFn: () => api.get('/leavers', ZPage(ZLeaverSummary), { page: 1, pageSize: 100 }), enabled: opened });
  const add = useAddGroupMember();
  const [personId, setPersonId] = useState<string | null>(null);
  const inGroup = new Set(group.members.filter((m) => !m.leftOn).map((m) => m.person.id));
  const errors = fieldErrorsOf(t, add.error);
  const close = () => { add.reset(); setPersonId(null); onClose(); };
  return (
    <Modal opened={opened} onClose={close} title={t('leavers.groups.addMember')} centered>
      <Stack gap="sm">
        <Select label={t('leavers.groups.member')} searchable required data={(members.data?.items ?? []).filter((m) => !inGroup.has(m.person.id)).map((m) => ({ value: m.person.id, label: nameLine(m.person) }))}
          value={personId} onChange={setPersonId} error={errors.personId} nothingFoundMessage={t('leavers.groups.noneToAdd')} comboboxProps={{ withinPortal: true }} data-testid="group-member-pick" />
        <ErrorAlert error={errors.personId ? null : add.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
          <Button disabled={!personId} loading={add.isPending} data-testid="group-member-save"
            onClick={() => personId && void add.mutateAsync({ id: group.id, personId, joinedOn: todayLocal() }).then(close, () => undefined)}>
            {t('leavers.groups.addMember')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function MeetingModal({ groupId, opened, onClose }: { groupId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const record = useRecordGroupMeeting();
  const [heldOn, setHeldOn] = useState(todayLocal());
  const [topic, setTopic] = useState('');
  const [notes, setNotes] = useState('');
  const errors = fieldErrorsOf(t, record.error);
  const close = () => { record.reset(); setTopic(''); setNotes(''); onClose(); };
  const submit = async () => {
    const g = await record.mutateAsync({ id: groupId, heldOn, topic: topic.trim() || null, notes: notes.trim() || null });
    close();
    // The newest meeting of that day is the one just recorded.
    const m = g.meetings.find((x) => x.heldOn === heldOn);
    if (m) await navigate({ to: '/network/groups/$groupId/meetings/$meetingId', params: { groupId, meetingId: m.id } });
  };
  return (
    <Modal opened={opened} onClose={close} title={t('leavers.groups.newMeeting')} centered>
      <form onSubmit={(e) => { e.preventDefault(); void submit().catch(() => undefined); }} noValidate>
        <Stack gap="sm">
          <TextInput type="date" label={t('leavers.groups.heldOn')} required value={heldOn} onChange={(e) => setHeldOn(e.currentTarget.value)} error={errors.heldOn} />
          <TextInput label={t('leavers.groups.topic')} value={topic} onChange={(e) => setTopic(e.currentTarget.value)} />
          <Textarea label={t('leavers.groups.notes')} autosize minRows={3} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
          <ErrorAlert error={errors.heldOn ? null : record.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button type="submit" loading={record.isPending} data-testid="group-meeting-save">{t('leavers.groups.saveAndTick')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
