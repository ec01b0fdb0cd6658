import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AttendanceSheet } from '../../components/AttendanceSheet';
import { PageHeader } from '../../components/PageHeader';
import { RequireAbility } from '../../components/RequireAbility';
import { Section } from '../../components/Section';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { clubMeetingQuery, clubQuery, useSaveClubAttendance } from './api';

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
  return (
    <Stack gap="md">
      <PageHeader back={{ to: `/clubs/${clubId}`, label: club.data.name }} title={t('clubs.meeting.title', { date: fmt.date(m.heldOn) })} />
      {(m.agenda || m.activities || m.decisions) && (
        <Section title={t('clubs.meeting.notes')}>
          {m.agenda && <Field label={t('clubs.meeting.agenda')} text={m.agenda} />}
          {m.activities && <Field label={t('clubs.meeting.activities')} text={m.activities} />}
          {m.decisions && <Field label={t('clubs.meeting.decisions')} text={m.decisions} />}
        </Section>
      )}
      <AttendanceSheet people={expected} initialPresent={m.presentIds} onSave={(ids) => save.mutateAsync(ids)} readOnly={!can('programme.write')} />
    </Stack>
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
