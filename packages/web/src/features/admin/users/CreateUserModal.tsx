import { ZCreateUserRequest, type TMe } from '@homeward/core';
import { Button, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput, Input } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRefresh } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { applyServerErrors, formResolver, useFieldError } from '../../../lib/forms';
import { generateTemporaryPassword } from '../../../lib/password';
import { organisationsQuery } from '../organisations/api';
import { teamsQuery } from '../teams/api';
import { useCreateUser } from './api';
import { RoleSelect, TeamsSelect } from './UserFields';
import { PasswordField } from '../../../components/PasswordField';

type Values = z.input<typeof ZCreateUserRequest>;
const fields = ['name', 'email', 'role', 'teamIds', 'locale', 'password', 'organisationId'] as const;

/** A new staff account with a temporary password the person must change at first sign-in. */
export function CreateUserModal({ me, opened, onClose }: { me: TMe; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const create = useCreateUser();
  const [error, setError] = useState<unknown>(null);
  const network = me.scope === 'all';
  const teams = useQuery({ ...teamsQuery, enabled: opened }).data ?? [];
  const organisations = useQuery({ ...organisationsQuery, enabled: opened && network }).data ?? [];
  const defaults: Values = { name: '', email: '', role: 'caseworker', teamIds: [], locale: 'km', password: generateTemporaryPassword(), organisationId: undefined };
  const form = useForm<Values, unknown, z.output<typeof ZCreateUserRequest>>({ resolver: formResolver(ZCreateUserRequest), defaultValues: defaults });
  const { errors, isSubmitting } = form.formState;
  const organisationId = form.watch('organisationId') ?? me.user.organisationId;

  const close = () => {
    form.reset({ ...defaults, password: generateTemporaryPassword() });
    setError(null);
    onClose();
  };
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      const user = await create.mutateAsync({ ...v, organisationId: v.organisationId === me.user.organisationId ? undefined : v.organisationId });
      notifications.show({ color: 'teal', title: t('users.created', { name: user.name }), message: t('users.createdHint'), autoClose: 8000 });
      close();
    } catch (e) {
      if (!applyServerErrors(e, form.setError, fields)) setError(e);
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={t('users.createTitle')} size="lg" centered>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <ErrorAlert error={error} />
          {network && (
            <Controller
              control={form.control}
              name="organisationId"
              render={({ field }) => (
                <Select
                  label={t('users.organisation')}
                  data={organisations.map((o) => ({ value: o.id, label: o.name }))}
                  value={field.value ?? me.user.organisationId}
                  onChange={(v) => {
                    field.onChange(v ?? undefined);
                    form.setValue('teamIds', []);
                  }}
                  allowDeselect={false}
                  error={fe(errors.organisationId)}
                />
              )}
            />
          )}
          <TextInput {...form.register('name')} data-testid="user-name" label={t('users.name')} description={t('users.nameHint')} required autoComplete="off" error={fe(errors.name)} data-autofocus />
          <TextInput {...form.register('email')} data-testid="user-email" label={t('users.email')} type="email" inputMode="email" required autoComplete="off" error={fe(errors.email)} />
          <Controller
            control={form.control}
            name="role"
            render={({ field }) => <RoleSelect actorRole={me.user.role} value={field.value} onChange={field.onChange} error={fe(errors.role)} description={t(`roleDescriptions.${field.value}`)} />}
          />
          <Controller
            control={form.control}
            name="teamIds"
            render={({ field }) => <TeamsSelect teams={teams} organisationId={organisationId} value={field.value ?? []} onChange={field.onChange} error={fe(errors.teamIds)} />}
          />
          <Controller
            control={form.control}
            name="locale"
            render={({ field }) => (
              <Input.Wrapper label={t('users.language')}>
                <div>
                  <SegmentedControl
                    mt={4}
                    value={field.value ?? 'km'}
                    onChange={field.onChange}
                    data={[
                      { value: 'km', label: <span lang="km">ភាសាខ្មែរ</span> },
                      { value: 'en', label: <span lang="en">English</span> },
                    ]}
                  />
                </div>
              </Input.Wrapper>
            )}
          />
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <PasswordField
              {...form.register('password')}
              data-testid="user-password"
              label={t('users.temporaryPassword')}
              description={t('users.temporaryPasswordHint')}
              required
              autoComplete="new-password"
              error={fe(errors.password)}
              style={{ flex: 1 }}
              defaultVisible
            />
            <Button
              variant="default"
              onClick={() => form.setValue('password', generateTemporaryPassword(), { shouldValidate: true })}
              leftSection={<IconRefresh size={16} />}
              mb={errors.password ? 24 : 0}
            >
              {t('users.generate')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {t('users.temporaryPasswordShare')}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" data-testid="user-submit" loading={isSubmitting}>
              {t('users.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
