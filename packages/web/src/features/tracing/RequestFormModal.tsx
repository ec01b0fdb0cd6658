import { sexes, ZCreateTracingRequest, type TCase, type TTracingRequest } from '@homeward/core';
import { Button, Group, Modal, NumberInput, SegmentedControl, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { PlacePicker } from '../../components/PlacePicker';
import { applyServerErrors, useFieldError } from '../../lib/forms';
import { caseFormResolver, missingAsNull } from '../cases/forms';
import { FormErrorAlert, LookupSelect } from '../cases/ui';
import { useCreateTracingRequest, useUpdateTracingRequest } from './api';

type Values = z.input<typeof ZCreateTracingRequest>;
type Output = z.output<typeof ZCreateTracingRequest>;
const fields = [
  'relationship', 'familyNameKm', 'givenNameKm', 'familyNameLatin', 'givenNameLatin', 'otherNames', 'sex', 'ageYears', 'birthYear', 'fatherName', 'motherName',
  'lastPlaceCode', 'lastPlaceDetail', 'separatedOn', 'separationReason', 'distinguishingFacts', 'requestedBy',
] as const;

const valuesOf = (r: TTracingRequest | null): Values => ({
  relationship: r?.relationship ?? '',
  familyNameKm: r?.familyNameKm ?? '', givenNameKm: r?.givenNameKm ?? '', familyNameLatin: r?.familyNameLatin ?? '', givenNameLatin: r?.givenNameLatin ?? '',
  otherNames: r?.otherNames ?? [], sex: r?.sex ?? 'unknown', ageYears: r?.ageYears ?? null, birthYear: r?.birthYear ?? null,
  fatherName: r?.fatherName ?? '', motherName: r?.motherName ?? '', lastPlaceCode: r?.lastPlaceCode ?? null, lastPlaceDetail: r?.lastPlaceDetail ?? '',
  separatedOn: r?.separatedOn ?? '', separationReason: r?.separationReason ?? '', distinguishingFacts: r?.distinguishingFacts ?? '', requestedBy: r?.requestedBy ?? '',
});

/** Open a tracing request, or edit what is known (`editing`): names in both scripts, age, last known place, separation. */
export function RequestFormModal({ kase, opened, editing, onClose }: { kase: TCase; opened: boolean; editing: TTracingRequest | null; onClose: () => void }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const create = useCreateTracingRequest(kase.id);
  const update = useUpdateTracingRequest(kase.id);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Values, unknown, Output>({ resolver: caseFormResolver(ZCreateTracingRequest), defaultValues: valuesOf(editing) });
  const { errors, isSubmitting } = form.formState;
  useEffect(() => {
    if (opened) {
      form.reset(valuesOf(editing));
      setError(null);
    }
  }, [opened, editing]);

  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      if (editing) {
        const { relationship, ...rest } = v;
        await update.mutateAsync({ id: editing.id, version: editing.version, relationship, ...missingAsNull(rest, ['familyNameKm', 'givenNameKm', 'familyNameLatin', 'givenNameLatin', 'ageYears', 'birthYear', 'fatherName', 'motherName', 'lastPlaceCode', 'lastPlaceDetail', 'separatedOn', 'separationReason', 'distinguishingFacts', 'requestedBy']) });
      } else {
        await create.mutateAsync(v);
      }
      notifications.show({ color: 'teal', message: editing ? t('tracing.form.saved') : t('tracing.form.created') });
      onClose();
    } catch (e) {
      if (!applyServerErrors(e, form.setError, fields)) setError(e);
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={editing ? t('tracing.form.editTitle') : t('tracing.form.newTitle')} size="lg" fullScreen={false} centered>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <FormErrorAlert error={error} />
          <Controller control={form.control} name="relationship" render={({ field }) => (
            <LookupSelect list="relationship" value={field.value} onChange={(v) => field.onChange(v ?? '')} label={t('tracing.form.relationship')} required error={fe(errors.relationship)} data-testid="tracing-relationship" />
          )} />
          <Text fw={600} size="sm">{t('tracing.form.namesKm')}</Text>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput {...form.register('familyNameKm')} lang="km" label={t('tracing.form.familyName')} error={fe(errors.familyNameKm)} data-testid="tracing-family-km" />
            <TextInput {...form.register('givenNameKm')} lang="km" label={t('tracing.form.givenName')} error={fe(errors.givenNameKm)} data-testid="tracing-given-km" />
          </SimpleGrid>
          <Text fw={600} size="sm">{t('tracing.form.namesLatin')}</Text>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput {...form.register('familyNameLatin')} lang="en" label={t('tracing.form.familyName')} error={fe(errors.familyNameLatin)} />
            <TextInput {...form.register('givenNameLatin')} lang="en" label={t('tracing.form.givenName')} error={fe(errors.givenNameLatin)} />
          </SimpleGrid>
          <Controller control={form.control} name="otherNames" render={({ field }) => (
            <TagsInput value={field.value ?? []} onChange={field.onChange} label={t('tracing.form.otherNames')} description={t('tracing.form.otherNamesHint')} maxTags={20} error={fe(errors.otherNames as never)} />
          )} />
          <Controller control={form.control} name="sex" render={({ field }) => (
            <Stack gap={4}>
              <Text size="sm" fw={500}>{t('tracing.form.sex')}</Text>
              <SegmentedControl value={field.value ?? 'unknown'} onChange={field.onChange} data={sexes.map((s) => ({ value: s, label: t(`people.sex.${s}`) }))} />
            </Stack>
          )} />
          <SimpleGrid cols={2} spacing="sm">
            <Controller control={form.control} name="ageYears" render={({ field }) => (
              <NumberInput value={field.value ?? ''} onChange={(v) => field.onChange(typeof v === 'number' ? v : null)} min={0} max={120} allowDecimal={false} label={t('tracing.form.ageYears')} error={fe(errors.ageYears)} />
            )} />
            <Controller control={form.control} name="birthYear" render={({ field }) => (
              <NumberInput value={field.value ?? ''} onChange={(v) => field.onChange(typeof v === 'number' ? v : null)} min={1900} max={2100} allowDecimal={false} label={t('tracing.form.birthYear')} error={fe(errors.birthYear)} />
            )} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput {...form.register('fatherName')} label={t('tracing.form.fatherName')} error={fe(errors.fatherName)} />
            <TextInput {...form.register('motherName')} label={t('tracing.form.motherName')} error={fe(errors.motherName)} />
          </SimpleGrid>
          <Controller control={form.control} name="lastPlaceCode" render={({ field }) => (
            <Stack gap={4}>
              <Text size="sm" fw={500}>{t('tracing.form.lastPlace')}</Text>
              <PlacePicker value={field.value ?? null} onChange={(code) => field.onChange(code)} label={t('tracing.form.lastPlaceSearch')} />
              {errors.lastPlaceCode && <Text size="sm" c="red" role="alert">{fe(errors.lastPlaceCode)}</Text>}
            </Stack>
          )} />
          <TextInput {...form.register('lastPlaceDetail')} label={t('tracing.form.lastPlaceDetail')} error={fe(errors.lastPlaceDetail)} />
          <TextInput {...form.register('separatedOn')} label={t('tracing.form.separatedOn')} description={t('tracing.form.separatedOnHint')} error={fe(errors.separatedOn)} />
          <Textarea {...form.register('separationReason')} label={t('tracing.form.separationReason')} autosize minRows={2} error={fe(errors.separationReason)} />
          <Textarea {...form.register('distinguishingFacts')} label={t('tracing.form.distinguishingFacts')} autosize minRows={2} error={fe(errors.distinguishingFacts)} />
          <TextInput {...form.register('requestedBy')} label={t('tracing.form.requestedBy')} error={fe(errors.requestedBy)} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={isSubmitting} data-testid="tracing-request-submit">{editing ? t('common.save') : t('tracing.form.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
