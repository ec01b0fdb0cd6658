import { Input, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PlacePicker } from '../../components/PlacePicker';
import { useFieldError } from '../../lib/forms';
import type { HouseholdFormOutput, HouseholdFormValues } from './form';

export type HouseholdForm = UseFormReturn<HouseholdFormValues, unknown, HouseholdFormOutput>;

/** A household's details: name, address, livelihood, ID Poor, notes. */
export function HouseholdFields({ form }: { form: HouseholdForm }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const { register, control, formState } = form;
  const { errors } = formState;
  return (
    <Stack gap="md">
      <TextInput {...register('name')} label={t('households.name')} description={t('households.nameHint')} autoComplete="off" error={fe(errors.name)} data-testid="household-name" data-autofocus />
      <Controller
        control={control}
        name="addressCode"
        render={({ field }) => (
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {t('households.address')}
            </Text>
            <PlacePicker value={field.value} onChange={(code) => field.onChange(code)} label={t('people.form.addressSearch')} />
            {errors.addressCode && (
              <Text size="sm" c="red" role="alert">
                {fe(errors.addressCode)}
              </Text>
            )}
          </Stack>
        )}
      />
      <TextInput {...register('addressDetail')} label={t('people.form.addressDetail')} description={t('people.form.addressDetailHint')} error={fe(errors.addressDetail)} />
      <Textarea {...register('livelihood')} label={t('households.livelihood')} description={t('households.livelihoodHint')} autosize minRows={2} error={fe(errors.livelihood)} />
      <Controller
        control={control}
        name="idPoorLevel"
        render={({ field }) => (
          <Input.Wrapper label={t('people.idPoor')} description={t('people.form.idPoorHint')}>
            <div>
              <SegmentedControl
                mt={4}
                value={field.value}
                onChange={(v) => field.onChange(v === '1' || v === '2' ? v : '')}
                data={[
                  { value: '', label: t('people.idPoorNone') },
                  { value: '1', label: t('people.idPoorLevel1') },
                  { value: '2', label: t('people.idPoorLevel2') },
                ]}
              />
            </div>
          </Input.Wrapper>
        )}
      />
      <Textarea {...register('notes')} label={t('people.notes')} autosize minRows={2} error={fe(errors.notes)} />
    </Stack>
  );
}
