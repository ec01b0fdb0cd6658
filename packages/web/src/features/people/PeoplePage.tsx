import type { TPersonKind } from '@homeward/core';
import { Badge, Group, SegmentedControl, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { IconHomeHeart, IconSearch, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useUrlSearchText } from '../../lib/useUrlSearchText';
import { ButtonLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { RequireAbility } from '../../components/RequireAbility';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { useCan } from '../auth/session';
import { SimilarPeople } from '../tracing/SimilarPeople';
import { peopleQuery } from './api';
import { PersonName, PersonPhoto, PlaceLabel, useAgeText, useSexText } from './PersonBits';

const route = getRouteApi('/app/people');
const PAGE_SIZE = 25;

export function PeoplePage() {
  return (
    <RequireAbility action="person.read">
      <People />
    </RequireAbility>
  );
}

function People() {
  const { t } = useTranslation();
  const can = useCan();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const [q, setQ] = useUrlSearchText(search.q, (next) => void navigate({ search: (s) => ({ ...s, q: next, page: undefined }), replace: true }));
  const age = useAgeText();
  const sex = useSexText();

  const people = useQuery(peopleQuery({ q: search.q, kind: search.kind, archived: search.archived, page, pageSize: PAGE_SIZE }));
  const filtered = Boolean(search.q || search.kind || search.archived);

  return (
    <Stack gap="md">
      <PageHeader
        title={t('people.title')}
        description={t('people.intro')}
        actions={
          <>
            <ButtonLink to="/households" variant="default" leftSection={<IconHomeHeart size={18} />}>
              {t('households.title')}
            </ButtonLink>
            {can('person.write') && (
              <ButtonLink to="/people/new" search={search.kind ? { kind: search.kind } : {}} leftSection={<IconUserPlus size={18} />} data-testid="person-new">
                {t('people.new')}
              </ButtonLink>
            )}
          </>
        }
      />
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('people.search')}
          placeholder={t('people.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          style={{ flex: '1 1 16rem' }}
          type="search"
          autoComplete="off"
          spellCheck={false}
          data-testid="people-search"
        />
        <SegmentedControl
          aria-label={t('people.kindFilter')}
          value={search.kind ?? 'all'}
          onChange={(v) => void navigate({ search: (s) => ({ ...s, kind: v === 'child' || v === 'adult' ? (v as TPersonKind) : undefined, page: undefined }) })}
          data={[
            { value: 'all', label: t('people.kinds.all') },
            { value: 'child', label: t('people.kinds.children') },
            { value: 'adult', label: t('people.kinds.adults') },
          ]}
          data-testid="people-kind"
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

      {people.isPending ? (
        <LoadingState />
      ) : people.isError ? (
        <ErrorState error={people.error} onRetry={() => void people.refetch()} />
      ) : people.data.items.length === 0 ? (
        <EmptyMessage
          icon={<IconUsers size={28} />}
          title={filtered ? t('people.noneFound') : t('people.none')}
          description={filtered ? t('common.tryOtherFilters') : can('person.write') ? t('people.noneHint') : undefined}
        />
      ) : (
        <>
          <Table className="stack-table" highlightOnHover aria-busy={people.isFetching} verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('people.name')}</Table.Th>
                <Table.Th>{t('people.sexLabel')}</Table.Th>
                <Table.Th>{t('people.ageLabel')}</Table.Th>
                <Table.Th>{t('people.village')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.data.items.map((p) => (
                <Table.Tr key={p.id} data-testid="person-row">
                  <Table.Td>
                    <Group gap="sm" wrap="nowrap" align="flex-start">
                      <PersonPhoto photoId={p.photoAttachmentId} size={40} alt="" />
                      <div style={{ minWidth: 0 }}>
                        <PersonName person={p} link size="lg" />
                        <Group gap={4}>
                          {p.kind === 'adult' && (
                            <Badge size="sm" variant="light" color="gray">
                              {t('people.adult')}
                            </Badge>
                          )}
                          {p.archived && (
                            <Badge size="sm" variant="light" color="gray">
                              {t('people.archived')}
                            </Badge>
                          )}
                        </Group>
                      </div>
                    </Group>
                  </Table.Td>
                  <Table.Td data-label={t('people.sexLabel')}>{sex(p.sex)}</Table.Td>
                  <Table.Td data-label={t('people.ageLabel')}>{age(p) ?? <Text span c="dimmed">—</Text>}</Table.Td>
                  <Table.Td data-label={t('people.village')}>{p.addressCode ? <PlaceLabel code={p.addressCode} /> : <Text span c="dimmed">—</Text>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Pager page={page} pageSize={PAGE_SIZE} total={people.data.total} onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p }) })} />
        </>
      )}
      {/* The matcher beside the exact search: spelling variants, either script, either order. */}
      {search.q && !search.archived && <SimilarPeople text={search.q} excludeIds={people.data?.items.map((p) => p.id) ?? []} />}
    </Stack>
  );
}
