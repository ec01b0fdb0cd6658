import { ZResetPasswordRequest, type TUser } from '@homeward/core';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRefresh } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { applyServerErrors, formResolver, useFieldError } from '../../../lib/forms';
import { generateTemporaryPassword } from '../../../lib/password';
import { useResetPassword } from './api';
import { PasswordField } from '../../../components/PasswordField';

type Values = z.infer<typeof ZResetPasswordRequest>;

/** Set a temporary password: the person's sessions end and they choose a new one at sign-in. */
export function ResetPasswordModal({ user, onClose }: { user: TUser | null; onClose: () => void }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const reset = useResetPassword();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Values>({ resolver: formResolver(ZResetPasswordRequest), defaultValues: { password: '' } });
  useEffect(() => {
    if (user) form.reset({ password: generateTemporaryPassword() });
    setError(null);
  }, [user, form]);
  const submit = form.handleSubmit(async ({ password }) => {
    if (!user) return;
    setError(null);
    try {
      await reset.mutateAsync({ id: user.id, password });
      notifications.show({ color: 'teal', title: t('users.passwordReset', { name: user.name }), message: t('users.createdHint'), autoClose: 8000 });
      onClose();
    } catch (e) {
      if (!applyServerErrors(e, form.setError, ['password'])) setError(e);
    }
  });
  return (
    <Modal opened={user !== null} onClose={onClose} title={t('users.resetPasswordTitle', { name: user?.name ?? '' })} centered>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Text size="sm">{t('users.resetPasswordIntro')}</Text>
          <ErrorAlert error={error} />
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <PasswordField
              {...form.register('password')}
              label={t('users.temporaryPassword')}
              defaultVisible
              required
              autoComplete="new-password"
              error={fe(form.formState.errors.password)}
              style={{ flex: 1 }}
            />
            <Button variant="default" onClick={() => form.setValue('password', generateTemporaryPassword(), { shouldValidate: true })} leftSection={<IconRefresh size={16} />}>
              {t('users.generate')}
            </Button>
          </Group>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={form.formState.isSubmitting}>
              {t('users.resetPassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
