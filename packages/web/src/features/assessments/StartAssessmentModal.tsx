import type { TAssessmentSubjectType } from '@homeward/core';
import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { cambodiaToday } from '../cases/logic';
import { instrumentsQuery, useStartAssessment } from './api';
import { pick, subjectsFor } from './logic';
import { useLanguage } from './text';

export interface AssessmentSubject {
  type: TAssessmentSubjectType;
  id: string;
  /** Shown when a case offers more than one subject (the child, the carer household). */
  label?: string;
}

/**
 * Start an assessment: choose the subject (when there are several), an instrument made for that
 * kind of subject, and the date; the draft opens at once.
 */
export function StartAssessmentModal({ opened, onClose, subjects, caseId, instrumentId }: { opened: boolean; onClose: () => void; subjects: AssessmentSubject[]; caseId?: string; instrumentId?: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const language = useLanguage();
  const navigate = useNavigate();
  const instruments = useQuery({ ...instrumentsQuery({ versions: 'current' }), enabled: opened });
  const start = useStartAssessment();
  const [subjectIndex, setSubjectIndex] = useState(0);
  const [chosen, setChosen] = useState<string | null>(instrumentId ?? null);
  const [assessedOn, setAssessedOn] = useState(cambodiaToday());
  const subject = subjects[subjectIndex] ?? subjects[0];

  useEffect(() => {
    if (opened) {
      setChosen(instrumentId ?? null);
      setAssessedOn(cambodiaToday());
      start.reset();
    }
  }, [opened, instrumentId]);

  // A person's child instruments before the young-person ones (the order subjectsFor gives).
  const order = subject ? subjectsFor(subject.type) : [];
  const fitting = (instruments.data ?? []).filter((i) => i.status === 'published' && order.includes(i.subject)).sort((a, b) => order.indexOf(a.subject) - order.indexOf(b.subject));

  const go = async () => {
    if (!chosen || !subject) return;
    const a = await start.mutateAsync({ instrumentId: chosen, subjectType: subject.type, subjectId: subject.id, caseId: caseId ?? null, assessedOn, answers: {} });
    onClose();
    await navigate({ to: '/assessments/$assessmentId', params: { assessmentId: a.id } });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('assessments.startTitle')} centered size="lg">
      <Stack>
        {subjects.length > 1 && (
          <Radio.Group label={t('assessments.subject')} value={String(subjectIndex)} onChange={(v) => { setSubjectIndex(Number(v)); setChosen(null); }}>
            <Stack gap="xs" mt={4}>
              {subjects.map((s, i) => (
                <Radio key={`${s.type}-${s.id}`} value={String(i)} label={s.label ?? t(`assessments.subjectTypes.${s.type}`)} />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {instruments.isPending && opened ? (
          <LoadingState />
        ) : instruments.isError ? (
          <ErrorState error={instruments.error} onRetry={() => void instruments.refetch()} />
        ) : fitting.length === 0 ? (
          <EmptyMessage title={t('assessments.noInstruments')} description={t('assessments.noInstrumentsHint')} />
        ) : (
          <Radio.Group label={t('assessments.instrument')} value={chosen} onChange={setChosen} required>
            <Stack gap="xs" mt={4}>
              {fitting.map((i) => (
                <Radio.Card key={i.id} value={i.id} p="sm" radius="md" data-testid="start-instrument" data-code={i.code}>
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Radio.Indicator />
                    <Stack gap={2}>
                      <Text fw={600} lang={language}>
                        {pick(i.name, language)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('assessments.instrumentFacts', { items: fmt.number(i.itemCount), max: fmt.number(i.maxTotal) })}
                        {i.frequencyDays ? ` · ${t('assessments.everyDays', { count: i.frequencyDays, n: fmt.number(i.frequencyDays) })}` : ''}
                      </Text>
                    </Stack>
                  </Group>
                </Radio.Card>
              ))}
            </Stack>
          </Radio.Group>
        )}
        <TextInput type="date" label={t('assessments.assessedOn')} value={assessedOn} onChange={(e) => setAssessedOn(e.currentTarget.value)} required data-testid="start-assessment-date" w={{ base: '100%', xs: 200 }} />
        <ErrorAlert error={start.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void go().catch(() => undefined)} disabled={!chosen || !assessedOn} loading={start.isPending} data-testid="start-assessment-go">
            {t('assessments.startGo')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
