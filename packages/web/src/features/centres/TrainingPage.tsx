import { Badge, Button, Group, Paper, Stack, Tabs, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { RequireAbility } from '../../components/RequireAbility';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { useLookupList } from '../people/lookups';
import { trainingQuery } from './events-api';
import { TrainingAttendance } from './TrainingAttendance';
import { TrainingEvaluation } from './TrainingEvaluation';
import { TrainingForm } from './TrainingFormPage';
import { TrainingParticipants } from './TrainingParticipants';

const route = getRouteApi('/app/centres/trainings/$trainingId');

export function TrainingPage() {
  return (
    <RequireAbility action="centre.read">
      <Training />
    </RequireAbility>
  );
}

/** One training event: its facts, participants, attendance by day and evaluation. */
function Training() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const topics = useLookupList('training_topic');
  const { trainingId } = route.useParams();
  const event = useQuery(trainingQuery(trainingId));
  const [editing, setEditing] = useState(false);
  if (event.isPending) return <LoadingState />;
  if (event.isError) return <ErrorState error={event.error} onRetry={() => void event.refetch()} />;
  const e = event.data;
  const dates = e.startsOn === e.endsOn ? fmt.date(e.startsOn) : `${fmt.date(e.startsOn)} – ${fmt.date(e.endsOn)}`;
  const writable = can('centre.write');

  return (
    <Stack gap="md">
      <PageHeader
        back={{ to: '/centres/trainings', label: t('centres.training.title') }}
        title={e.title}
        description={[t(`centres.training.kinds.${e.kind}`), dates, e.venue].filter(Boolean).join(' · ')}
        actions={writable && !editing && (
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)} data-testid="training-edit">
            {t('centres.training.edit')}
          </Button>
        )}
      />
      <Paper withBorder p="md">
        {editing ? (
          <TrainingForm event={e} onDone={() => setEditing(false)} />
        ) : (
          <Stack gap={6}>
            {e.topics.length > 0 && (
              <Group gap={6}>
                {e.topics.map((topic) => <Badge key={topic} variant="light" tt="none">{topics.label(topic)}</Badge>)}
              </Group>
            )}
            <Text size="sm">
              <Text span c="dimmed">{t('centres.training.audiences')}: </Text>
              {e.audiences.map((a) => t(`centres.audiences.${a}`)).join(', ')}
            </Text>
            {e.trainers && <Text size="sm"><Text span c="dimmed">{t('centres.training.trainers')}: </Text>{e.trainers}</Text>}
            {e.notes && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{e.notes}</Text>}
          </Stack>
        )}
      </Paper>
      <Tabs defaultValue="participants" keepMounted={false}>
        <Tabs.List grow>
          <Tabs.Tab value="participants" data-testid="training-tab-participants">{t('centres.training.participants')} ({fmt.number(e.participants.length)})</Tabs.Tab>
          <Tabs.Tab value="attendance" data-testid="training-tab-attendance">{t('centres.training.attendance')}</Tabs.Tab>
          <Tabs.Tab value="evaluation" data-testid="training-tab-evaluation">{t('centres.training.evaluationTitle')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="participants" pt="md"><TrainingParticipants event={e} writable={writable} /></Tabs.Panel>
        <Tabs.Panel value="attendance" pt="md"><TrainingAttendance event={e} writable={writable} /></Tabs.Panel>
        <Tabs.Panel value="evaluation" pt="md"><TrainingEvaluation event={e} writable={writable} /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
