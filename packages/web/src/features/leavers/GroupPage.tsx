import type { TGroup, TProgrammePerson } from '@homeward/core';
import { Badge, Button, Group, Modal, Paper, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { IconCalendarPlus, IconCheckbox, IconUserPlus } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { ProgrammePersonSelect } from '../../components/ProgrammePersonSelect';
import { RequireAbility } from '../../components/RequireAbility';
import { Section } from '../../components/Section';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { useLookupList } from '../people/lookups';
import { PersonName, Script } from '../people/PersonBits';
import { fieldErrorsOf, todayLocal } from '../programmes/api';
import { FiguresCard } from '../programmes/FiguresCard';
import { groupQuery, networkMembers, useAddGroupMember, useEndGroupMember, useRecordGroupMeeting } from './api';

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
  // Archived meetings are hidden unless asked for.
  const [showArchived, setShowArchived] = useState(false);
  const group = useQuery({ ...groupQuery(groupId, showArchived), placeholderData: keepPreviousData });
  const [adding, setAdding] = useState(false);
  const [meeting, setMeeting] = useState(false);
  const [leaving, setLeaving] = useState<TGroup['members'][number] | null>(null);
  const [showPast, setShowPast] = useState(false);
  if (group.isPending) return <LoadingState />;
  if (group.isError) return <ErrorState error={group.error} onRetry={() => void group.refetch()} />;
  const g = group.data;
  const canWrite = can('programme.write');
  const current = g.members.filter((m) => !m.leftOn);
  const shownMembers = showPast ? g.members : current;
  return (
    <Stack gap="md">
      <PageHeader back={{ to: '/network', label: t('leavers.title') }} title={<Script>{g.name}</Script>} description={[kinds.label(g.kind), g.meetingSchedule].filter(Boolean).join(' · ')} />
      <FiguresCard figures={g.figures} />
      <Section title={t('leavers.groups.members')} actions={canWrite && (
        <Button size="sm" variant="light" leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)} data-testid="group-add-member">{t('leavers.groups.addMember')}</Button>
      )}>
        {g.members.length > current.length && (
          <Switch label={t('leavers.groups.showPast')} checked={showPast} onChange={(e) => setShowPast(e.currentTarget.checked)} data-testid="group-show-past" />
        )}
        {shownMembers.length === 0 ? <EmptyMessage title={t('leavers.groups.noMembers')} /> : shownMembers.map((m) => (
          <Paper key={m.id} withBorder p="xs" radius="md" data-testid="group-member">
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <div style={{ minWidth: 0 }}>
                <PersonName person={m.person} link />
                <Text size="xs" c="dimmed">
                  {m.leftOn ? t('leavers.groups.memberFromTo', { from: fmt.date(m.joinedOn), to: fmt.date(m.leftOn) }) : t('leavers.groups.since', { date: fmt.date(m.joinedOn) })}
                </Text>
              </div>
              {m.leftOn ? <Badge variant="light" color="gray" tt="none" style={{ flexShrink: 0 }}>{t('leavers.groups.left')}</Badge> : canWrite && <Button size="compact-sm" variant="subtle" color="red" onClick={() => setLeaving(m)} data-testid="group-member-leave">{t('leavers.groups.leave')}</Button>}
            </Group>
          </Paper>
        ))}
      </Section>
      <Section title={t('leavers.groups.meetings')} actions={canWrite && (
        <Button size="sm" variant="light" leftSection={<IconCalendarPlus size={16} />} onClick={() => setMeeting(true)} data-testid="group-meeting-new">{t('leavers.groups.newMeeting')}</Button>
      )}>
        <Switch label={t('leavers.groups.showArchived')} checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} data-testid="group-show-archived" />
        {g.meetings.length === 0 ? <EmptyMessage title={t('leavers.groups.noMeetings')} /> : g.meetings.map((m) => (
          <Paper key={m.id} withBorder p="xs" radius="md" data-testid="group-meeting">
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <div style={{ minWidth: 0 }}>
                <AnchorLink to="/network/groups/$groupId/meetings/$meetingId" params={{ groupId: g.id, meetingId: m.id }} fw={600}>{fmt.date(m.heldOn)}</AnchorLink>
                {m.topic && <Text size="sm" lineClamp={1}>{m.topic}</Text>}
                {m.archivedAt && <Badge variant="light" color="gray" tt="none">{t('leavers.groups.archived')}</Badge>}
              </div>
              <Group gap={4} wrap="nowrap"><IconCheckbox size={16} aria-hidden /><Text size="sm">{fmt.number(m.presentIds.length)}</Text></Group>
            </Group>
          </Paper>
        ))}
      </Section>
      <AddMemberModal group={g} opened={adding} onClose={() => setAdding(false)} />
      <MeetingModal groupId={g.id} opened={meeting} onClose={() => setMeeting(false)} />
      {leaving && <LeaveModal group={g} member={leaving} onClose={() => setLeaving(null)} />}
    </Stack>
  );
}

/** Only network members join a group: find one by name (the first few show before typing). */
function AddMemberModal({ group, opened, onClose }: { group: TGroup; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useAddGroupMember();
  const [person, setPerson] = useState<TProgrammePerson | null>(null);
  const inGroup = group.members.filter((m) => !m.leftOn).map((m) => m.person.id);
  const errors = fieldErrorsOf(t, add.error);
  const close = () => { add.reset(); setPerson(null); onClose(); };
  return (
    <Modal opened={opened} onClose={close} title={t('leavers.groups.addMember')} centered>
      <Stack gap="sm">
        <ProgrammePersonSelect label={t('leavers.groups.member')} source={networkMembers} exclude={inGroup} value={person} onChange={setPerson}
          typeHint={t('leavers.groups.noneToAdd')} error={errors.personId} testId="group-member-pick" />
        <ErrorAlert error={errors.personId ? null : add.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
          <Button disabled={!person} loading={add.isPending} data-testid="group-member-save"
            onClick={() => person && void add.mutateAsync({ id: group.id, personId: person.id, joinedOn: todayLocal() }).then(close, () => undefined)}>
            {t('leavers.groups.addMember')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** A member leaves the group on a day; the membership stays in the group's history. */
function LeaveModal({ group, member, onClose }: { group: TGroup; member: TGroup['members'][number]; onClose: () => void }) {
  const { t } = useTranslation();
  const end = useEndGroupMember();
  const [leftOn, setLeftOn] = useState(todayLocal());
  const errors = fieldErrorsOf(t, end.error);
  return (
    <Modal opened onClose={onClose} title={t('leavers.groups.leaveTitle')} centered>
      <Stack gap="sm">
        <PersonName person={member.person} />
        <Text size="sm">{t('leavers.groups.leaveConfirm')}</Text>
        <TextInput type="date" label={t('leavers.groups.leftOn')} required value={leftOn} onChange={(e) => setLeftOn(e.currentTarget.value)} error={errors.leftOn} />
        <ErrorAlert error={errors.leftOn ? null : end.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button color="red" loading={end.isPending} data-testid="group-member-leave-save"
            onClick={() => void end.mutateAsync({ id: group.id, memberId: member.id, leftOn }).then(onClose, () => undefined)}>
            {t('leavers.groups.leave')}
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
