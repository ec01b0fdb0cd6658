import type { TMe } from '@homeward/core';
import { Badge, Button, Center, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isApiError } from '../../lib/api';
import { organisationQuery } from '../admin/organisations/api';
import { disableTwoFactor, meQuery } from '../auth/session';
import { Section } from '../../components/Section';
import { PasswordField } from '../../components/PasswordField';

const TwoFactorSetup = lazy(() => import('../auth/TwoFactorSetup').then((m) => ({ default: m.TwoFactorSetup })));

export function TwoFactorSection({ me }: { me: TMe }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const org = useQuery(organisationQuery(me.user.organisationId)).data;
  const required = org?.requireTwoFactorRoles.includes(me.user.role) ?? false;
  const [setUp, setSetUp] = useState(false);
  const [turningOff, setTurningOff] = useState(false);
  const refresh = () => queryClient.fetchQuery({ ...meQuery, staleTime: 0 });
  const on = me.user.twoFactorEnabled;
  return (
    <Section title={t('twoFactor.title')} description={t('twoFactor.explain')}>
      <Group justify="space-between" gap="sm">
        <Badge color={on ? 'teal' : 'gray'} variant="light" size="lg">
          {on ? t('twoFactor.on') : t('twoFactor.off')}
        </Badge>
        {on ? (
          !required && (
            <Button variant="default" color="red" onClick={() => setTurningOff(true)}>
              {t('twoFactor.turnOff')}
            </Button>
          )
        ) : (
          <Button onClick={() => setSetUp(true)}>{t('twoFactor.turnOn')}</Button>
        )}
      </Group>
      {required && on && (
        <Text size="sm" c="dimmed">
          {t('twoFactor.requiredByOrganisation')}
        </Text>
      )}
      <Modal opened={setUp} onClose={() => setSetUp(false)} title={t('twoFactor.turnOn')} centered size="md">
        <Suspense fallback={<Center py="xl"><Loader /></Center>}>
          <TwoFactorSetup
            onDone={async () => {
              setSetUp(false);
              await refresh();
              notifications.show({ color: 'teal', message: t('twoFactor.enabledTitle') });
            }}
          />
        </Suspense>
      </Modal>
      <TurnOffModal
        opened={turningOff}
        onClose={() => setTurningOff(false)}
        onDone={async () => {
          setTurningOff(false);
          await refresh();
          notifications.show({ color: 'teal', message: t('twoFactor.disabled') });
        }}
      />
    </Section>
  );
}

function TurnOffModal({ opened, onClose, onDone }: { opened: boolean; onClose: () => void; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [wrong, setWrong] = useState(false);
  const close = () => {
    setPassword('');
    setError(null);
    setWrong(false);
    onClose();
  };
  const submit = async () => {
    if (!password) return setWrong(true);
    setBusy(true);
    setError(null);
    try {
      await disableTwoFactor(password);
      setPassword('');
      await onDone();
    } catch (e) {
      if (isApiError(e) && e.code === 'auth.password_wrong') setWrong(true);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={t('twoFactor.turnOff')} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        noValidate
      >
        <Stack>
          <Text size="sm">{t('twoFactor.turnOffWarning')}</Text>
          <ErrorAlert error={error} />
          <PasswordField
            label={t('twoFactor.confirmPassword')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            autoComplete="current-password"
            required
            data-autofocus
            error={wrong ? (password ? t('errors.auth.password_wrong') : t('validation.required')) : undefined}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={busy}>
              {t('twoFactor.turnOff')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
