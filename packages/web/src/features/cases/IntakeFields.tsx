import { riskLevels, urgencies, ZOpenCaseRequest } from '@homeward/core';
import { MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useFieldError } from '../../lib/forms';
import { cambodiaToday } from './logic';
import { useLookups } from './lookups';
import { DateField, LookupSelect } from './ui';

/** The referral / intake part of a case, as opening and editing a case both ask it. */
export const ZIntakeForm = ZOpenCaseRequest.pick({
  riskLevel: true,
  referralDate: true,
  referralSource: true,
  referralReason: true,
  referrerName: true,
  childCategories: true,
  urgency: true,
  childViews: true,
  familyViews: true,
});
export type IntakeValues = z.input<typeof ZIntakeForm>;
export const intakeFieldNames = ['riskLevel', 'referralDate', 'referralSource', 'referralReason', 'referrerName', 'childCategories', 'urgency', 'childViews', 'familyViews'] as const;

export function IntakeFields({ form }: { form: UseFormReturn<IntakeValues, unknown, z.output<typeof ZIntakeForm>> }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const lookups = useLookups();
  const { errors } = form.formState;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Controller
          control={form.control}
          name="riskLevel"
          render={({ field }) => (
            <Select
              data-testid="case-risk"
              label={t('cases.risk')}
              description={t('cases.riskHint')}
              data={riskLevels.map((r) => ({ value: r, label: t(`cases.riskLevel.${r}`) }))}
              value={field.value ?? null}
              onChange={(v) => field.onChange(v ?? undefined)}
              onBlur={field.onBlur}
              ref={field.ref}
              required
              allowDeselect={false}
              error={fe(errors.riskLevel)}
              comboboxProps={{ withinPortal: true }}
            />
          )}
        />
        <Controller
          control={form.control}
          name="urgency"
          render={({ field }) => (
            <Select
              data-testid="case-urgency"
              label={t('cases.urgency')}
              description={t('cases.urgencyHint')}
              data={urgencies.map((u) => ({ value: u, label: t(`cases.urgencyLevel.${u}`) }))}
              value={field.value ?? null}
              onChange={(v) => field.onChange(v)}
              clearable
              error={fe(errors.urgency)}
              comboboxProps={{ withinPortal: true }}
            />
          )}
        />
        <DateField {...form.register('referralDate')} data-testid="case-referral-date" label={t('cases.referralDate')} required max={cambodiaToday()} error={fe(errors.referralDate)} />
        <Controller
          control={form.control}
          name="referralSource"
          render={({ field }) => (
            <LookupSelect
              list="referral_source"
              data-testid="case-referral-source"
              label={t('cases.referralSource')}
              value={field.value}
              onChange={(v) => field.onChange(v ?? undefined)}
              required
              error={fe(errors.referralSource)}
            />
          )}
        />
      </SimpleGrid>
      <TextInput {...form.register('referrerName')} data-testid="case-referrer" label={t('cases.referrerName')} description={t('cases.referrerHint')} error={fe(errors.referrerName)} />
      <Textarea {...form.register('referralReason')} data-testid="case-reason" label={t('cases.reason')} description={t('cases.reasonHint')} required autosize minRows={3} error={fe(errors.referralReason)} />
      <Controller
        control={form.control}
        name="childCategories"
        render={({ field }) => (
          <MultiSelect
            data-testid="case-categories"
            label={t('cases.categories')}
            description={t('cases.categoriesHint')}
            data={lookups.options('child_category', field.value ?? [])}
            value={field.value ?? []}
            onChange={field.onChange}
            searchable
            clearable
            nothingFoundMessage={t('common.nothingFound')}
            error={fe(errors.childCategories)}
            comboboxProps={{ withinPortal: true }}
          />
        )}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Textarea {...form.register('childViews')} data-testid="case-child-views" label={t('cases.childViews')} description={t('cases.childViewsHint')} autosize minRows={2} error={fe(errors.childViews)} />
        <Textarea {...form.register('familyViews')} data-testid="case-family-views" label={t('cases.familyViews')} description={t('cases.familyViewsHint')} autosize minRows={2} error={fe(errors.familyViews)} />
      </SimpleGrid>
    </Stack>
  );
}
