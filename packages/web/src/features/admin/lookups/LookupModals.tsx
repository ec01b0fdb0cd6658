import { ZCreateLookupRequest, type TLookup } from '@homeward/core';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { applyServerErrors, formResolver, useFieldError } from '../../../lib/forms';
import { useCreateLookup, useUpdateLookup } from './api';
import { valueFromLabel } from './order';

const ZAddForm = ZCreateLookupRequest.pick({ value: true, labelEn: true, labelKm: true });
type AddValues = z.infer<typeof ZAddForm>;

export function AddValueModal({ list, listLabel, opened, onClose }: { list: string; listLabel: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const create = useCreateLookup();
  const [error, setError] = useState<unknown>(null);
  const valueEdited = useRef(false);
  const form = useForm<AddValues>({ resolver: formResolver(ZAddForm), defaultValues: { value: '', labelEn: '', labelKm: '' } });
  const labelEn = form.watch('labelEn');
  useEffect(() => {
    if (!valueEdited.current) form.setValue('value', valueFromLabel(labelEn));
  }, [labelEn, form]);
  const close = () => {
    form.reset();
    valueEdited.current = false;
    setError(null);
    onClose();
  };
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      await create.mutateAsync({ list, ...v });
      notifications.show({ color: 'teal', message: t('lists.added', { label: v.labelEn }) });
      close();
    } catch (e) {
      if (!applyServerErrors(e, form.setError, ['value', 'labelEn', 'labelKm'])) setError(e);
    }
  });
  return (
    <Modal opened={opened} onClose={close} title={t('lists.addTitle', { list: listLabel })} centered>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <ErrorAlert error={error} />
          <TextInput {...form.register('labelEn')} label={t('lists.labelEn')} required lang="en" error={fe(form.formState.errors.labelEn)} data-autofocus />
          <TextInput {...form.register('labelKm')} label={t('lists.labelKm')} required lang="km" error={fe(form.formState.errors.labelKm)} />
          <TextInput
            {...form.register('value', { onChange: () => (valueEdited.current = true) })}
            label={t('lists.value')}
            description={t('lists.valueHint')}
            required
            lang="en"
            ff="monospace"
            autoCapitalize="off"
            spellCheck={false}
            error={fe(form.formState.errors.value)}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('lists.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

const ZEditForm = ZCreateLookupRequest.pick({ labelEn: true, labelKm: true });
type EditValues = z.infer<typeof ZEditForm>;

export function EditValueModal({ item, onClose }: { item: TLookup | null; onClose: () => void }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const update = useUpdateLookup();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<EditValues>({ resolver: formResolver(ZEditForm), defaultValues: { labelEn: '', labelKm: '' } });
  useEffect(() => {
    if (item) form.reset({ labelEn: item.labelEn, labelKm: item.labelKm });
    setError(null);
  }, [item, form]);
  const submit = form.handleSubmit(async (v) => {
    if (!item) return;
    try {
      await update.mutateAsync({ id: item.id, ...v });
      notifications.show({ color: 'teal', message: t('common.saved') });
      onClose();
    } catch (e) {
      if (!applyServerErrors(e, form.setError, ['labelEn', 'labelKm'])) setError(e);
    }
  });
  return (
    <Modal opened={item !== null} onClose={onClose} title={t('lists.relabelTitle')} centered>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <ErrorAlert error={error} />
          <TextInput {...form.register('labelEn')} label={t('lists.labelEn')} required lang="en" error={fe(form.formState.errors.labelEn)} data-autofocus />
          <TextInput {...form.register('labelKm')} label={t('lists.labelKm')} required lang="km" error={fe(form.formState.errors.labelKm)} />
          <TextInput label={t('lists.value')} value={item?.value ?? ''} readOnly description={t('lists.valueFixed')} ff="monospace" lang="en" />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
