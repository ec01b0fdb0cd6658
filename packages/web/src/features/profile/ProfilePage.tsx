import { ZCreateUserRequest, type TMe } from '@homeward/core';
import { Badge, Button, Group, Radio, Stack, Switch, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useErrorText } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { applyServerErrors, formResolver, useFieldError } from '../../lib/forms';
import { applyLanguage, isLanguage } from '../../lib/i18n';
import { makeFormatter } from '../../lib/format';
import { ChangePasswordForm } from '../auth/ChangePasswordForm';
import { useMe } from '../auth/session';
import { useUpdateMe } from './api';
import { TwoFactorSection } from './TwoFactorSection';

export function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe();
  if (!me) return null;
  return (
    <Stack gap="lg" maw={720}>
      <PageHeader title={t('profile.title')} description={t('profile.intro')} />
      <DetailsSection me={me} />
      <PreferencesSection me={me} />
      <Section title={t('password.change')} description={t('profile.passwordIntro')}>
        <ChangePasswordForm
          onChanged={() => {
            notifications.show({ color: 'teal', message: t('profile.passwordChanged') });
          }}
        />
      </Section>
      <TwoFactorSection me={me} />
    </Stack>
  );
}

const ZNameForm = ZCreateUserRequest.pick({ name: true });

function DetailsSection({ me }: { me: TMe }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const errorText = useErrorText();
  const update = useUpdateMe();
  const form = useForm<z.input<typeof ZNameForm>, unknown, z.output<typeof ZNameForm>>({ resolver: formResolver(ZNameForm), values: { name: me.user.name } });
  const submit = form.handleSubmit(async ({ name }) => {
    try {
      await update.mutateAsync({ name });
      notifications.show({ color: 'teal', message: t('common.saved') });
    } catch (e) {
      if (!applyServerErrors(e, form.setError, ['name'])) notifications.show({ color: 'red', message: errorText(e) });
    }
  });
  return (
    <Section title={t('profile.details')}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <TextInput {...form.register('name')} label={t('users.name')} autoComplete="name" required error={fe(form.formState.errors.name)} />
          <TextInput label={t('users.email')} value={me.user.email} readOnly description={t('profile.emailFixed')} />
          <Group gap="xs">
            <Badge variant="light">{t(`roles.${me.user.role}`)}</Badge>
            {me.user.teams.map((team) => (
              <Badge key={team.id} variant="outline" color="gray">
                {team.name}
              </Badge>
            ))}
          </Group>
          <Group>
            <Button type="submit" loading={update.isPending} disabled={!form.formState.isDirty}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

function PreferencesSection({ me }: { me: TMe }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const update = useUpdateMe();
  const save = async (body: { locale?: 'en' | 'km'; digits?: 'latn' | 'khmr' }) => {
    try {
      await update.mutateAsync(body);
      if (body.locale) await applyLanguage(body.locale);
      notifications.show({ color: 'teal', message: t('common.saved') });
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e) });
    }
  };
  const sample = makeFormatter('km', 'khmr');
  const now = new Date();
  return (
    <Section title={t('profile.preferences')}>
      <Radio.Group
        label={t('profile.language')}
        value={me.user.locale}
        onChange={(v) => {
          if (isLanguage(v)) void save({ locale: v });
        }}
      >
        <Group mt="xs" gap="lg">
          <Radio value="km" label={<span lang="km">ភាសាខ្មែរ</span>} />
          <Radio value="en" label={<span lang="en">English</span>} />
        </Group>
      </Radio.Group>
      <Switch
        checked={me.user.digits === 'khmr'}
        onChange={(e) => void save({ digits: e.currentTarget.checked ? 'khmr' : 'latn' })}
        label={t('profile.khmerDigits')}
        description={
          <>
            {t('profile.khmerDigitsHint')}{' '}
            <span lang="km">
              {sample.number(1234)} · {sample.date(now)}
            </span>
          </>
        }
        disabled={update.isPending}
      />
    </Section>
  );
}
