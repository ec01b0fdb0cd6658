import type { TClub, TElection } from '@homeward/core';
import { Badge, Button, Group, Modal, Paper, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { IconCalendarPlus, IconCheckbox } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { RequireAbility } from '../../components/RequireAbility';
import { Section } from '../../components/Section';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { useLookupList } from '../people/lookups';
import { PersonName, Script } from '../people/PersonBits';
import { fieldErrorsOf, todayLocal } from '../programmes/api';
import { FiguresCard } from '../programmes/FiguresCard';
import { clubQuery, useArchiveElection, useRecordClubMeeting, useUpdateClub } from './api';
import { ElectionModal } from './ElectionModal';
import { MembersSection } from './MembersSection';

const route = getRouteApi('/app/clubs/$clubId');

export function ClubPage() {
  return (
    <RequireAbility action="programme.read">
      <Club />
    </RequireAbility>
  );
}

function Club() {
  const { t } = useTranslation();
  const { clubId } = route.useParams();
  const can = useCan();
  // Archived meetings and elections are hidden unless asked for; the switch sits in the meetings section.
  const [showArchived, setShowArchived] = useState(false);
  const club = useQuery({ ...clubQuery(clubId, showArchived), placeholderData: keepPreviousData });
  if (club.isPending) return <LoadingState />;
  if (club.isError) return <ErrorState error={club.error} onRetry={() => void club.refetch()} />;
  const c = club.data;
  const canWrite = can('programme.write');
  return (
    <Stack gap="md">
      <PageHeader back={{ to: '/clubs', label: t('clubs.title') }} title={<Script>{c.name}</Script>} description={<Script>{c.centreName}</Script>} />
      <FiguresCard figures={c.figures} />
      <ScheduleSection club={c} canWrite={canWrite} />
      <CommitteeSection club={c} canWrite={canWrite} />
      <MembersSection club={c} canWrite={canWrite} />
      <MeetingsSection club={c} canWrite={canWrite} showArchived={showArchived} onShowArchived={setShowArchived} />
    </Stack>
  );
}

function ScheduleSection({ club, canWrite }: { club: TClub; canWrite: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateClub();
  const [editing, setEditing] = useState(false);
  const [schedule, setSchedule] = useState(club.meetingSchedule ?? '');
  return (
    <Section title={t('clubs.schedule')} actions={canWrite && !editing && (
      <Button size="sm" variant="subtle" onClick={() => { setSchedule(club.meetingSchedule ?? ''); setEditing(true); }}>{t('clubs.editSchedule')}</Button>
    )}>
      {editing ? (
        <Stack gap="xs">
          <Textarea aria-label={t('clubs.schedule')} description={t('clubs.scheduleHint')} autosize minRows={2} value={schedule} onChange={(e) => setSchedule(e.currentTarget.value)} />
          <ErrorAlert error={update.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => { update.reset(); setEditing(false); }}>{t('common.cancel')}</Button>
            <Button loading={update.isPending}
              onClick={() => void update.mutateAsync({ id: club.id, version: club.version, meetingSchedule: schedule.trim() || null }).then(() => setEditing(false), () => undefined)}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Text c={club.meetingSchedule ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-line' }}>{club.meetingSchedule ?? t('clubs.noSchedule')}</Text>
      )}
    </Section>
  );
}

function CommitteeSection({ club, canWrite }: { club: TClub; canWrite: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const positions = useLookupList('club_position');
  const [electing, setElecting] = useState(false);
  const [correcting, setCorrecting] = useState<TElection | null>(null);
  const [archiving, setArchiving] = useState<TElection | null>(null);
  const archive = useArchiveElection();
  const latest = club.elections.find((e) => !e.archivedAt);
  return (
    <Section
      title={t('clubs.committee')}
      description={latest ? t('clubs.electedOn', { date: fmt.date(latest.heldOn) }) : undefined}
      actions={canWrite && <Button size="sm" variant="light" onClick={() => setElecting(true)} data-testid="club-election">{t('clubs.election.title')}</Button>}
    >
      {club.committee.length === 0 ? (
        <EmptyMessage title={t('clubs.noCommittee')} description={canWrite ? t('clubs.noCommitteeHint') : undefined} />
      ) : (
        <Stack gap="xs" data-testid="club-committee">
          {club.committee.map((m) => (
            <Group key={`${m.position}-${m.person.id}`} gap="sm" wrap="nowrap">
              <Badge variant="light" tt="none" miw={96}>{positions.label(m.position)}</Badge>
              <PersonName person={m.person} link />
            </Group>
          ))}
        </Stack>
      )}
      {club.elections.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>{t('clubs.elections')}</Text>
          {club.elections.map((e) => (
            <Group key={e.id} gap="xs" justify="space-between" wrap="wrap" data-testid="club-election-row">
              <Text size="sm" c="dimmed" style={{ flex: '1 1 12rem' }}>
                {fmt.date(e.heldOn)} · {t('clubs.election.summary', { candidates: fmt.number(e.candidates.length), elected: fmt.number(e.candidates.filter((c) => c.elected).length) })}
              </Text>
              {e.archivedAt ? <Badge variant="light" color="gray" tt="none">{t('clubs.archived')}</Badge> : canWrite && (
                <Group gap={4} wrap="nowrap">
                  <Button size="compact-sm" variant="subtle" onClick={() => setCorrecting(e)} data-testid="club-election-correct">{t('clubs.election.correct')}</Button>
                  <Button size="compact-sm" variant="subtle" color="red" onClick={() => setArchiving(e)} data-testid="club-election-archive">{t('clubs.archive')}</Button>
                </Group>
              )}
            </Group>
          ))}
        </Stack>
      )}
      <ElectionModal club={club} opened={electing} onClose={() => setElecting(false)} />
      {correcting && <ElectionModal key={correcting.id} club={club} election={correcting} opened onClose={() => setCorrecting(null)} />}
      <ConfirmDialog
        opened={archiving !== null}
        onClose={() => setArchiving(null)}
        title={t('clubs.election.archiveTitle')}
        message={t('clubs.election.archiveMessage', { date: archiving ? fmt.date(archiving.heldOn) : '' })}
        confirmLabel={t('clubs.archive')}
        danger
        onConfirm={() => (archiving ? archive.mutateAsync({ id: club.id, electionId: archiving.id, version: archiving.version }) : Promise.resolve())}
      />
    </Section>
  );
}

function MeetingsSection({ club, canWrite, showArchived, onShowArchived }: { club: TClub; canWrite: boolean; showArchived: boolean; onShowArchived: (show: boolean) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [recording, setRecording] = useState(false);
  return (
    <Section
      title={t('clubs.meetings')}
      actions={canWrite && (
        <Button size="sm" variant="light" leftSection={<IconCalendarPlus size={16} />} onClick={() => setRecording(true)} data-testid="club-meeting-new">
          {t('clubs.meeting.new')}
        </Button>
      )}
    >
      <Switch label={t('clubs.showArchived')} checked={showArchived} onChange={(e) => onShowArchived(e.currentTarget.checked)} data-testid="club-show-archived" />
      {club.meetings.length === 0 ? (
        <EmptyMessage title={t('clubs.noMeetingsYet')} />
      ) : club.meetings.map((m) => (
        <Paper key={m.id} withBorder p="xs" radius="md" data-testid="club-meeting">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <div style={{ minWidth: 0 }}>
              <AnchorLink to="/clubs/$clubId/meetings/$meetingId" params={{ clubId: club.id, meetingId: m.id }} fw={600}>{fmt.date(m.heldOn)}</AnchorLink>
              {m.agenda && <Text size="sm" lineClamp={1}>{m.agenda}</Text>}
              {m.archivedAt && <Badge variant="light" color="gray" tt="none">{t('clubs.archived')}</Badge>}
            </div>
            <Group gap={4} wrap="nowrap">
              <IconCheckbox size={16} aria-hidden />
              <Text size="sm">{fmt.number(m.presentIds.length)}</Text>
            </Group>
          </Group>
        </Paper>
      ))}
      <MeetingModal clubId={club.id} opened={recording} onClose={() => setRecording(false)} />
    </Section>
  );
}

function MeetingModal({ clubId, opened, onClose }: { clubId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const record = useRecordClubMeeting();
  const [heldOn, setHeldOn] = useState(todayLocal());
  const [agenda, setAgenda] = useState('');
  const [activities, setActivities] = useState('');
  const [decisions, setDecisions] = useState('');
  const errors = fieldErrorsOf(t, record.error);
  const close = () => {
    record.reset();
    onClose();
  };
  const submit = async () => {
    const text = (s: string) => s.trim() || null;
    const m = await record.mutateAsync({ id: clubId, heldOn, agenda: text(agenda), activities: text(activities), decisions: text(decisions) });
    close();
    await navigate({ to: '/clubs/$clubId/meetings/$meetingId', params: { clubId, meetingId: m.id } });
  };
  return (
    <Modal opened={opened} onClose={close} title={t('clubs.meeting.new')} centered>
      <form onSubmit={(e) => { e.preventDefault(); void submit().catch(() => undefined); }} noValidate>
        <Stack gap="sm">
          <TextInput type="date" label={t('clubs.meeting.heldOn')} required value={heldOn} onChange={(e) => setHeldOn(e.currentTarget.value)} error={errors.heldOn} />
          <Textarea label={t('clubs.meeting.agenda')} autosize minRows={2} value={agenda} onChange={(e) => setAgenda(e.currentTarget.value)} data-testid="meeting-agenda" />
          <Textarea label={t('clubs.meeting.activities')} autosize minRows={2} value={activities} onChange={(e) => setActivities(e.currentTarget.value)} />
          <Textarea label={t('clubs.meeting.decisions')} autosize minRows={2} value={decisions} onChange={(e) => setDecisions(e.currentTarget.value)} />
          <ErrorAlert error={errors.heldOn ? null : record.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button type="submit" loading={record.isPending} data-testid="meeting-save">{t('clubs.meeting.saveAndTick')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
