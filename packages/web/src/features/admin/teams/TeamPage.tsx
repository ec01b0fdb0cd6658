import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconHistory, IconPencil, IconRestore, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { Pager } from '../../../components/Pager';
import { RequireAbility } from '../../../components/RequireAbility';
import { Section } from '../../../components/Section';
import { EmptyMessage, ErrorState, LoadingState } from '../../../components/States';
import { useFormat } from '../../../lib/useFormat';
import { useCan } from '../../auth/session';
import { usersQuery } from '../users/api';
import { UserStatus } from '../users/UsersPage';
import { teamsQuery, useUpdateTeam } from './api';
import { RenameTeamModal } from './RenameTeamModal';
import { ArchiveTeamDialog } from './TeamsPage';
import { AnchorLink, ButtonLink } from '../../../components/links';

const route = getRouteApi('/app/admin/teams/$teamId');
const PAGE_SIZE = 25;

export function TeamPage() {
  return (
    <RequireAbility action="team.read">
      <TeamScreen />
    </RequireAbility>
  );
}

function TeamScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const { teamId } = route.useParams();
  const teams = useQuery(teamsQuery);
  const [renaming, setRenaming] = useState(false);
  const [archiving, setArchiving] = useState(false);
  const update = useUpdateTeam();
  const back = { to: '/admin/teams', label: t('teams.title') };
  if (teams.isPending) return <LoadingState />;
  if (teams.isError) return <ErrorState error={teams.error} onRetry={() => void teams.refetch()} />;
  const team = teams.data.find((x) => x.id === teamId);
  if (!team) return <><PageHeader title={t('teams.title')} back={back} /><EmptyMessage title={t('common.notFoundTitle')} description={t('common.notFound')} /></>;
  const manage = can('team.manage');
  return (
    <Stack gap="lg">
      <PageHeader
        back={back}
        title={team.name}
        description={t('teams.memberCount', { members: fmt.number(team.memberCount) })}
        actions={
          <>
            {manage && (
              <>
                <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setRenaming(true)}>
                  {t('teams.rename')}
                </Button>
                <Button variant="default" color={team.archived ? undefined : 'red'} leftSection={team.archived ? <IconRestore size={16} /> : <IconArchive size={16} />} onClick={() => setArchiving(true)}>
                  {team.archived ? t('teams.restore') : t('teams.archive')}
                </Button>
              </>
            )}
            {can('audit.read_record') && (
              <ButtonLink to="/admin/audit/records/$recordType/$recordId" params={{ recordType: 'team', recordId: team.id }} variant="default" leftSection={<IconHistory size={16} />}>
                {t('audit.whoOpened')}
              </ButtonLink>
            )}
          </>
        }
      />
      {team.archived && (
        <Badge color="gray" variant="light" size="lg">
          {t('teams.archived')}
        </Badge>
      )}
      {can('user.read') && <Members teamId={team.id} />}
      <RenameTeamModal team={renaming ? team : null} onClose={() => setRenaming(false)} />
      <ArchiveTeamDialog
        team={archiving ? team : null}
        onClose={() => setArchiving(false)}
        onConfirm={async (x) => {
          const updated = await update.mutateAsync({ id: x.id, archived: !x.archived });
          notifications.show({ color: 'teal', message: updated.archived ? t('teams.archivedDone', { name: updated.name }) : t('teams.restoredDone', { name: updated.name }) });
        }}
      />
    </Stack>
  );
}

function Members({ teamId }: { teamId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const members = useQuery(usersQuery({ teamId, inactive: true, page, pageSize: PAGE_SIZE }));
  return (
    <Section title={t('teams.membersTitle')} description={t('teams.membersHint')}>
      {members.isPending ? (
        <LoadingState />
      ) : members.isError ? (
        <ErrorState error={members.error} onRetry={() => void members.refetch()} />
      ) : members.data.items.length === 0 ? (
        <EmptyMessage icon={<IconUsers size={28} />} title={t('teams.noMembers')} />
      ) : (
        <>
          <Table className="stack-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('users.name')}</Table.Th>
                <Table.Th>{t('users.role')}</Table.Th>
                <Table.Th>{t('common.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.data.items.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td>
                    <AnchorLink to="/admin/users/$userId" params={{ userId: u.id }} fw={600}>
                      {u.name}
                    </AnchorLink>
                    <Text size="xs" c="dimmed">
                      {u.email}
                    </Text>
                  </Table.Td>
                  <Table.Td data-label={t('users.role')}>{t(`roles.${u.role}`)}</Table.Td>
                  <Table.Td data-label={t('common.status')}>
                    <Group gap={4}>
                      <UserStatus user={u} />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Pager page={page} pageSize={PAGE_SIZE} total={members.data.total} onChange={setPage} />
        </>
      )}
    </Section>
  );
}
