import { ZCreateTeamRequest, type TTeam } from '@homeward/core';
import { ActionIcon, Badge, Button, Group, Menu, Paper, Select, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconDots, IconPencil, IconPlus, IconRestore, IconUsersGroup } from '@tabler/icons-react';
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
import { EmptyMessage, ErrorState, LoadingState } from '../../../components/States';
import { applyServerErrors, formResolver, useFieldError } from '../../../lib/forms';
import { useFormat } from '../../../lib/useFormat';
import { useCan, useMe } from '../../auth/session';
import { organisationsQuery } from '../organisations/api';
import { teamsQuery, useCreateTeam, useUpdateTeam } from './api';
import { RenameTeamModal } from './RenameTeamModal';
import { AnchorLink } from '../../../components/links';

const route = getRouteApi('/app/admin/teams');

export function TeamsPage() {
  return (
    <RequireAbility action="team.read">
      <Teams />
    </RequireAbility>
  );
}

function Teams() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const teams = useQuery(teamsQuery);
  const network = me?.scope === 'all';
  const orgs = useQuery({ ...organisationsQuery, enabled: network }).data ?? [];
  const orgName = (id: string) => orgs.find((o) => o.id === id)?.name ?? '';
  const [renaming, setRenaming] = useState<TTeam | null>(null);
  const [archiving, setArchiving] = useState<TTeam | null>(null);
  const update = useUpdateTeam();
  const manage = can('team.manage');
  const showArchived = search.archived ?? false;
  const rows = (teams.data ?? []).filter((team) => showArchived || !team.archived);

  return (
    <Stack gap="md">
      <PageHeader title={t('teams.title')} description={t('teams.intro')} />
      {manage && <CreateTeamForm />}
      <Switch
        label={t('teams.showArchived')}
        checked={showArchived}
        onChange={(e) => {
          const checked = e.currentTarget.checked;
          void navigate({ search: { archived: checked || undefined } });
        }}
      />
      {teams.isPending ? (
        <LoadingState />
      ) : teams.isError ? (
        <ErrorState error={teams.error} onRetry={() => void teams.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyMessage icon={<IconUsersGroup size={28} />} title={t('teams.none')} description={manage ? t('teams.noneHint') : undefined} />
      ) : (
        <Table className="stack-table" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('teams.name')}</Table.Th>
              {network && <Table.Th>{t('users.organisation')}</Table.Th>}
              <Table.Th>{t('teams.members')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
              {manage && (
                <Table.Th w={48}>
                  <span className="visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((team) => (
              <Table.Tr key={team.id} data-testid="team-row">
                <Table.Td>
                  <AnchorLink to="/admin/teams/$teamId" params={{ teamId: team.id }} fw={600}>
                    {team.name}
                  </AnchorLink>
                </Table.Td>
                {network && <Table.Td data-label={t('users.organisation')}>{orgName(team.organisationId)}</Table.Td>}
                <Table.Td data-label={t('teams.members')}>{fmt.number(team.memberCount)}</Table.Td>
                <Table.Td data-label={t('common.status')}>
                  <Badge color={team.archived ? 'gray' : 'teal'} variant="light">
                    {team.archived ? t('teams.archived') : t('teams.active')}
                  </Badge>
                </Table.Td>
                {manage && (
                  <Table.Td>
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon variant="subtle" color="gray" aria-label={t('teams.actionsFor', { name: team.name })}>
                          <IconDots size={18} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => setRenaming(team)}>
                          {t('teams.rename')}
                        </Menu.Item>
                        <Menu.Item color={team.archived ? undefined : 'red'} leftSection={team.archived ? <IconRestore size={16} /> : <IconArchive size={16} />} onClick={() => setArchiving(team)}>
                          {team.archived ? t('teams.restore') : t('teams.archive')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <RenameTeamModal team={renaming} onClose={() => setRenaming(null)} />
      <ArchiveTeamDialog team={archiving} onClose={() => setArchiving(null)} onConfirm={async (team) => {
        const updated = await update.mutateAsync({ id: team.id, archived: !team.archived });
        notifications.show({ color: 'teal', message: updated.archived ? t('teams.archivedDone', { name: updated.name }) : t('teams.restoredDone', { name: updated.name }) });
      }} />
    </Stack>
  );
}

export function ArchiveTeamDialog({ team, onClose, onConfirm }: { team: TTeam | null; onClose: () => void; onConfirm: (team: TTeam) => Promise<void> }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <ConfirmDialog
      opened={team !== null}
      onClose={onClose}
      title={team?.archived ? t('teams.restoreTitle', { name: team.name }) : t('teams.archiveTitle', { name: team?.name ?? '' })}
      message={team?.archived ? t('teams.restoreConfirm') : t('teams.archiveConfirm', { members: fmt.number(team?.memberCount ?? 0) })}
      confirmLabel={team?.archived ? t('teams.restore') : t('teams.archive')}
      danger={!team?.archived}
      onConfirm={() => (team ? onConfirm(team) : Promise.resolve())}
    />
  );
}

type CreateValues = z.input<typeof ZCreateTeamRequest>;

function CreateTeamForm() {
  const { t } = useTranslation();
  const fe = useFieldError();
  const me = useMe();
  const create = useCreateTeam();
  const [error, setError] = useState<unknown>(null);
  const network = me?.scope === 'all';
  const orgs = useQuery({ ...organisationsQuery, enabled: network }).data ?? [];
  const form = useForm<CreateValues, unknown, z.output<typeof ZCreateTeamRequest>>({ resolver: formResolver(ZCreateTeamRequest), defaultValues: { name: '' } });
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      const team = await create.mutateAsync(v.organisationId === me?.user.organisationId ? { name: v.name } : v);
      form.reset({ name: '', organisationId: v.organisationId });
      notifications.show({ color: 'teal', message: t('teams.created', { name: team.name }) });
    } catch (e) {
      if (!applyServerErrors(e, form.setError, ['name', 'organisationId'])) setError(e);
    }
  });
  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Text fw={600}>{t('teams.new')}</Text>
          <ErrorAlert error={error} />
          <Group align="flex-end" gap="sm">
            {network && (
              <Controller
                control={form.control}
                name="organisationId"
                render={({ field }) => (
                  <Select
                    label={t('users.organisation')}
                    data={orgs.map((o) => ({ value: o.id, label: o.name }))}
                    value={field.value ?? me?.user.organisationId ?? null}
                    onChange={(v) => field.onChange(v ?? undefined)}
                    allowDeselect={false}
                    style={{ flex: '1 1 12rem' }}
                  />
                )}
              />
            )}
            <TextInput {...form.register('name')} data-testid="team-name" label={t('teams.name')} placeholder={t('teams.namePlaceholder')} required error={fe(form.formState.errors.name)} style={{ flex: '2 1 14rem' }} autoComplete="off" />
            <Button type="submit" data-testid="team-create" leftSection={<IconPlus size={16} />} loading={form.formState.isSubmitting}>
              {t('teams.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
