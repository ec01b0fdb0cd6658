import type { TMe, TUser } from '@homeward/core';
import { ActionIcon, Badge, Button, Group, Menu, Select, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconKey, IconSearch, IconUserCheck, IconUserOff, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUrlSearchText } from '../../../lib/useUrlSearchText';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { PageHeader } from '../../../components/PageHeader';
import { Pager } from '../../../components/Pager';
import { RequireAbility } from '../../../components/RequireAbility';
import { EmptyMessage, ErrorState, LoadingState } from '../../../components/States';
import { useCan, useMe } from '../../auth/session';
import { teamsQuery } from '../teams/api';
import { usersQuery, useUpdateUser } from './api';
import { CreateUserModal } from './CreateUserModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { canDeactivate, canEditUser, type Manager } from './rules';
import { AnchorLink } from '../../../components/links';

const route = getRouteApi('/app/admin/users');
const PAGE_SIZE = 25;

export function UsersPage() {
  return (
    <RequireAbility action="user.read">
      <Users />
    </RequireAbility>
  );
}

export const managerOf = (me: TMe, canManage: boolean): Manager => ({ userId: me.user.id, role: me.user.role, canManage });

function Users() {
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const [q, setQ] = useUrlSearchText(search.q, (next) => void navigate({ search: (s) => ({ ...s, q: next, page: undefined }), replace: true }));
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<TUser | null>(null);
  const [toggling, setToggling] = useState<TUser | null>(null);
  const update = useUpdateUser();

  const users = useQuery(usersQuery({ q: search.q, teamId: search.teamId, inactive: search.inactive, page, pageSize: PAGE_SIZE }));
  const teams = useQuery({ ...teamsQuery, enabled: can('team.read') }).data ?? [];
  if (!me) return null;
  const manager = managerOf(me, can('user.manage'));
  const filtered = Boolean(search.q || search.teamId || search.inactive);

  return (
    <Stack gap="md">
      <PageHeader
        title={t('users.title')}
        description={t('users.intro')}
        actions={
          manager.canManage && (
            <Button leftSection={<IconUserPlus size={18} />} onClick={() => setCreating(true)} data-testid="user-create">
              {t('users.new')}
            </Button>
          )
        }
      />
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('users.search')}
          placeholder={t('users.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          style={{ flex: '1 1 14rem' }}
          type="search"
        />
        {teams.length > 0 && (
          <Select
            label={t('users.team')}
            placeholder={t('users.allTeams')}
            data={teams.filter((team) => !team.archived).map((team) => ({ value: team.id, label: team.name }))}
            value={search.teamId ?? null}
            onChange={(v) => void navigate({ search: (s) => ({ ...s, teamId: v ?? undefined, page: undefined }) })}
            clearable
            searchable
            style={{ flex: '1 1 12rem' }}
          />
        )}
        <Switch
          label={t('users.includeInactive')}
          checked={search.inactive ?? false}
          onChange={(e) => {
            const checked = e.currentTarget.checked;
            void navigate({ search: (s) => ({ ...s, inactive: checked || undefined, page: undefined }) });
          }}
          mb={8}
        />
      </Group>

      {users.isPending ? (
        <LoadingState />
      ) : users.isError ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : users.data.items.length === 0 ? (
        <EmptyMessage
          icon={<IconUsers size={28} />}
          title={filtered ? t('users.noneFound') : t('users.none')}
          description={filtered ? t('common.tryOtherFilters') : undefined}
        />
      ) : (
        <>
          <Table className="stack-table" highlightOnHover aria-busy={users.isFetching}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('users.name')}</Table.Th>
                <Table.Th>{t('users.role')}</Table.Th>
                <Table.Th>{t('users.teams')}</Table.Th>
                <Table.Th>{t('common.status')}</Table.Th>
                <Table.Th w={48}>
                  <span className="visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data.items.map((u) => (
                <Table.Tr key={u.id} data-testid="user-row">
                  <Table.Td>
                    <AnchorLink to="/admin/users/$userId" params={{ userId: u.id }} fw={600}>
                      {u.name}
                    </AnchorLink>
                    <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                      {u.email}
                    </Text>
                  </Table.Td>
                  <Table.Td data-label={t('users.role')}>{t(`roles.${u.role}`)}</Table.Td>
                  <Table.Td data-label={t('users.teams')}>{u.teams.length ? u.teams.map((team) => team.name).join(', ') : <Text span c="dimmed" size="sm">—</Text>}</Table.Td>
                  <Table.Td data-label={t('common.status')}>
                    <UserStatus user={u} />
                  </Table.Td>
                  <Table.Td>
                    {canEditUser(manager, u) && (
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <ActionIcon variant="subtle" color="gray" aria-label={t('users.actionsFor', { name: u.name })}>
                            <IconDots size={18} />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item leftSection={<IconKey size={16} />} onClick={() => setResetting(u)}>
                            {t('users.resetPassword')}
                          </Menu.Item>
                          {canDeactivate(manager, u) && (
                            <Menu.Item color={u.active ? 'red' : undefined} leftSection={u.active ? <IconUserOff size={16} /> : <IconUserCheck size={16} />} onClick={() => setToggling(u)}>
                              {u.active ? t('users.deactivate') : t('users.reactivate')}
                            </Menu.Item>
                          )}
                        </Menu.Dropdown>
                      </Menu>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Pager page={page} pageSize={PAGE_SIZE} total={users.data.total} onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p }) })} />
        </>
      )}

      {manager.canManage && <CreateUserModal me={me} opened={creating} onClose={() => setCreating(false)} />}
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      <ConfirmDialog
        opened={toggling !== null}
        onClose={() => setToggling(null)}
        title={toggling?.active ? t('users.deactivateTitle', { name: toggling.name }) : t('users.reactivateTitle', { name: toggling?.name ?? '' })}
        message={toggling?.active ? t('users.deactivateConfirm') : t('users.reactivateConfirm')}
        confirmLabel={toggling?.active ? t('users.deactivate') : t('users.reactivate')}
        danger={toggling?.active}
        onConfirm={async () => {
          if (!toggling) return;
          const updated = await update.mutateAsync({ id: toggling.id, active: !toggling.active });
          notifications.show({ color: 'teal', message: updated.active ? t('users.reactivated', { name: updated.name }) : t('users.deactivated', { name: updated.name }) });
        }}
      />
    </Stack>
  );
}

export function UserStatus({ user }: { user: Pick<TUser, 'active' | 'mustChangePassword' | 'twoFactorEnabled'> }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {user.active ? (
        <Badge color="teal" variant="light">
          {t('users.active')}
        </Badge>
      ) : (
        <Badge color="gray" variant="light">
          {t('users.inactive')}
        </Badge>
      )}
      {user.active && user.mustChangePassword && (
        <Badge color="yellow" variant="light">
          {t('users.mustChangePassword')}
        </Badge>
      )}
      {user.twoFactorEnabled && (
        <Badge color="blue" variant="light">
          {t('users.twoFactorOn')}
        </Badge>
      )}
    </Group>
  );
}
