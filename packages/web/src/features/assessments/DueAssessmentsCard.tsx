import type { TAssessmentSubjectType } from '@homeward/core';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { HomeCard, More, Nothing } from '../home/WorkLists';
import { dueAssessmentsQuery } from './api';
import { pick } from './logic';
import { StartAssessmentModal } from './StartAssessmentModal';
import { useLanguage } from './text';

type Starting = { subjectType: TAssessmentSubjectType; subjectId: string; caseId: string | null; instrumentId: string } | null;

/** Assessments due soon or overdue in my caseload, each one tap from starting. */
export function DueAssessmentsCard() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const language = useLanguage();
  const can = useCan();
  const due = useQuery({ ...dueAssessmentsQuery, enabled: can('assessment.read') });
  const [starting, setStarting] = useState<Starting>(null);
  if (!can('assessment.read')) return null;
  return (
    <HomeCard title={t('assessments.dueTitle')} count={due.data?.total} testId="home-assessments-due">
      {due.isPending ? (
        <LoadingState />
      ) : due.isError ? (
        <ErrorState error={due.error} onRetry={() => void due.refetch()} />
      ) : due.data.items.length === 0 ? (
        <Nothing>{t('assessments.noneDue')}</Nothing>
      ) : (
        <Stack gap={4}>
          {due.data.items.map((d) => (
            <Group key={`${d.subjectId}-${d.instrumentCode}`} justify="space-between" gap="xs" wrap="wrap" py={4} data-testid="due-assessment">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Group gap={6} wrap="wrap">
                  {d.subjectType === 'person' ? (
                    <AnchorLink to="/people/$personId" params={{ personId: d.subjectId }} size="sm" fw={600}>
                      {d.subjectName}
                    </AnchorLink>
                  ) : d.subjectType === 'household' ? (
                    <AnchorLink to="/households/$householdId" params={{ householdId: d.subjectId }} size="sm" fw={600}>
                      {d.subjectName}
                    </AnchorLink>
                  ) : (
                    <Text size="sm" fw={600}>
                      {d.subjectName}
                    </Text>
                  )}
                  {d.caseNumber && (
                    <Text size="xs" c="dimmed" ff="monospace" lang="en">
                      {d.caseNumber}
                    </Text>
                  )}
                </Group>
                <Text size="xs" c="dimmed" lang={language}>
                  {pick(d.instrumentName, language)} · {d.lastAssessedOn ? t('assessments.lastOn', { date: fmt.date(d.lastAssessedOn) }) : t('assessments.neverAssessed')}
                </Text>
              </Stack>
              <Group gap={6} wrap="nowrap">
                <Badge color={d.overdue ? 'red' : 'yellow'} variant={d.overdue ? 'filled' : 'light'}>
                  {d.overdue ? t('assessments.overdueSince', { date: fmt.date(d.dueOn) }) : t('assessments.dueOn', { date: fmt.date(d.dueOn) })}
                </Badge>
                {can('assessment.write') && (
                  <Button size="compact-sm" variant="light" onClick={() => setStarting({ subjectType: d.subjectType, subjectId: d.subjectId, caseId: d.caseId, instrumentId: d.instrumentId })}>
                    {t('assessments.startShort')}
                  </Button>
                )}
              </Group>
            </Group>
          ))}
          <More shown={due.data.items.length} total={due.data.total} />
        </Stack>
      )}
      {starting && (
        <StartAssessmentModal
          opened
          onClose={() => setStarting(null)}
          subjects={[{ type: starting.subjectType, id: starting.subjectId }]}
          caseId={starting.caseId ?? undefined}
          instrumentId={starting.instrumentId}
        />
      )}
    </HomeCard>
  );
}
