import { Box, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section';
import { useFormat } from '../../lib/useFormat';
import { displayName } from '../people/display';
import { useLookupList } from '../people/lookups';
import { courseResultsQuery } from './api';

/**
 * Pre and post totals of each topic's questionnaire as paired bars per young person, scaled to
 * the highest total shown: a plain picture that reads the same in both scripts and at 360 px.
 */
export function CourseResults({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const topics = useLookupList('life_skills_topic');
  const results = useQuery(courseResultsQuery(courseId));
  if (!results.data) return null;
  const signed = (n: number) => `${n > 0 ? '+' : ''}${fmt.number(n)}`;
  return (
    <Section title={t('courses.detail.results')} description={t('courses.detail.takeQuestionnaire')}>
      {results.data.topics.length === 0 ? <Text size="sm" c="dimmed">{t('courses.detail.noResults')}</Text> : (
        <Stack gap="sm">
          {results.data.topics.map((topic) => {
            const max = Math.max(1, ...topic.people.flatMap((p) => [p.pre ?? 0, p.post ?? 0]));
            return (
              <Card key={topic.topic} withBorder padding="sm" data-testid="course-results">
                <Group justify="space-between" mb="xs">
                  <Text fw={600}>{topics.label(topic.topic)}</Text>
                  <Text size="sm">{topic.meanChange === null ? t('courses.detail.noScores') : t('courses.detail.meanChange', { value: signed(topic.meanChange) })}</Text>
                </Group>
                <Group gap="md" mb="xs">
                  <Legend colour="var(--mantine-color-gray-5)" label={t('courses.detail.pre')} />
                  <Legend colour="var(--mantine-color-teal-6)" label={t('courses.detail.post')} />
                </Group>
                <Stack gap={8}>
                  {topic.people.filter((p) => p.pre !== null || p.post !== null).map((p) => (
                    <Stack key={p.person.id} gap={2}>
                      <Group justify="space-between" gap="xs" wrap="nowrap">
                        <Text size="sm" truncate>{displayName(p.person).primary}</Text>
                        <Text size="sm" fw={600}>{p.change === null ? '' : `${t('courses.detail.change')} ${signed(p.change)}`}</Text>
                      </Group>
                      <Bar value={p.pre} max={max} colour="var(--mantine-color-gray-5)" empty={t('courses.detail.notTaken')} format={fmt.number} />
                      <Bar value={p.post} max={max} colour="var(--mantine-color-teal-6)" empty={t('courses.detail.notTaken')} format={fmt.number} />
                    </Stack>
                  ))}
                </Stack>
              </Card>
            );
          })}
        </Stack>
      )}
    </Section>
  );
}

function Legend({ colour, label }: { colour: string; label: string }) {
  return (
    <Group gap={4}>
      <Box w={12} h={12} style={{ background: colour, borderRadius: 2 }} />
      <Text size="xs">{label}</Text>
    </Group>
  );
}

function Bar({ value, max, colour, empty, format }: { value: number | null; max: number; colour: string; empty: string; format: (n: number) => string }) {
  if (value === null) return <Text size="xs" c="dimmed">{empty}</Text>;
  return (
    <Group gap={6} wrap="nowrap">
      <Box h={10} style={{ width: `${Math.max(2, (value / max) * 85)}%`, background: colour, borderRadius: 3 }} />
      <Text size="xs">{format(value)}</Text>
    </Group>
  );
}
