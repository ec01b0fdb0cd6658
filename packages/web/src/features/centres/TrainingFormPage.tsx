import { evaluationMethods, todayIso, trainingAudiences, type TEvaluationMethod, type TTrainingAudience, type TTrainingEvent, type TTrainingKind } from '@homeward/core';
import { Button, Checkbox, Group, MultiSelect, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { RequireAbility } from '../../components/RequireAbility';
import { isApiError } from '../../lib/api';
import { useLookupList } from '../people/lookups';
import { useCreateTraining, useUpdateTraining } from './events-api';
import { serverFieldErrors } from './form';

export function NewTrainingPage() {
  return (
    <RequireAbility action="centre.write">
      <TrainingForm />
    </RequireAbility>
  );
}

interface TrainingFormState {
  kind: TTrainingKind;
  title: string;
  topics: string[];
  startsOn: string;
  endsOn: string;
  venue: string;
  trainers: string;
  audiences: TTrainingAudience[];
  evaluation: TEvaluationMethod;
  notes: string;
}

const formOf = (e?: TTrainingEvent): TrainingFormState => ({
  kind: e?.kind ?? 'training', title: e?.title ?? '', topics: e?.topics ?? [], startsOn: e?.startsOn ?? todayIso(), endsOn: e?.endsOn ?? todayIso(),
  venue: e?.venue ?? '', trainers: e?.trainers ?? '', audiences: e?.audiences ?? ['directors'], evaluation: e?.evaluation ?? 'pre_post', notes: e?.notes ?? '',
});

/** Plan a training or study tour (no `event`), or edit one in place (`onDone` closes the editor). */
export function TrainingForm({ event, onDone }: { event?: TTrainingEvent; onDone?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const topics = useLookupList('training_topic');
  const create = useCreateTraining();
  const update = useUpdateTraining();
  const mutation = event ? update : create;
  const [f, setF] = useState<TrainingFormState>(() => formOf(event));
  const set = <K extends keyof TrainingFormState>(k: K, v: TrainingFormState[K]) => setF((s) => ({ ...s, [k]: v }));
  const errors = serverFieldErrors(t, mutation.error);
  const missing = !f.title.trim() || !f.startsOn || !f.endsOn || f.audiences.length === 0;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (missing) return;
    const blank = (s: string) => s.trim() || null;
    const body = { ...f, title: f.title.trim(), venue: blank(f.venue), trainers: blank(f.trainers), notes: blank(f.notes) };
    const done = (saved: TTrainingEvent) => {
      notifications.show({ message: t('centres.form.saved'), color: 'green' });
      if (onDone) onDone();
      else void navigate({ to: '/centres/trainings/$trainingId', params: { trainingId: saved.id } });
    };
    if (event) update.mutate({ ...body, id: event.id, version: event.version }, { onSuccess: done });
    else create.mutate(body, { onSuccess: done });
  };

  const fields = (
    <Stack gap="sm">
      <SegmentedControl
        fullWidth
        value={f.kind}
        onChange={(v) => set('kind', v as TTrainingKind)}
        data={(['training', 'study_tour'] as const).map((k) => ({ value: k, label: t(`centres.training.kinds.${k}`) }))}
        aria-label={t('centres.training.kind')}
      />
      <TextInput label={t('centres.training.name')} required value={f.title} onChange={(e) => set('title', e.currentTarget.value)} error={errors.title} data-testid="training-title" />
      <MultiSelect
        label={t('centres.training.topics')}
        data={topics.options(event?.topics ?? [])}
        value={f.topics}
        onChange={(v) => set('topics', v)}
        error={errors.topics}
        searchable
        data-testid="training-topics"
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput type="date" required label={t('centres.training.startsOn')} value={f.startsOn} onChange={(e) => set('startsOn', e.currentTarget.value)} error={errors.startsOn} data-testid="training-starts" />
        <TextInput type="date" required label={t('centres.training.endsOn')} value={f.endsOn} onChange={(e) => set('endsOn', e.currentTarget.value)} error={errors.endsOn} data-testid="training-ends" />
        <TextInput label={t('centres.training.venue')} value={f.venue} onChange={(e) => set('venue', e.currentTarget.value)} error={errors.venue} />
        <TextInput label={t('centres.training.trainers')} value={f.trainers} onChange={(e) => set('trainers', e.currentTarget.value)} error={errors.trainers} />
      </SimpleGrid>
      <Checkbox.Group label={t('centres.training.audiences')} required value={f.audiences} onChange={(v) => set('audiences', v as TTrainingAudience[])} error={errors.audiences}>
        <Group gap="md" mt={6}>
          {trainingAudiences.map((a) => <Checkbox key={a} value={a} label={t(`centres.audiences.${a}`)} data-testid={`training-audience-${a}`} />)}
        </Group>
      </Checkbox.Group>
      <Select
        label={t('centres.training.evaluation')}
        data={evaluationMethods.map((m) => ({ value: m, label: t(`centres.training.evaluations.${m}`) }))}
        value={f.evaluation}
        onChange={(v) => set('evaluation', (v ?? 'none') as TEvaluationMethod)}
        allowDeselect={false}
      />
      <Textarea label={t('centres.training.notes')} autosize minRows={2} value={f.notes} onChange={(e) => set('notes', e.currentTarget.value)} />
      {mutation.isError && !(isApiError(mutation.error) && mutation.error.fields.length) && <ErrorAlert error={mutation.error} />}
      <Group justify="flex-end">
        {onDone && <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>}
        <Button type="submit" loading={mutation.isPending} disabled={missing} data-testid="training-save">
          {event ? t('centres.training.save') : t('centres.training.create')}
        </Button>
      </Group>
      {missing && <Text size="xs" c="dimmed">{t('validation.required')}</Text>}
    </Stack>
  );

  return (
    <form onSubmit={submit} noValidate>
      {event ? fields : (
        <Stack gap="md">
          <PageHeader back={{ to: '/centres/trainings', label: t('centres.training.title') }} title={t('centres.training.new')} />
          <Paper withBorder p="md">{fields}</Paper>
        </Stack>
      )}
    </form>
  );
}
