import { ZUpdateUserRequest, ZCreateUserRequest, type TMe, type TUser } from '@homeward/core';
import { Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconHistory, IconKey, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { RequireAbility } from '../../../components/RequireAbility';
import { Section } from '../../../components/Section';
import { ErrorState, LoadingState } from '../../../components/States';
import { applyServerErrors, formResolver, useFieldError } from '../../../lib/forms';
import { useFormat } from '../../../lib/useFormat';
import { useCan, useMe } from '../../auth/session';
import { teamsQuery } from '../teams/api';
import { userQuery, useUpdateUser } from './api';
import { ResetPasswordModal } from './ResetPasswordModal';
import { canChangeRole, canDeactivate, canEditUser } from './rules';
import { RoleSelect, TeamsSelect } from './UserFields';
import { managerOf, UserStatus } from './UsersPage';
import { ButtonLink } from '../../../components/links';
import { PartnerCentresSection } from '../../centres/PartnerCentresSection';

const route = getRouteApi('/app/admin/users/$userId');

export function UserPage() {
  return (
    <RequireAbility action="user.read">
      <UserScreen />
    </RequireAbility>
  );
}

function UserScreen() {
  const { t } = useTranslation();
  const { userId } = route.useParams();
  const me = useMe();
  const can = useCan();
  const user = useQuery(userQuery(userId));
  const [resetting, setResetting] = useState(false);
  const [toggling, setToggling] = useState(false);
  const update = useUpdateUser();
  const back = { to: '/admin/users', label: t('users.title') };
  if (!me) return null;
  if (user.isPending) return <LoadingState />;
  if (user.isError) return <><PageHeader title={t('users.title')} back={back} /><ErrorState error={user.error} onRetry={() => void user.refetch()} /></>;
  const u = user.data;
  const manager = managerOf(me, can('user.manage'));
  const editable = canEditUser(manager, u);
  return (
    <Stack gap="lg" maw={820}>
      <PageHeader
        back={back}
        title={u.name}
        description={u.email}
        actions={
          can('audit.read_record') && (
            <ButtonLink to="/admin/audit/records/$recordType/$recordId" params={{ recordType: 'user', recordId: u.id }} variant="default" leftSection={<IconHistory size={16} />}>
              {t('audit.whoOpened')}
            </ButtonLink>
          )
        }
      />
      <UserStatus user={u} />
      {editable ? <EditUserForm me={me} user={u} canChangeRole={canChangeRole(manager, u)} /> : <UserFacts user={u} />}
      {u.role === 'partner' && <PartnerCentresSection user={u} editable={editable} />}
      {editable && (
        <Section title={t('users.access')} description={t('users.accessIntro')}>
          <Group gap="sm">
            <Button variant="default" leftSection={<IconKey size={16} />} onClick={() => setResetting(true)}>
              {t('users.resetPassword')}
            </Button>
            {canDeactivate(manager, u) && (
              <Button variant={u.active ? 'outline' : 'filled'} color={u.active ? 'red' : undefined} leftSection={u.active ? <IconUserOff size={16} /> : <IconUserCheck size={16} />} onClick={() => setToggling(true)}>
                {u.active ? t('users.deactivate') : t('users.reactivate')}
              </Button>
            )}
          </Group>
        </Section>
      )}
      <ResetPasswordModal user={resetting ? u : null} onClose={() => setResetting(false)} />
      <ConfirmDialog
        opened={toggling}
        onClose={() => setToggling(false)}
        title={u.active ? t('users.deactivateTitle', { name: u.name }) : t('users.reactivateTitle', { name: u.name })}
        message={u.active ? t('users.deactivateConfirm') : t('users.reactivateConfirm')}
        confirmLabel={u.active ? t('users.deactivate') : t('users.reactivate')}
        danger={u.active}
        onConfirm={async () => {
          const updated = await update.mutateAsync({ id: u.id, active: !u.active });
          notifications.show({ color: 'teal', message: updated.active ? t('users.reactivated', { name: updated.name }) : t('users.deactivated', { name: updated.name }) });
        }}
      />
    </Stack>
  );
}

function UserFacts({ user }: { user: TUser }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const facts: Array<[string, string]> = [
    [t('users.role'), t(`roles.${user.role}`)],
    [t('users.teams'), user.teams.map((team) => team.name).join(', ') || '—'],
    [t('users.organisation'), user.organisationName],
    [t('users.language'), t(`languages.${user.locale}`)],
    [t('users.createdAt'), fmt.date(user.createdAt)],
  ];
  return (
    <Section title={t('users.account')}>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" component="dl" m={0}>
        {facts.map(([k, v]) => (
          <div key={k}>
            <Text component="dt" size="sm" c="dimmed">
              {k}
            </Text>
            <Text component="dd" m={0}>
              {v}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Section>
  );
}

const ZEditUser = ZUpdateUserRequest.extend(ZCreateUserRequest.pick({ name: true, role: true }).shape).required({ teamIds: true });
type EditValues = z.input<typeof ZEditUser>;

function EditUserForm({ me, user, canChangeRole: roleEditable }: { me: TMe; user: TUser; canChangeRole: boolean }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const fmt = useFormat();
  const update = useUpdateUser();
  const [error, setError] = useState<unknown>(null);
  const teams = useQuery(teamsQuery).data ?? [];
  const form = useForm<EditValues, unknown, z.output<typeof ZEditUser>>({
    resolver: formResolver(ZEditUser),
    values: { name: user.name, role: user.role, teamIds: user.teams.map((team) => team.id) },
  });
  const { errors, isDirty, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      await update.mutateAsync({ id: user.id, name: v.name, teamIds: v.teamIds, ...(v.role !== user.role ? { role: v.role } : {}) });
      notifications.show({ color: 'teal', message: t('common.saved') });
    } catch (e) {
      if (!applyServerErrors(e, form.setError, ['name', 'role', 'teamIds'])) setError(e);
    }
  });
  return (
    <Section title={t('users.account')} description={t('users.accountIntro', { date: fmt.date(user.createdAt) })}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <ErrorAlert error={error} />
          <TextInput {...form.register('name')} label={t('users.name')} required error={fe(errors.name)} />
          <TextInput label={t('users.email')} value={user.email} readOnly description={t('users.emailFixed')} />
          <Controller
            control={form.control}
            name="role"
            render={({ field }) => (
              <RoleSelect
                actorRole={me.user.role}
                value={field.value}
                onChange={field.onChange}
                disabled={!roleEditable}
                description={roleEditable ? t(`roleDescriptions.${field.value}`) : t('users.ownRole')}
                error={fe(errors.role)}
              />
            )}
          />
          <Controller
            control={form.control}
            name="teamIds"
            render={({ field }) => <TeamsSelect teams={teams} organisationId={user.organisationId} value={field.value} onChange={field.onChange} error={fe(errors.teamIds)} />}
          />
          <Group>
            <Button type="submit" loading={isSubmitting} disabled={!isDirty}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
