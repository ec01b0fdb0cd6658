import { Button, Loader, Center } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Navigate, useNavigate } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthLayout } from './AuthLayout';
import { ChangePasswordForm } from './ChangePasswordForm';
import { IdleTimeout } from './IdleTimeout';
import { meQuery, pendingSetUp, signOut, useMe } from './session';

const TwoFactorSetup = lazy(() => import('./TwoFactorSetup').then((m) => ({ default: m.TwoFactorSetup })));

function SignOutButton() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <Button variant="subtle" size="xs" data-testid="signout" onClick={() => void signOut(queryClient, 'signed_out')}>
      {t('shell.signOut')}
    </Button>
  );
}

/** Follow the person's state: signed out → sign-in; nothing left to set up → the app. */
function useSetUpGuard(expected: 'password' | 'two-factor') {
  const me = useMe();
  if (me === undefined) return { element: <Center mih="60dvh"><Loader /></Center> };
  if (me === null) return { element: <Navigate to="/sign-in" search={{ reason: 'signed_out' }} replace /> };
  const pending = pendingSetUp(me);
  if (pending !== expected) {
    return { element: pending === null ? <Navigate to="/" replace /> : <Navigate to={pending === 'password' ? '/setup/password' : '/setup/two-factor'} replace /> };
  }
  return { me };
}

export function SetupPasswordPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const guard = useSetUpGuard('password');
  if (!guard.me) return guard.element;
  return (
    <AuthLayout title={t('setup.passwordTitle')} description={t('setup.passwordIntro')} aside={<SignOutButton />}>
      <IdleTimeout minutes={guard.me.idleTimeoutMinutes} />
      <ChangePasswordForm
        submitLabel={t('setup.passwordSubmit')}
        onChanged={async () => {
          await queryClient.fetchQuery({ ...meQuery, staleTime: 0 });
          await navigate({ to: '/', replace: true });
        }}
      />
    </AuthLayout>
  );
}

export function SetupTwoFactorPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const guard = useSetUpGuard('two-factor');
  if (!guard.me) return guard.element;
  return (
    <AuthLayout title={t('setup.twoFactorTitle')} description={t('setup.twoFactorIntro')} aside={<SignOutButton />} width={460}>
      <IdleTimeout minutes={guard.me.idleTimeoutMinutes} />
      <Suspense fallback={<Center py="xl"><Loader /></Center>}>
        <TwoFactorSetup
          onDone={async () => {
            await queryClient.fetchQuery({ ...meQuery, staleTime: 0 });
            await navigate({ to: '/', replace: true });
          }}
        />
      </Suspense>
    </AuthLayout>
  );
}
