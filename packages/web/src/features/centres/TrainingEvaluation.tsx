import type { TTrainingEvent } from '@homeward/core';
import { Button, Group, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../lib/useFormat';
import { isKhmerText } from '../people/display';
import { useEvaluateParticipant } from './events-api';

type Participant = TTrainingEvent['participants'][number];
const asNumber = (v: string | number): number | null => (v === '' ? null : Number(v));

/** Pre/post test scores or a satisfaction score per participant, with the event's averages. */
export function TrainingEvaluation({ event, writable }: { event: TTrainingEvent; writable: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (event.evaluation === 'none') return <Text c="dimmed">{t('centres.training.noEvaluation')}</Text>;
  const avg = (v: number | null) => (v === null ? '—' : fmt.number(v));
  const s = event.summary;
  return (
    <Stack gap="sm">
      <Text fw={600} data-testid="training-averages">
        {event.evaluation === 'pre_post'
          ? t('centres.training.averages', { pre: avg(s.preAverage), post: avg(s.postAverage) })
          : t('centres.training.satisfactionAverage', { value: avg(s.satisfactionAverage) })}
      </Text>
      {event.participants.map((p) => <ScoreRow key={p.id} event={event} participant={p} writable={writable} />)}
    </Stack>
  );
}

function ScoreRow({ event, participant: p, writable }: { event: TTrainingEvent; participant: Participant; writable: boolean }) {
  const { t } = useTranslation();
  const evaluate = useEvaluateParticipant();
  const [pre, setPre] = useState<string | number>(p.preScore ?? '');
  const [post, setPost] = useState<string | number>(p.postScore ?? '');
  const [satisfaction, setSatisfaction] = useState<string | number>(p.satisfaction ?? '');
  const prePost = event.evaluation === 'pre_post';
  const dirty = prePost ? asNumber(pre) !== p.preScore || asNumber(post) !== p.postScore : asNumber(satisfaction) !== p.satisfaction;
  const save = () => evaluate.mutate(prePost
    ? { id: event.id, participantId: p.id, preScore: asNumber(pre), postScore: asNumber(post) }
    : { id: event.id, participantId: p.id, satisfaction: asNumber(satisfaction) });
  return (
    <Paper withBorder p="sm" radius="md" data-testid="evaluation-row">
      <Stack gap={6}>
        <Text fw={500} lang={isKhmerText(p.name) ? 'km' : undefined}>{p.name}</Text>
        <Group gap="xs" align="flex-end">
          {prePost ? (
            <>
              <NumberInput label={t('centres.training.preScore')} min={0} max={100} w={130} value={pre} onChange={setPre} disabled={!writable} data-testid="score-pre" />
              <NumberInput label={t('centres.training.postScore')} min={0} max={100} w={130} value={post} onChange={setPost} disabled={!writable} data-testid="score-post" />
            </>
          ) : (
            <NumberInput label={t('centres.training.satisfaction')} min={1} max={5} w={150} value={satisfaction} onChange={setSatisfaction} disabled={!writable} />
          )}
          {writable && (
            <Button variant="light" onClick={save} disabled={!dirty} loading={evaluate.isPending} data-testid="score-save">
              {t('centres.training.saveScores')}
            </Button>
          )}
        </Group>
        <ErrorAlert error={evaluate.error} />
      </Stack>
    </Paper>
  );
}
