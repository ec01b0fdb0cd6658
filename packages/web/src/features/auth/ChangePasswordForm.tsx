import { ZPassword } from '@homeward/core';
import { Button, Stack } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isApiError } from '../../lib/api';
import { formResolver, messageText, useFieldError } from '../../lib/forms';
import { changePassword } from './session';
import { PasswordField } from '../../components/PasswordField';

const ZChangePasswordForm = z
  .object({ currentPassword: z.string().min(1).max(128), newPassword: ZPassword, confirm: z.string() })
  .refine((v) => v.newPassword === v.confirm, { path: ['confirm'], error: messageText('validation.password_mismatch') })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ['newPassword'], error: messageText('validation.password_same') });
type ChangePasswordValues = z.infer<typeof ZChangePasswordForm>;

/**
 * Change one's own password. Other sessions end (a lost phone stops working); this one goes on.
 * Used by the forced screen after a temporary password and by the profile.
 */
export function ChangePasswordForm({ onChanged, submitLabel }: { onChanged: () => Promise<void> | void; submitLabel?: string }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<ChangePasswordValues>({
    resolver: formResolver(ZChangePasswordForm),
    defaultValues: { currentPassword: '', newPassword: '', confirm: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      await changePassword(v.currentPassword, v.newPassword);
      form.reset();
      await onChanged();
    } catch (e) {
      if (isApiError(e) && e.code === 'auth.password_wrong') {
        form.setError('currentPassword', { type: 'server', message: messageText(e.key) }, { shouldFocus: true });
      } else setError(e);
    }
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <ErrorAlert error={error} />
        <PasswordField
          {...form.register('currentPassword')}
          data-testid="change-password-current"
          label={t('password.current')}
          autoComplete="current-password"
          required
          withAsterisk={false}
          error={fe(errors.currentPassword)}
        />
        <PasswordField
          {...form.register('newPassword')}
          data-testid="change-password-new"
          label={t('password.new')}
          description={t('password.rules')}
          autoComplete="new-password"
          required
          withAsterisk={false}
          error={fe(errors.newPassword)}
        />
        <PasswordField
          {...form.register('confirm')}
          data-testid="change-password-confirm"
          label={t('password.confirm')}
          autoComplete="new-password"
          required
          withAsterisk={false}
          error={fe(errors.confirm)}
        />
        <Button type="submit" data-testid="change-password-submit" loading={isSubmitting} w={{ base: '100%', xs: 'auto' }}>
          {submitLabel ?? t('password.change')}
        </Button>
      </Stack>
    </form>
  );
}
