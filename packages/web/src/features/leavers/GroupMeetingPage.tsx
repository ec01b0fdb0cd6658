import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AttendanceSheet } from '../../components/AttendanceSheet';
import { PageHeader } from '../../components/PageHeader';
import { RequireAbility } from '../../components/RequireAbility';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { groupQuery, useSaveGroupAttendance } from './api';

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
  const { groupId, meetingId } = route.useParams();
  const group = useQuery(groupQuery(groupId));
  const save = useSaveGroupAttendance(groupId, meetingId);
  const meeting = group.data?.meetings.find((m) => m.id === meetingId);
  const expected = useMemo(() => {
    if (!group.data || !meeting) return [];
    const day = meeting.heldOn;
    return group.data.members.filter((m) => m.joinedOn <= day && (!m.leftOn || m.leftOn >= day)).map((m) => m.person);
  }, [group.data, meeting]);
  if (group.isPending) return <LoadingState />;
  if (group.isError) return <ErrorState error={group.error} onRetry={() => void group.refetch()} />;
  if (!meeting) return <EmptyMessage title={t('common.notFoundTitle')} description={t('common.notFound')} />;
  return (
    <Stack gap="md">
      <PageHeader back={{ to: `/network/groups/${groupId}`, label: group.data.name }} title={t('leavers.groups.meetingTitle', { date: fmt.date(meeting.heldOn) })}
        description={meeting.topic ?? undefined} />
      {meeting.notes && <Text size="sm" style={{ whiteSpace: 'pre-line' }}>{meeting.notes}</Text>}
      <AttendanceSheet people={expected} initialPresent={meeting.presentIds} onSave={(ids) => save.mutateAsync(ids)} readOnly={!can('programme.write')} />
    </Stack>
  );
}
