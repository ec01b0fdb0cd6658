import { tracingMethods, tracingResults, ZCreateTracingAttemptRequest, type TTracingRequest } from '@homeward/core';
import { Button, Chip, Group, Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { PlacePicker } from '../../components/PlacePicker';
import { applyServerErrors, useFieldError } from '../../lib/forms';
import { caseFormResolver } from '../cases/forms';
import { cambodiaToday } from '../cases/logic';
import { DateField, FormErrorAlert } from '../cases/ui';
import { useAddTracingAttempt } from './api';

type Values = z.input<typeof ZCreateTracingAttemptRequest>;
const defaults = (request: TTracingRequest | null): Values => ({
  attemptedOn: cambodiaToday(), method: 'visit', placeCode: request?.lastPlaceCode ?? null, contactPerson: '', outcome: '', result: 'no_lead',
});

/** An attempt, fast on a phone: today, a method chip, what came of it. */
export function AttemptModal({ caseId, request, onClose }: { caseId: string; request: TTracingRequest | null; onClose: () => void }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const add = useAddTracingAttempt(caseId);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Values, unknown, z.output<typeof ZCreateTracingAttemptRequest>>({ resolver: caseFormResolver(ZCreateTracingAttemptRequest), defaultValues: defaults(request) });
  const { errors, isSubmitting } = form.formState;
  useEffect(() => {
    if (request) {
      form.reset(defaults(request));
      setError(null);
    }
  }, [request]);
  const submit = form.handleSubmit(async (v) => {
    if (!request) return;
    setError(null);
    try {
      await add.mutateAsync({ id: request.id, ...v });
      notifications.show({ color: 'teal', message: t('tracing.attempt.saved') });
      onClose();
    } catch (e) {
      if (!applyServerErrors(e, form.setError, ['attemptedOn', 'method', 'placeCode', 'contactPerson', 'outcome', 'result'])) setError(e);
    }
  });
  return (
    <Modal opened={request !== null} onClose={onClose} title={t('tracing.attempt.title')} size="lg" centered>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <FormErrorAlert error={error} />
          <DateField {...form.register('attemptedOn')} label={t('tracing.attempt.date')} required max={cambodiaToday()} error={fe(errors.attemptedOn)} data-testid="tracing-attempt-date" />
          <Controller control={form.control} name="method" render={({ field }) => (
            <Stack gap={4}>
              <Text size="sm" fw={500}>{t('tracing.attempt.method')}</Text>
              <Chip.Group value={field.value} onChange={(v) => field.onChange(v)}>
                <Group gap={6}>
                  {tracingMethods.map((m) => (
                    <Chip key={m} value={m} size="sm" data-testid={`tracing-method-${m}`}>{t(`tracing.methods.${m}`)}</Chip>
                  ))}
                </Group>
              </Chip.Group>
              {errors.method && <Text size="sm" c="red">{fe(errors.method)}</Text>}
            </Stack>
          )} />
          <Controller control={form.control} name="placeCode" render={({ field }) => (
            <Stack gap={4}>
              <Text size="sm" fw={500}>{t('tracing.attempt.place')}</Text>
              <PlacePicker value={field.value ?? null} onChange={(code) => field.onChange(code)} label={t('tracing.form.lastPlaceSearch')} />
            </Stack>
          )} />
          <TextInput {...form.register('contactPerson')} label={t('tracing.attempt.contactPerson')} error={fe(errors.contactPerson)} />
          <Textarea {...form.register('outcome')} label={t('tracing.attempt.outcome')} required autosize minRows={2} error={fe(errors.outcome)} data-testid="tracing-attempt-outcome" />
          <Controller control={form.control} name="result" render={({ field }) => (
            <Stack gap={4}>
              <Text size="sm" fw={500}>{t('tracing.attempt.result')}</Text>
              <SegmentedControl fullWidth value={field.value} onChange={field.onChange} data={tracingResults.map((r) => ({ value: r, label: t(`tracing.results.${r}`) }))} />
            </Stack>
          )} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={isSubmitting} data-testid="tracing-attempt-submit">{t('tracing.attempt.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
