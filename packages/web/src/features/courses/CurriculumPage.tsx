import type { TCourseTopic } from '@homeward/core';
import { Badge, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { RequireAbility } from '../../components/RequireAbility';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { useCan } from '../auth/session';
import { RefusalAlert } from '../scholarships/bits';
import { topicsQuery, useSavePlan } from './api';

export function CurriculumPage() {
  return (
    <RequireAbility action="programme.read">
      <Curriculum />
    </RequireAbility>
  );
}

function Curriculum() {
  const { t } = useTranslation();
  const can = useCan();
  const topics = useQuery(topicsQuery);
  return (
    <Stack gap="md">
      <PageHeader
        title={t('courses.topics.title')}
        description={t('courses.topics.intro')}
        back={{ to: '/courses', label: t('courses.nav') }}
        actions={can('lookup.manage') && <ButtonLink to="/admin/lists" variant="default">{t('courses.topics.editList')}</ButtonLink>}
      />
      {topics.isPending ? <LoadingState /> : topics.isError ? <ErrorState error={topics.error} onRetry={() => void topics.refetch()} /> : topics.data.length === 0 ? (
        <EmptyMessage title={t('courses.topics.title')} />
      ) : (
        <Stack gap="xs">{topics.data.map((topic) => <TopicCard key={topic.value} topic={topic} write={can('programme.write')} />)}</Stack>
      )}
    </Stack>
  );
}

function TopicCard({ topic, write }: { topic: TCourseTopic; write: boolean }) {
  const { t, i18n } = useTranslation();
  const save = useSavePlan();
  const [editing, setEditing] = useState(false);
  const [plan, setPlan] = useState(topic.plan ?? '');
  const km = i18n.language === 'km';
  return (
    <Card withBorder padding="sm" data-testid="curriculum-topic">
      <Group justify="space-between" gap="xs">
        <Stack gap={0}>
          <Text fw={600}>{km ? topic.km : topic.en}</Text>
          <Text size="sm" c="dimmed">{km ? topic.en : topic.km}</Text>
        </Stack>
        <Group gap={4}>
          {!topic.active && <Badge color="gray">{t('courses.topics.retired')}</Badge>}
          <Badge variant="light" color={topic.instrumentCode ? 'teal' : 'gray'}>{topic.instrumentCode ? t('courses.topics.questionnaire') : t('courses.topics.noQuestionnaire')}</Badge>
        </Group>
      </Group>
      {editing ? (
        <Stack gap="xs" mt="xs">
          <Textarea label={t('courses.topics.plan')} autosize minRows={3} value={plan} onChange={(e) => setPlan(e.currentTarget.value)} data-autofocus />
          <RefusalAlert error={save.error} />
          <Group gap="xs">
            <Button size="xs" loading={save.isPending} onClick={() => save.mutate({ topic: topic.value, plan: plan.trim() }, { onSuccess: () => setEditing(false) })}>{t('courses.topics.savePlan')}</Button>
            <Button size="xs" variant="default" onClick={() => { setPlan(topic.plan ?? ''); setEditing(false); }}>{t('common.cancel')}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap={4} mt="xs">
          <Text size="sm" c={topic.plan ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>{topic.plan ?? t('courses.topics.noPlan')}</Text>
          {write && <Group><Button size="xs" variant="subtle" onClick={() => setEditing(true)}>{t('courses.topics.editPlan')}</Button></Group>}
        </Stack>
      )}
    </Card>
  );
}
