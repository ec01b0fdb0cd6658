import type { TGroupMeeting } from '@homeward/core';
import { Badge, Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AttendanceSheet } from '../../components/AttendanceSheet';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { RequireAbility } from '../../components/RequireAbility';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { fieldErrorsOf } from '../programmes/api';
import { groupQuery, useArchiveGroupMeeting, useSaveGroupAttendance, useUpdateGroupMeeting } from './api';

const route = getRouteApi('/app/network/groups/$groupId/meetings/$meetingId');

export function GroupMeetingPage() {
  return (
    <RequireAbility action="programme.read">
      <GroupMeeting />
    </RequireAbility>
  );
}

function GroupMeeting() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const navigate = useNavigate();
  const { groupId, meetingId } = route.useParams();
  // With archived meetings, so an archived one still opens (read-only).
  const group = useQuery(groupQuery(groupId, true));
  const save = useSaveGroupAttendance(groupId, meetingId);
  const archive = useArchiveGroupMeeting();
  const [editing, setEditing] = useState(false);
  const [archiving, setArchiving] = useState(false);
  const meeting = group.data?.meetings.find((m) => m.id === meetingId);
  // Expected: the members on the day, then anyone else already ticked (walk-ins saved before), by name.
  const expected = useMemo(() => {
    if (!group.data || !meeting) return [];
    const day = meeting.heldOn;
    const members = group.data.members.filter((m) => m.joinedOn <= day && (!m.leftOn || m.leftOn >= day)).map((m) => m.person);
    const ids = new Set(members.map((p) => p.id));
    return [...members, ...meeting.present.filter((p) => !ids.has(p.id))];
  }, [group.data, meeting]);
  if (group.isPending) return <LoadingState />;
  if (group.isError) return <ErrorState error={group.error} onRetry={() => void group.refetch()} />;
  if (!meeting) return <EmptyMessage title={t('common.notFoundTitle')} description={t('common.notFound')} />;
  const canWrite = can('programme.write') && !meeting.archivedAt;
  return (
    <Stack gap="md">
      <PageHeader back={{ to: `/network/groups/${groupId}`, label: group.data.name }} title={t('leavers.groups.meetingTitle', { date: fmt.date(meeting.heldOn) })}
        description={meeting.topic ?? undefined} />
      {meeting.archivedAt ? <Badge variant="light" color="gray" tt="none" w="fit-content">{t('leavers.groups.archived')}</Badge> : canWrite && (
        <Group gap="xs">
          <Button size="sm" variant="light" onClick={() => setEditing(true)} data-testid="group-meeting-edit">{t('leavers.groups.editMeeting')}</Button>
          <Button size="sm" variant="subtle" color="red" onClick={() => setArchiving(true)} data-testid="group-meeting-archive">{t('leavers.groups.archive')}</Button>
        </Group>
      )}
      {meeting.notes && <Text size="sm" style={{ whiteSpace: 'pre-line' }}>{meeting.notes}</Text>}
      <AttendanceSheet people={expected} initialPresent={meeting.presentIds} onSave={(ids) => save.mutateAsync(ids)} readOnly={!canWrite} />
      {editing && <EditMeetingModal groupId={groupId} meeting={meeting} onClose={() => setEditing(false)} />}
      <ConfirmDialog
        opened={archiving}
        onClose={() => setArchiving(false)}
        title={t('leavers.groups.archiveTitle')}
        message={t('leavers.groups.archiveMessage')}
        confirmLabel={t('leavers.groups.archive')}
        danger
        onConfirm={async () => {
          await archive.mutateAsync({ id: groupId, meetingId, version: meeting.version });
          await navigate({ to: '/network/groups/$groupId', params: { groupId } });
        }}
      />
    </Stack>
  );
}

/** Correct a meeting's day, topic or notes; the version read is sent, so someone else's change meanwhile is refused, not overwritten. */
function EditMeetingModal({ groupId, meeting, onClose }: { groupId: string; meeting: TGroupMeeting; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateGroupMeeting();
  const [heldOn, setHeldOn] = useState(meeting.heldOn);
  const [topic, setTopic] = useState(meeting.topic ?? '');
  const [notes, setNotes] = useState(meeting.notes ?? '');
  const errors = fieldErrorsOf(t, update.error);
  const submit = () => update.mutateAsync({ id: groupId, meetingId: meeting.id, version: meeting.version, heldOn, topic: topic.trim() || null, notes: notes.trim() || null })
    .then(onClose, () => undefined);
  return (
    <Modal opened onClose={onClose} title={t('leavers.groups.editMeeting')} centered>
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate>
        <Stack gap="sm">
          <TextInput type="date" label={t('leavers.groups.heldOn')} required value={heldOn} onChange={(e) => setHeldOn(e.currentTarget.value)} error={errors.heldOn} />
          <TextInput label={t('leavers.groups.topic')} value={topic} onChange={(e) => setTopic(e.currentTarget.value)} />
          <Textarea label={t('leavers.groups.notes')} autosize minRows={3} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
          <ErrorAlert error={errors.heldOn ? null : update.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={update.isPending} data-testid="group-meeting-edit-save">{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
