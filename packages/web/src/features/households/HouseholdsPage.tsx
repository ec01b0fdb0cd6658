import { Badge, Group, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { IconHomeHeart, IconHomePlus, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useUrlSearchText } from '../../lib/useUrlSearchText';
import { AnchorLink, ButtonLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { RequireAbility } from '../../components/RequireAbility';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { PlaceLabel, Script } from '../people/PersonBits';
import { householdsQuery } from './api';

const route = getRouteApi('/app/households');
const PAGE_SIZE = 25;

export function HouseholdsPage() {
  return (
    <RequireAbility action="person.read">
      <Households />
    </RequireAbility>
  );
}

function Households() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const [q, setQ] = useUrlSearchText(search.q, (next) => void navigate({ search: (s) => ({ ...s, q: next, page: undefined }), replace: true }));

  const households = useQuery(householdsQuery({ q: search.q, archived: search.archived, page, pageSize: PAGE_SIZE }));
  const filtered = Boolean(search.q || search.archived);

  return (
    <Stack gap="md">
      <PageHeader
        back={{ to: '/people', label: t('people.title') }}
        title={t('households.title')}
        description={t('households.intro')}
        actions={
          can('person.write') && (
            <ButtonLink to="/households/new" leftSection={<IconHomePlus size={18} />} data-testid="household-new">
              {t('households.new')}
            </ButtonLink>
          )
        }
      />
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('households.search')}
          placeholder={t('households.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          style={{ flex: '1 1 16rem' }}
          type="search"
          autoComplete="off"
          spellCheck={false}
          data-testid="households-search"
        />
        <Switch
          label={t('people.includeArchived')}
          checked={search.archived ?? false}
          onChange={(e) => {
            const checked = e.currentTarget.checked;
            void navigate({ search: (s) => ({ ...s, archived: checked || undefined, page: undefined }) });
          }}
          mb={8}
        />
      </Group>
      {households.isPending ? (
        <LoadingState />
      ) : households.isError ? (
        <ErrorState error={households.error} onRetry={() => void households.refetch()} />
      ) : households.data.items.length === 0 ? (
        <EmptyMessage icon={<IconHomeHeart size={28} />} title={filtered ? t('households.noneFound') : t('households.none')} description={filtered ? t('common.tryOtherFilters') : undefined} />
      ) : (
        <>
          <Table className="stack-table" highlightOnHover aria-busy={households.isFetching} verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('households.name')}</Table.Th>
                <Table.Th>{t('people.village')}</Table.Th>
                <Table.Th>{t('households.members')}</Table.Th>
                <Table.Th>{t('people.idPoor')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {households.data.items.map((h) => (
                <Table.Tr key={h.id} data-testid="household-row">
                  <Table.Td>
                    <AnchorLink to="/households/$householdId" params={{ householdId: h.id }} fw={600}>
                      {h.name ? <Script>{h.name}</Script> : t('households.unnamed')}
                    </AnchorLink>
                    {h.archived && (
                      <Badge ml={6} size="sm" variant="light" color="gray">
                        {t('people.archived')}
                      </Badge>
                    )}
                    {h.livelihood && (
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        <Script>{h.livelihood}</Script>
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td data-label={t('people.village')}>{h.addressCode ? <PlaceLabel code={h.addressCode} /> : <Text span c="dimmed">—</Text>}</Table.Td>
                  <Table.Td data-label={t('households.members')}>{fmt.number(h.memberCount)}</Table.Td>
                  <Table.Td data-label={t('people.idPoor')}>{h.idPoorLevel ? t('people.idPoorBadge', { level: fmt.number(h.idPoorLevel) }) : <Text span c="dimmed">—</Text>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Pager page={page} pageSize={PAGE_SIZE} total={households.data.total} onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p }) })} />
        </>
      )}
    </Stack>
  );
}
