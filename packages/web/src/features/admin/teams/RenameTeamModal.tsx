import { ZCreateTeamRequest, type TTeam } from '@homeward/core';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { applyServerErrors, formResolver, useFieldError } from '../../../lib/forms';
import { useUpdateTeam } from './api';

const ZRename = ZCreateTeamRequest.pick({ name: true });
type Values = z.infer<typeof ZRename>;

export function RenameTeamModal({ team, onClose }: { team: TTeam | null; onClose: () => void }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const update = useUpdateTeam();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Values>({ resolver: formResolver(ZRename), defaultValues: { name: '' } });
  useEffect(() => {
    if (team) form.reset({ name: team.name });
    setError(null);
  }, [team, form]);
  const submit = form.handleSubmit(async ({ name }) => {
    if (!team) return;
    try {
      await update.mutateAsync({ id: team.id, name });
      notifications.show({ color: 'teal', message: t('common.saved') });
      onClose();
    } catch (e) {
      if (!applyServerErrors(e, form.setError, ['name'])) setError(e);
    }
  });
  return (
    <Modal opened={team !== null} onClose={onClose} title={t('teams.renameTitle')} centered>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <ErrorAlert error={error} />
          <TextInput {...form.register('name')} label={t('teams.name')} required error={fe(form.formState.errors.name)} data-autofocus />
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
