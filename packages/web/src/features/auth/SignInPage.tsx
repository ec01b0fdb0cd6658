import { ZCreateUserRequest } from '@homeward/core';
import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isApiError } from '../../lib/api';
import { formResolver, useFieldError } from '../../lib/forms';
import { AuthLayout } from './AuthLayout';
import { safeRedirect } from './redirect';
import { meQuery, signIn } from './session';
import { TwoFactorStep } from './TwoFactorStep';
import { PasswordField } from '../../components/PasswordField';

/** The server takes any stored password at sign-in; the length rule applies when one is set. */
const ZSignInForm = ZCreateUserRequest.pick({ email: true }).extend({ password: z.string().min(1).max(128) });
type SignInForm = z.infer<typeof ZSignInForm>;

export type SignInReason = 'idle' | 'expired' | 'signed_out';


export function SignInPage({ redirect, reason }: { redirect?: string; reason?: SignInReason }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [step, setStep] = useState<'credentials' | 'two-factor'>('credentials');
  const [error, setError] = useState<unknown>(null);
  const form = useForm<SignInForm>({ resolver: formResolver(ZSignInForm), defaultValues: { email: '', password: '' } });

  const finish = async () => {
    await queryClient.fetchQuery({ ...meQuery, staleTime: 0 });
    await navigate({ to: safeRedirect(redirect), replace: true });
  };

  const submit = form.handleSubmit(async ({ email, password }) => {
    setError(null);
    try {
      const next = await signIn(email, password);
      if (next === 'two-factor') setStep('two-factor');
      else await finish();
    } catch (e) {
      setError(e);
      if (isApiError(e) && e.code === 'auth.invalid_credentials') form.setValue('password', '');
    }
  });

  if (step === 'two-factor') {
    return (
      <AuthLayout title={t('auth.twoFactorTitle')} description={t('auth.twoFactorIntro')}>
        <TwoFactorStep
          onDone={finish}
          onRestart={() => {
            setStep('credentials');
            form.setValue('password', '');
          }}
        />
      </AuthLayout>
    );
  }

  const reasonText = reason === 'idle' ? t('auth.reasonIdle') : reason === 'expired' ? t('auth.reasonExpired') : reason === 'signed_out' ? t('auth.reasonSignedOut') : null;
  return (
    <AuthLayout title={t('auth.signInTitle')} description={t('auth.signInIntro')}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          {reasonText && !error && (
            <Alert variant="light" color={reason === 'signed_out' ? 'teal' : 'yellow'} icon={<IconInfoCircle size={18} />} role="status">
              {reasonText}
            </Alert>
          )}
          <ErrorAlert error={error} />
          <TextInput
            {...form.register('email')}
            data-testid="signin-email"
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            inputMode="email"
            autoFocus
            required
            withAsterisk={false}
            error={fe(form.formState.errors.email)}
          />
          <PasswordField
            {...form.register('password')}
            data-testid="signin-password"
            label={t('auth.password')}
            autoComplete="current-password"
            required
            withAsterisk={false}
            error={fe(form.formState.errors.password)}
          />
          <Button type="submit" data-testid="signin-submit" loading={form.formState.isSubmitting} fullWidth>
            {t('auth.signIn')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('auth.forgotPassword')}
          </Text>
        </Stack>
      </form>
    </AuthLayout>
  );
}
