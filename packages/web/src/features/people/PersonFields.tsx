import { ActionIcon, Button, Group, Input, MultiSelect, SegmentedControl, Select, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Controller, useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PlacePicker } from '../../components/PlacePicker';
import { Section } from '../../components/Section';
import { useFieldError } from '../../lib/forms';
import type { PersonFormOutput, PersonFormValues } from './form';
import { useLookupList } from './lookups';
import { localToday } from './display';
import { useAgeText } from './PersonBits';

export type PersonForm = UseFormReturn<PersonFormValues, unknown, PersonFormOutput>;

/** Every field name of the form a server error may name (list rows are added by the caller). */
export const personFieldNames = [
  'kind', 'sex', 'familyNameKm', 'givenNameKm', 'familyNameLatin', 'givenNameLatin', 'nickname', 'birthDate', 'birthDateEstimated',
  'birthPlaceCode', 'addressCode', 'addressDetail', 'fatherGivenName', 'motherGivenName', 'aliases', 'documents', 'disability',
  'childCategories', 'idPoorLevel', 'notes',
] as const;

export const personFieldPaths = (v: Pick<PersonFormValues, 'aliases' | 'documents'>): string[] => [
  ...personFieldNames,
  ...v.aliases.flatMap((_, i) => [`aliases.${i}.name`, `aliases.${i}.script`]),
  ...v.documents.flatMap((_, i) => [`documents.${i}.type`, `documents.${i}.number`]),
];

function Group_({ compact, title, description, children }: { compact?: boolean; title: string; description?: string; children: ReactNode }) {
  if (compact) return <>{children}</>;
  return (
    <Section title={title} description={description}>
      {children}
    </Section>
  );
}

/**
 * The fields of a person, for registering and editing. `compact` keeps what identifies
 * someone (kind, names, sex, birth date): enough to register a relative without leaving a form.
 */
export function PersonFields({ form, compact }: { form: PersonForm; compact?: boolean }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const { errors } = form.formState;
  const { register, control } = form;
  const age = useAgeText();
  const [birthDate, estimated, kind] = useWatch({ control, name: ['birthDate', 'birthDateEstimated', 'kind'] });
  const ageText = birthDate && /^\d{4}-\d{2}-\d{2}$/.test(birthDate) ? age({ birthDate, birthDateEstimated: estimated, age: null }) : null;

  return (
    <Stack gap={compact ? 'sm' : 'lg'}>
      <Group_ compact={compact} title={t('people.form.identity')} description={t('people.form.identityHint')}>
        <Stack gap="sm">
          <Controller
            control={control}
            name="kind"
            render={({ field }) => (
              <Input.Wrapper label={t('people.form.kind')}>
                <div>
                  <SegmentedControl
                    mt={4}
                    value={field.value}
                    onChange={(v) => field.onChange(v === 'adult' ? 'adult' : 'child')}
                    data={[
                      { value: 'child', label: t('people.form.kindChild') },
                      { value: 'adult', label: t('people.form.kindAdult') },
                    ]}
                    data-testid="person-kind"
                  />
                </div>
              </Input.Wrapper>
            )}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput {...register('familyNameKm')} label={t('people.form.familyNameKm')} lang="km" autoComplete="off" error={fe(errors.familyNameKm)} data-testid="person-family-km" data-autofocus />
            <TextInput {...register('givenNameKm')} label={t('people.form.givenNameKm')} lang="km" autoComplete="off" error={fe(errors.givenNameKm)} data-testid="person-given-km" />
            <TextInput {...register('familyNameLatin')} label={t('people.form.familyNameLatin')} autoComplete="off" error={fe(errors.familyNameLatin)} data-testid="person-family-latin" />
            <TextInput {...register('givenNameLatin')} label={t('people.form.givenNameLatin')} autoComplete="off" error={fe(errors.givenNameLatin)} data-testid="person-given-latin" />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('people.form.namesHint')}
          </Text>
          {!compact && (
            <>
              <TextInput {...register('nickname')} label={t('people.form.nickname')} description={t('people.form.nicknameHint')} autoComplete="off" error={fe(errors.nickname)} />
              <AliasRows form={form} />
            </>
          )}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Controller
              control={control}
              name="sex"
              render={({ field }) => (
                <Select
                  label={t('people.sexLabel')}
                  data={[
                    { value: 'female', label: t('people.sex.female') },
                    { value: 'male', label: t('people.sex.male') },
                    { value: 'unknown', label: t('people.sex.unknown') },
                  ]}
                  value={field.value}
                  onChange={(v) => field.onChange(v === 'female' || v === 'male' || v === 'unknown' ? v : null)}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  allowDeselect={false}
                  required
                  error={fe(errors.sex)}
                  comboboxProps={{ withinPortal: true }}
                  data-testid="person-sex"
                />
              )}
            />
            <TextInput
              {...register('birthDate')}
              type="date"
              label={t('people.form.birthDate')}
              description={ageText ? t('people.form.ageNow', { age: ageText }) : t('people.form.birthDateHint')}
              max={localToday()}
              error={fe(errors.birthDate)}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              data-testid="person-birth-date"
            />
          </SimpleGrid>
          <Controller
            control={control}
            name="birthDateEstimated"
            render={({ field }) => (
              <Switch
                checked={field.value}
                onChange={(e) => field.onChange(e.currentTarget.checked)}
                label={t('people.form.estimated')}
                description={t('people.form.estimatedHint')}
                data-testid="person-estimated"
              />
            )}
          />
        </Stack>
      </Group_>

      {!compact && (
        <>
          <Group_ title={t('people.form.places')}>
            <Stack gap="lg">
              <Controller
                control={control}
                name="addressCode"
                render={({ field }) => (
                  <Stack gap={4}>
                    <Text fw={600} size="sm">
                      {t('people.form.address')}
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
              <Controller
                control={control}
                name="birthPlaceCode"
                render={({ field }) => (
                  <Stack gap={4}>
                    <Text fw={600} size="sm">
                      {t('people.form.birthPlace')}
                    </Text>
                    <PlacePicker value={field.value} onChange={(code) => field.onChange(code)} label={t('people.form.birthPlaceSearch')} />
                    {errors.birthPlaceCode && (
                      <Text size="sm" c="red" role="alert">
                        {fe(errors.birthPlaceCode)}
                      </Text>
                    )}
                  </Stack>
                )}
              />
            </Stack>
          </Group_>

          <Group_ title={t('people.form.family')} description={t('people.form.familyHint')}>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <TextInput {...register('fatherGivenName')} label={t('people.fatherGivenName')} autoComplete="off" error={fe(errors.fatherGivenName)} />
              <TextInput {...register('motherGivenName')} label={t('people.motherGivenName')} autoComplete="off" error={fe(errors.motherGivenName)} />
            </SimpleGrid>
          </Group_>

          <Group_ title={t('people.documents')} description={t('people.form.documentsHint')}>
            <DocumentRows form={form} />
          </Group_>

          <Group_ title={t('people.form.situation')}>
            <Stack gap="sm">
              {kind === 'child' && <CategoriesField form={form} />}
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
              <Textarea {...register('disability')} label={t('people.disability')} description={t('people.form.disabilityHint')} autosize minRows={2} error={fe(errors.disability)} />
              <Textarea {...register('notes')} label={t('people.notes')} autosize minRows={2} error={fe(errors.notes)} />
            </Stack>
          </Group_>
        </>
      )}
    </Stack>
  );
}

function AliasRows({ form }: { form: PersonForm }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'aliases' });
  const errors = form.formState.errors.aliases;
  const values = useWatch({ control: form.control, name: 'aliases' });
  return (
    <Stack gap="xs">
      <div>
        <Text fw={500} size="sm">
          {t('people.aliases')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('people.form.aliasesHint')}
        </Text>
      </div>
      {fields.map((f, i) => (
        <Group key={f.id} gap="xs" align="flex-start" wrap="nowrap">
          <Controller
            control={form.control}
            name={`aliases.${i}.script`}
            render={({ field }) => (
              <SegmentedControl
                value={field.value}
                onChange={(v) => field.onChange(v === 'khmer' ? 'khmer' : 'latin')}
                data={[
                  { value: 'khmer', label: t('people.form.scriptKhmer') },
                  { value: 'latin', label: t('people.form.scriptLatin') },
                ]}
                aria-label={t('people.form.script')}
                size="sm"
              />
            )}
          />
          <TextInput
            {...form.register(`aliases.${i}.name`)}
            aria-label={t('people.form.aliasNumber', { n: i + 1 })}
            lang={values[i]?.script === 'khmer' ? 'km' : undefined}
            autoComplete="off"
            style={{ flex: 1, minWidth: 0 }}
            error={fe(errors?.[i]?.name)}
          />
          <ActionIcon variant="subtle" color="gray" size="lg" onClick={() => remove(i)} aria-label={t('people.form.removeAlias')}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {fields.length < 30 && (
        <Group>
          <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => append({ name: '', script: 'latin' })}>
            {t('people.form.addAlias')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function DocumentRows({ form }: { form: PersonForm }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const types = useLookupList('id_document_type');
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'documents' });
  const errors = form.formState.errors.documents;
  const held = fields.map((f) => f.type).filter((v): v is string => !!v);
  return (
    <Stack gap="xs">
      {fields.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('people.form.noDocuments')}
        </Text>
      )}
      {fields.map((f, i) => (
        <Group key={f.id} gap="xs" align="flex-start" wrap="nowrap">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" style={{ flex: 1, minWidth: 0 }}>
            <Controller
              control={form.control}
              name={`documents.${i}.type`}
              render={({ field }) => (
                <Select
                  aria-label={t('people.form.documentType')}
                  placeholder={t('people.form.documentType')}
                  data={types.options(held)}
                  value={field.value}
                  onChange={field.onChange}
                  allowDeselect={false}
                  error={fe(errors?.[i]?.type)}
                  comboboxProps={{ withinPortal: true }}
                />
              )}
            />
            <TextInput {...form.register(`documents.${i}.number`)} aria-label={t('people.form.documentNumber')} placeholder={t('people.form.documentNumber')} autoComplete="off" error={fe(errors?.[i]?.number)} />
          </SimpleGrid>
          <ActionIcon variant="subtle" color="gray" size="lg" onClick={() => remove(i)} aria-label={t('people.form.removeDocument')}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {fields.length < 20 && (
        <Group>
          <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => append({ type: null, number: '' })}>
            {t('people.form.addDocument')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function CategoriesField({ form }: { form: PersonForm }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const categories = useLookupList('child_category');
  return (
    <Controller
      control={form.control}
      name="childCategories"
      render={({ field }) => (
        <MultiSelect
          label={t('people.categories')}
          description={t('people.form.categoriesHint')}
          data={categories.options(field.value)}
          value={field.value}
          onChange={field.onChange}
          searchable
          clearable
          nothingFoundMessage={t('common.nothingFound')}
          error={fe(form.formState.errors.childCategories)}
          comboboxProps={{ withinPortal: true }}
        />
      )}
    />
  );
}
