import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconFilterOff, IconHistory, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUrlSearchText } from '../../../lib/useUrlSearchText';
import { PageHeader } from '../../../components/PageHeader';
import { Pager } from '../../../components/Pager';
import { RequireAbility } from '../../../components/RequireAbility';
import { EmptyMessage, ErrorState, LoadingState } from '../../../components/States';
import { useFormat } from '../../../lib/useFormat';
import { auditActions, auditRecordTypes } from '../../../lib/vocabulary';
import { useCan } from '../../auth/session';
import { usersQuery } from '../users/api';
import { AUDIT_PAGE_SIZE, auditQuery } from './api';
import { AuditTable } from './AuditTable';

const route = getRouteApi('/app/admin/audit');

export function AuditLogPage() {
  return (
    <RequireAbility action="audit.read_log">
      <AuditLog />
    </RequireAbility>
  );
}

function AuditLog() {
  const { t } = useTranslation();
  const can = useCan();
  const fmt = useFormat();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const [q, setQ] = useUrlSearchText(search.q, (next) => void navigate({ search: (s) => ({ ...s, q: next, page: undefined }), replace: true }));

  const log = useQuery(auditQuery({ ...search, page }));
  const people = useQuery({ ...usersQuery({ inactive: true, page: 1, pageSize: 100 }), enabled: can('user.read') }).data?.items ?? [];
  const set = (patch: Partial<typeof search>) => void navigate({ search: (s) => ({ ...s, ...patch, page: undefined }) });
  const filtered = Boolean(search.q || search.action || search.actorId || search.recordType || search.recordId || search.from || search.to);
  // On a phone the filters fold away behind one button, so the log itself is on the first screen.
  const wide = useMediaQuery('(min-width: 48em)', true);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const chosen = [search.action, search.actorId, search.recordType, search.from, search.to].filter(Boolean).length;

  return (
    <Stack gap="md">
      <PageHeader title={t('audit.title')} description={t('audit.intro')} />
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <TextInput label={t('audit.search')} placeholder={t('audit.searchPlaceholder')} leftSection={<IconSearch size={16} />} value={q} onChange={(e) => setQ(e.currentTarget.value)} type="search" style={{ flex: 1 }} />
        {!wide && (
          <Button variant={filtersOpen ? 'light' : 'default'} leftSection={<IconAdjustmentsHorizontal size={16} />} onClick={() => setFiltersOpen((o) => !o)} aria-expanded={filtersOpen}>
            {chosen ? t('audit.filtersCount', { n: fmt.number(chosen) }) : t('audit.filters')}
          </Button>
        )}
      </Group>
      {(wide || filtersOpen) && (
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
          <Select
            label={t('audit.action')}
            placeholder={t('audit.anyAction')}
            data={auditActions.map((a) => ({ value: a, label: t(`auditActions.${a}`) }))}
            value={search.action ?? null}
            onChange={(v) => set({ action: v ?? undefined })}
            clearable
            searchable
          />
          <Select
            label={t('audit.record')}
            placeholder={t('audit.anyRecord')}
            data={auditRecordTypes.map((r) => ({ value: r, label: t(`recordTypes.${r}`) }))}
            value={search.recordType ?? null}
            onChange={(v) => set({ recordType: v ?? undefined })}
            clearable
          />
          {people.length > 0 && (
            <Select
              label={t('audit.who')}
              placeholder={t('audit.anyone')}
              data={people.map((p) => ({ value: p.id, label: p.name }))}
              value={search.actorId ?? null}
              onChange={(v) => set({ actorId: v ?? undefined })}
              clearable
              searchable
              nothingFoundMessage={t('common.nothingFound')}
            />
          )}
          <TextInput label={t('audit.from')} type="date" value={search.from ?? ''} max={search.to} onChange={(e) => set({ from: e.currentTarget.value || undefined })} />
          <TextInput label={t('audit.to')} type="date" value={search.to ?? ''} min={search.from} onChange={(e) => set({ to: e.currentTarget.value || undefined })} />
        </SimpleGrid>
      )}
      {filtered && (
        <Group>
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconFilterOff size={14} />}
            onClick={() => {
              setQ('');
              void navigate({ search: {} });
            }}
          >
            {t('common.clearFilters')}
          </Button>
        </Group>
      )}
      {log.isPending ? (
        <LoadingState />
      ) : log.isError ? (
        <ErrorState error={log.error} onRetry={() => void log.refetch()} />
      ) : log.data.items.length === 0 ? (
        <EmptyMessage icon={<IconHistory size={28} />} title={t('audit.none')} description={filtered ? t('common.tryOtherFilters') : undefined} />
      ) : (
        <>
          <AuditTable entries={log.data.items} />
          <Pager page={page} pageSize={AUDIT_PAGE_SIZE} total={log.data.total} onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p }) })} />
        </>
      )}
    </Stack>
  );
}
