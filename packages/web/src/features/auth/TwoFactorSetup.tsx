import { Alert, Button, Center, Code, CopyButton, Group, Image, List, SimpleGrid, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconCopy, IconDownload, IconShieldLock } from '@tabler/icons-react';
import { toDataURL } from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isApiError } from '../../lib/api';
import { digitsOnly } from '../../lib/format';
import { enableTwoFactor, verifyTotp } from './session';
import { groupSecret, totpSecret } from './totp';
import { PasswordField } from '../../components/PasswordField';

type Step = { name: 'password' } | { name: 'scan'; uri: string; backupCodes: string[] } | { name: 'codes'; backupCodes: string[] };

/**
 * Turn on two-factor sign-in: confirm the password, scan the QR code (or type the secret) into an
 * authenticator app, prove it with a code, then keep the backup codes, which are shown only once.
 */
export function TwoFactorSetup({ onDone }: { onDone: () => Promise<void> | void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ name: 'password' });
  if (step.name === 'password') return <PasswordStep onEnabled={(uri, backupCodes) => setStep({ name: 'scan', uri, backupCodes })} />;
  if (step.name === 'scan') return <ScanStep uri={step.uri} onVerified={() => setStep({ name: 'codes', backupCodes: step.backupCodes })} />;
  return (
    <Stack>
      <Alert color="teal" variant="light" icon={<IconShieldLock size={18} />} title={t('twoFactor.enabledTitle')}>
        {t('twoFactor.backupIntro')}
      </Alert>
      <BackupCodes codes={step.backupCodes} />
      <Button onClick={() => void onDone()}>{t('twoFactor.savedCodes')}</Button>
    </Stack>
  );
}

function PasswordStep({ onEnabled }: { onEnabled: (uri: string, backupCodes: string[]) => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [wrong, setWrong] = useState(false);
  const submit = async () => {
    if (!password) return setWrong(true);
    setBusy(true);
    setError(null);
    setWrong(false);
    try {
      const r = await enableTwoFactor(password);
      onEnabled(r.totpURI, r.backupCodes);
    } catch (e) {
      setBusy(false);
      if (isApiError(e) && e.code === 'auth.password_wrong') setWrong(true);
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
        <Text size="sm">{t('twoFactor.intro')}</Text>
        <ErrorAlert error={error} />
        <PasswordField
          label={t('twoFactor.confirmPassword')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          autoComplete="current-password"
          required
          autoFocus
          error={wrong ? (password ? t('errors.auth.password_wrong') : t('validation.required')) : undefined}
        />
        <Button type="submit" loading={busy}>
          {t('twoFactor.start')}
        </Button>
      </Stack>
    </form>
  );
}

function ScanStep({ uri, onVerified }: { uri: string; onVerified: () => void }) {
  const { t } = useTranslation();
  const [qr, setQr] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [invalid, setInvalid] = useState(false);
  const secret = groupSecret(totpSecret(uri) ?? '');
  useEffect(() => {
    let live = true;
    toDataURL(uri, { margin: 1, width: 208, errorCorrectionLevel: 'M' })
      .then((url) => live && setQr(url))
      .catch((e: unknown) => console.error('QR code failed', e));
    return () => {
      live = false;
    };
  }, [uri]);
  const submit = async () => {
    const value = digitsOnly(code);
    if (value.length !== 6) return setInvalid(true);
    setInvalid(false);
    setBusy(true);
    setError(null);
    try {
      await verifyTotp(value);
      onVerified();
    } catch (e) {
      setBusy(false);
      setCode('');
      setError(e);
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
        <List type="ordered" size="sm" spacing={4}>
          <List.Item>{t('twoFactor.stepInstall')}</List.Item>
          <List.Item>{t('twoFactor.stepScan')}</List.Item>
          <List.Item>{t('twoFactor.stepCode')}</List.Item>
        </List>
        <Center>
          {qr ? <Image src={qr} w={208} h={208} alt={t('twoFactor.qrAlt')} radius="sm" /> : <Skeleton w={208} h={208} />}
        </Center>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('twoFactor.secretLabel')}
          </Text>
          <Group gap="xs" wrap="nowrap" align="center">
            <Code block style={{ flex: 1, whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontSize: '0.9rem' }} lang="en">
              {secret}
            </Code>
            <CopyButton value={secret.replace(/\s/g, '')}>
              {({ copied, copy }) => (
                <Button variant="default" size="xs" onClick={copy} leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}>
                  {copied ? t('common.copied') : t('common.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Stack>
        <ErrorAlert error={error} />
        <TextInput
          label={t('auth.totpCode')}
          value={code}
          onChange={(e) => setCode(digitsOnly(e.currentTarget.value).slice(0, 6))}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
          error={invalid ? t('auth.totpCodeInvalid') : undefined}
          styles={{ input: { letterSpacing: '0.3em', fontVariantNumeric: 'tabular-nums' } }}
        />
        <Button type="submit" loading={busy}>
          {t('twoFactor.confirm')}
        </Button>
      </Stack>
    </form>
  );
}

function BackupCodes({ codes }: { codes: string[] }) {
  const { t } = useTranslation();
  const text = codes.join('\n');
  const download = () => {
    const url = URL.createObjectURL(new Blob([`Homeward — ${t('twoFactor.backupCodes')}\n\n${text}\n`], { type: 'text/plain' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'homeward-backup-codes.txt';
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Stack gap="xs">
      <SimpleGrid cols={2} spacing="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('twoFactor.backupCodes')}>
        {codes.map((c) => (
          <Code key={c} component="li" ta="center" fz="sm" py={6} lang="en">
            {c}
          </Code>
        ))}
      </SimpleGrid>
      <Group gap="xs">
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button variant="default" size="xs" onClick={copy} leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}>
              {copied ? t('common.copied') : t('common.copy')}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" size="xs" onClick={download} leftSection={<IconDownload size={14} />}>
          {t('common.download')}
        </Button>
      </Group>
    </Stack>
  );
}
