import type { TClubMeeting } from '@homeward/core';
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
import { Section } from '../../components/Section';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { fieldErrorsOf } from '../programmes/api';
import { clubMeetingQuery, clubQuery, useArchiveClubMeeting, useSaveClubAttendance, useUpdateClubMeeting } from './api';

const route = getRouteApi('/app/clubs/$clubId/meetings/$meetingId');

export function ClubMeetingPage() {
  return (
    <RequireAbility action="programme.read">
      <ClubMeeting />
    </RequireAbility>
  );
}

function ClubMeeting() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const { clubId, meetingId } = route.useParams();
  const club = useQuery(clubQuery(clubId));
  const meeting = useQuery(clubMeetingQuery(clubId, meetingId));
  const save = useSaveClubAttendance(clubId, meetingId);
  const archive = useArchiveClubMeeting();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [archiving, setArchiving] = useState(false);
  // Expected: the members on the day, then anyone else already ticked (walk-ins saved before).
  const expected = useMemo(() => {
    if (!club.data || !meeting.data) return [];
    const day = meeting.data.heldOn;
    const members = club.data.members.filter((m) => m.joinedOn <= day && (!m.leftOn || m.leftOn >= day)).map((m) => m.person);
    const ids = new Set(members.map((p) => p.id));
    return [...members, ...meeting.data.present.filter((p) => !ids.has(p.id))];
  }, [club.data, meeting.data]);
  if (club.isPending || meeting.isPending) return <LoadingState />;
  if (club.isError) return <ErrorState error={club.error} onRetry={() => void club.refetch()} />;
  if (meeting.isError) return <ErrorState error={meeting.error} onRetry={() => void meeting.refetch()} />;
  const m = meeting.data;
  const canWrite = can('programme.write') && !m.archivedAt;
  return (
    <Stack gap="md">
      <PageHeader back={{ to: `/clubs/${clubId}`, label: club.data.name }} title={t('clubs.meeting.title', { date: fmt.date(m.heldOn) })} />
      {m.archivedAt ? <Badge variant="light" color="gray" tt="none" w="fit-content">{t('clubs.archived')}</Badge> : canWrite && (
        <Group gap="xs">
          <Button size="sm" variant="light" onClick={() => setEditing(true)} data-testid="club-meeting-edit">{t('clubs.meeting.edit')}</Button>
          <Button size="sm" variant="subtle" color="red" onClick={() => setArchiving(true)} data-testid="club-meeting-archive">{t('clubs.archive')}</Button>
        </Group>
      )}
      {(m.agenda || m.activities || m.decisions) && (
        <Section title={t('clubs.meeting.notes')}>
          {m.agenda && <Field label={t('clubs.meeting.agenda')} text={m.agenda} />}
          {m.activities && <Field label={t('clubs.meeting.activities')} text={m.activities} />}
          {m.decisions && <Field label={t('clubs.meeting.decisions')} text={m.decisions} />}
        </Section>
      )}
      <AttendanceSheet people={expected} initialPresent={m.presentIds} onSave={(ids) => save.mutateAsync(ids)} readOnly={!canWrite} />
      {editing && <EditMeetingModal clubId={clubId} meeting={m} onClose={() => setEditing(false)} />}
      <ConfirmDialog
        opened={archiving}
        onClose={() => setArchiving(false)}
        title={t('clubs.meeting.archiveTitle')}
        message={t('clubs.meeting.archiveMessage')}
        confirmLabel={t('clubs.archive')}
        danger
        onConfirm={async () => {
          await archive.mutateAsync({ id: clubId, meetingId, version: m.version });
          await navigate({ to: '/clubs/$clubId', params: { clubId } });
        }}
      />
    </Stack>
  );
}

/** Correct a meeting's day and notes; the version read is sent, so someone else's change meanwhile is refused, not overwritten. */
function EditMeetingModal({ clubId, meeting, onClose }: { clubId: string; meeting: TClubMeeting; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateClubMeeting(clubId, meeting.id);
  const [heldOn, setHeldOn] = useState(meeting.heldOn);
  const [agenda, setAgenda] = useState(meeting.agenda ?? '');
  const [activities, setActivities] = useState(meeting.activities ?? '');
  const [decisions, setDecisions] = useState(meeting.decisions ?? '');
  const errors = fieldErrorsOf(t, update.error);
  const text = (s: string) => s.trim() || null;
  const submit = () => update.mutateAsync({ version: meeting.version, heldOn, agenda: text(agenda), activities: text(activities), decisions: text(decisions) }).then(onClose, () => undefined);
  return (
    <Modal opened onClose={onClose} title={t('clubs.meeting.edit')} centered>
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate>
        <Stack gap="sm">
          <TextInput type="date" label={t('clubs.meeting.heldOn')} required value={heldOn} onChange={(e) => setHeldOn(e.currentTarget.value)} error={errors.heldOn} />
          <Textarea label={t('clubs.meeting.agenda')} autosize minRows={2} value={agenda} onChange={(e) => setAgenda(e.currentTarget.value)} />
          <Textarea label={t('clubs.meeting.activities')} autosize minRows={2} value={activities} onChange={(e) => setActivities(e.currentTarget.value)} />
          <Textarea label={t('clubs.meeting.decisions')} autosize minRows={2} value={decisions} onChange={(e) => setDecisions(e.currentTarget.value)} />
          <ErrorAlert error={errors.heldOn ? null : update.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={update.isPending} data-testid="club-meeting-edit-save">{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function Field({ label, text }: { label: string; text: string }) {
  return (
    <div>
      <Text size="sm" fw={600}>{label}</Text>
      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>{text}</Text>
    </div>
  );
}
