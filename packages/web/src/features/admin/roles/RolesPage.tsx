import { Stack, Table, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconMinus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { RequireAbility } from '../../../components/RequireAbility';
import { ErrorState, LoadingState } from '../../../components/States';
import { isRole, scopeOf } from '../../../lib/vocabulary';
import { roleMatrixQuery } from './api';

/** What each role may do and which records it sees, exactly as the server enforces it. */
export function RolesPage() {
  return (
    <RequireAbility action="role.read">
      <Roles />
    </RequireAbility>
  );
}

const sticky = { position: 'sticky', left: 0, background: 'var(--mantine-color-body)', zIndex: 1 } as const;

function Roles() {
  const { t } = useTranslation();
  const matrix = useQuery(roleMatrixQuery);
  return (
    <Stack gap="md">
      <PageHeader title={t('rolesPage.title')} description={t('rolesPage.intro')} />
      {matrix.isPending ? (
        <LoadingState />
      ) : matrix.isError ? (
        <ErrorState error={matrix.error} onRetry={() => void matrix.refetch()} />
      ) : (
        <Table.ScrollContainer minWidth={820} type="native">
          <Table withColumnBorders withTableBorder striped highlightOnHover stickyHeader aria-label={t('rolesPage.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th style={sticky} miw={{ base: 150, sm: 220 }}>
                  {t('rolesPage.action')}
                </Table.Th>
                {matrix.data.roles.map((r) => (
                  <Table.Th key={r.role} ta="center" fz="xs" miw={84}>
                    {isRole(r.role) ? t(`roles.${r.role}`) : r.role}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th scope="row" style={sticky}>
                  {t('rolesPage.scope')}
                </Table.Th>
                {matrix.data.roles.map((r) => (
                  <Table.Td key={r.role} ta="center" fz="xs" title={t(`scopeDescriptions.${scopeOf(r.scope)}`)}>
                    {t(`scopes.${scopeOf(r.scope)}`)}
                  </Table.Td>
                ))}
              </Table.Tr>
              {matrix.data.actions.map((a) => (
                <Table.Tr key={a}>
                  <Table.Th scope="row" style={sticky} fw={400}>
                    <Text size="sm">{t(`actions.${a}`)}</Text>
                  </Table.Th>
                  {matrix.data.roles.map((r) => (
                    <Table.Td key={r.role} ta="center">
                      {r.actions[a] ? (
                        <ThemeIcon size={22} radius="xl" color="teal" variant="light" aria-label={t('rolesPage.allowed')} role="img">
                          <IconCheck size={14} />
                        </ThemeIcon>
                      ) : (
                        <ThemeIcon size={22} radius="xl" color="gray" variant="transparent" aria-label={t('rolesPage.notAllowed')} role="img">
                          <IconMinus size={14} />
                        </ThemeIcon>
                      )}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="sm" c="dimmed">
        {t('rolesPage.footnote')}
      </Text>
    </Stack>
  );
}
