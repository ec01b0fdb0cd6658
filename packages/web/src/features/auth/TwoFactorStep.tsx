import { Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isApiError } from '../../lib/api';
import { digitsOnly } from '../../lib/format';
import { verifyBackupCode, verifyTotp } from './session';

/** The second step of signing in: a code from the authenticator app, or a backup code. */
export function TwoFactorStep({ onDone, onRestart }: { onDone: () => Promise<void>; onRestart: () => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'app' | 'backup'>('app');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [invalid, setInvalid] = useState(false);

  const submit = async () => {
    const value = mode === 'app' ? digitsOnly(code) : code.trim();
    if (mode === 'app' ? value.length !== 6 : value.length < 4) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setBusy(true);
    setError(null);
    try {
      await (mode === 'app' ? verifyTotp(value) : verifyBackupCode(value));
      await onDone();
    } catch (e) {
      setBusy(false);
      setCode('');
      // The half-finished sign-in expired: start again from the password.
      if (isApiError(e) && e.code === 'auth.unauthenticated') onRestart();
      else setError(e);
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      noValidate
    >
      <Stack>
        <ErrorAlert error={error} />
        {mode === 'app' ? (
          <TextInput
            key="app"
            label={t('auth.totpCode')}
            description={t('auth.totpCodeHint')}
            value={code}
            onChange={(e) => setCode(digitsOnly(e.currentTarget.value).slice(0, 6))}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            autoFocus
            required
            error={invalid ? t('auth.totpCodeInvalid') : undefined}
            styles={{ input: { letterSpacing: '0.3em', fontVariantNumeric: 'tabular-nums' } }}
          />
        ) : (
          <TextInput
            key="backup"
            label={t('auth.backupCode')}
            description={t('auth.backupCodeHint')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            autoFocus
            required
            error={invalid ? t('validation.required') : undefined}
          />
        )}
        <Button type="submit" loading={busy} fullWidth>
          {t('auth.verify')}
        </Button>
        <Group justify="space-between" gap="xs">
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => {
              setMode(mode === 'app' ? 'backup' : 'app');
              setCode('');
              setInvalid(false);
              setError(null);
            }}
          >
            {mode === 'app' ? t('auth.useBackupCode') : t('auth.useAuthenticator')}
          </Anchor>
          <Anchor component="button" type="button" size="sm" c="dimmed" onClick={onRestart}>
            {t('auth.startOver')}
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}
