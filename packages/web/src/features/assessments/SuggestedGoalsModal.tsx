import type { TSuggestedGoal } from '@homeward/core';
import { Alert, Badge, Button, Checkbox, Group, Modal, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { assessmentsQuery, suggestedGoalsQuery } from './api';
import { pick, type Language } from './logic';
import { useLanguage } from './text';

type Choice = { goal: TSuggestedGoal; text: string; checked: boolean };

/**
 * "Add goals from assessment" (MoSVY form 3): pick a submitted assessment of the child, see the
 * items scored low with a proposed goal and the reason given, tick and edit, and hand the texts
 * to the plan being drafted.
 */
export function SuggestedGoalsModal({ opened, onClose, caseId, childId, onAdd }: { opened: boolean; onClose: () => void; caseId: string; childId: string; onAdd: (goals: string[]) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const language = useLanguage();
  const ofCase = useQuery({ ...assessmentsQuery({ caseId, status: 'submitted' }), enabled: opened });
  const ofChild = useQuery({ ...assessmentsQuery({ subjectType: 'person', subjectId: childId, status: 'submitted' }), enabled: opened });
  const all = [...new Map([...(ofCase.data?.items ?? []), ...(ofChild.data?.items ?? [])].map((a) => [a.id, a])).values()].sort((a, b) => b.assessedOn.localeCompare(a.assessedOn));
  const [chosen, setChosen] = useState<string | null>(null);
  const current = chosen ?? all[0]?.id ?? null;

  useEffect(() => {
    if (!opened) setChosen(null);
  }, [opened]);

  const failed = ofCase.error ?? ofChild.error;
  return (
    <Modal opened={opened} onClose={onClose} title={t('assessments.goalsTitle')} size="lg" centered>
      {failed ? (
        <ErrorState error={failed} />
      ) : ofCase.isPending || ofChild.isPending ? (
        <LoadingState />
      ) : all.length === 0 ? (
        <EmptyMessage title={t('assessments.goalsNoAssessment')} description={t('assessments.goalsNoAssessmentHint')} />
      ) : (
        <Stack>
          <Select
            label={t('assessments.goalsFrom')}
            data={all.map((a) => ({ value: a.id, label: `${fmt.date(a.assessedOn)} · ${pick(a.instrumentName, language)} · ${t('assessments.outOf', { score: fmt.number(a.total ?? 0), max: fmt.number(a.maxTotal) })}` }))}
            value={current}
            onChange={setChosen}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            data-testid="goals-assessment"
          />
          {current && <GoalChoices key={current} assessmentId={current} language={language} onAdd={(g) => { onAdd(g); onClose(); }} onCancel={onClose} />}
        </Stack>
      )}
    </Modal>
  );
}

function GoalChoices({ assessmentId, language, onAdd, onCancel }: { assessmentId: string; language: Language; onAdd: (goals: string[]) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const goals = useQuery(suggestedGoalsQuery(assessmentId));
  const [choices, setChoices] = useState<Choice[] | null>(null);
  useEffect(() => {
    if (goals.data) setChoices(goals.data.map((g) => ({ goal: g, text: pick(g.goal, language), checked: true })));
  }, [goals.data, language]);
  if (goals.isPending || (goals.data && !choices)) return <LoadingState />;
  if (goals.isError) return <ErrorState error={goals.error} onRetry={() => void goals.refetch()} />;
  const list = choices ?? [];
  const set = (i: number, change: Partial<Choice>) => setChoices(list.map((c, j) => (j === i ? { ...c, ...change } : c)));
  const picked = list.filter((c) => c.checked && c.text.trim());
  return (
    <Stack gap="sm">
      {list.length === 0 ? (
        <Alert color="teal" variant="light" icon={<IconInfoCircle size={18} />}>
          {t('assessments.goalsNoneLow')}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          {t('assessments.goalsIntro')}
        </Text>
      )}
      {list.map((c, i) => (
        <Paper key={c.goal.itemKey} withBorder radius="md" p="sm" data-testid="suggested-goal">
          <Stack gap={6}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Checkbox checked={c.checked} onChange={(e) => set(i, { checked: e.currentTarget.checked })} aria-label={pick(c.goal.itemLabel, language)} mt={2} />
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text size="sm" fw={600} lang={language}>
                  {pick(c.goal.sectionTitle, language)} — {pick(c.goal.itemLabel, language)}
                </Text>
                <Group gap={6}>
                  <Badge color="red" variant="light" style={{ textTransform: 'none' }} lang={language}>
                    {fmt.number(c.goal.score)} {pick(c.goal.levelLabel, language)}
                  </Badge>
                  {c.goal.reason && (
                    <Text size="xs" c="dimmed" fs="italic">
                      {c.goal.reason}
                    </Text>
                  )}
                </Group>
              </Stack>
            </Group>
            <Textarea
              aria-label={t('assessments.goalText')}
              value={c.text}
              onChange={(e) => set(i, { text: e.currentTarget.value })}
              disabled={!c.checked}
              autosize
              minRows={1}
              maxLength={1000}
              lang={language}
            />
          </Stack>
        </Paper>
      ))}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => onAdd(picked.map((c) => c.text.trim()))} disabled={picked.length === 0} data-testid="goals-add">
          {t('assessments.goalsAdd', { count: picked.length, n: fmt.number(picked.length) })}
        </Button>
      </Group>
    </Stack>
  );
}
