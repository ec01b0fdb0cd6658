import { can as roleCan, riskLevels, stages } from '@homeward/core';
import { Badge, Button, Group, Select, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { IconFolderOpen, IconPlus, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useUrlSearchText } from '../../lib/useUrlSearchText';
import { AnchorLink, ButtonLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { RequireAbility } from '../../components/RequireAbility';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { isLanguage } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { usersQuery } from '../admin/users/api';
import { useCan } from '../auth/session';
import { placeChildrenQuery } from '../places/api';
import { placeName } from '../places/names';
import { casesQuery } from './api';
import { ChildName, RiskBadge, StageBadge } from './ui';

const route = getRouteApi('/app/cases');
const PAGE_SIZE = 25;

export function CasesPage() {
  return (
    <RequireAbility action="case.read">
      <Cases />
    </RequireAbility>
  );
}

function Cases() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const [q, setQ] = useUrlSearchText(search.q, (next) => void navigate({ search: (s) => ({ ...s, q: next, page: undefined }), replace: true }));
  const language = isLanguage(i18n.language) ? i18n.language : 'en';

  const cases = useQuery(
    casesQuery({
      q: search.q,
      stage: search.stage,
      caseworkerId: search.caseworkerId,
      risk: search.risk,
      province: search.province,
      overdue: search.overdue ? 'true' : undefined,
      page,
      pageSize: PAGE_SIZE,
    }),
  );
  const staff = useQuery({ ...usersQuery({ page: 1, pageSize: 100 }), enabled: can('user.read') }).data?.items.filter((u) => roleCan(u.role, 'case.write')) ?? [];
  const provinces = useQuery(placeChildrenQuery(null)).data ?? [];
  const filtered = Boolean(search.q || search.stage || search.caseworkerId || search.risk || search.province || search.overdue);
  const set = (patch: Record<string, unknown>) => void navigate({ search: (s) => ({ ...s, ...patch, page: undefined }) });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('cases.title')}
        description={t('cases.intro')}
        actions={
          can('case.write') && (
            <ButtonLink to="/cases/new" leftSection={<IconPlus size={18} />} data-testid="case-new">
              {t('cases.openCase')}
            </ButtonLink>
          )
        }
      />
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('cases.search')}
          placeholder={t('cases.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          style={{ flex: '1 1 14rem' }}
          type="search"
          data-testid="cases-search"
        />
        <Select
          label={t('pathway.stage')}
          placeholder={t('cases.anyStage')}
          data={[{ value: 'open', label: t('cases.openStages') }, ...stages.map((s) => ({ value: s, label: t(`pathway.stages.${s}`) }))]}
          value={search.stage ?? null}
          onChange={(v) => set({ stage: v ?? undefined })}
          clearable
          style={{ flex: '1 1 10rem' }}
          data-testid="cases-stage"
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t('cases.risk')}
          placeholder={t('cases.anyRisk')}
          data={riskLevels.map((r) => ({ value: r, label: t(`cases.riskLevel.${r}`) }))}
          value={search.risk ?? null}
          onChange={(v) => set({ risk: v ?? undefined })}
          clearable
          style={{ flex: '1 1 8rem' }}
          comboboxProps={{ withinPortal: true }}
        />
        {staff.length > 0 && (
          <Select
            label={t('cases.caseworker')}
            placeholder={t('cases.anyone')}
            data={staff.map((u) => ({ value: u.id, label: u.name }))}
            value={search.caseworkerId ?? null}
            onChange={(v) => set({ caseworkerId: v ?? undefined })}
            clearable
            searchable
            style={{ flex: '1 1 10rem' }}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        <Select
          label={t('cases.province')}
          placeholder={t('cases.anyProvince')}
          data={provinces.map((p) => ({ value: p.code, label: placeName(p, language).primary }))}
          value={search.province ?? null}
          onChange={(v) => set({ province: v ?? undefined })}
          clearable
          searchable
          style={{ flex: '1 1 10rem' }}
          comboboxProps={{ withinPortal: true }}
        />
        <Switch label={t('cases.overdueOnly')} checked={search.overdue ?? false} onChange={(e) => set({ overdue: e.currentTarget.checked || undefined })} mb={8} data-testid="cases-overdue" />
      </Group>
      {filtered && (
        <Button variant="subtle" size="compact-sm" w="fit-content" onClick={() => { setQ(''); void navigate({ search: {} }); }}>
          {t('common.clearFilters')}
        </Button>
      )}

      {cases.isPending ? (
        <LoadingState />
      ) : cases.isError ? (
        <ErrorState error={cases.error} onRetry={() => void cases.refetch()} />
      ) : cases.data.items.length === 0 ? (
        <EmptyMessage icon={<IconFolderOpen size={28} />} title={filtered ? t('cases.noneFound') : t('cases.none')} description={filtered ? t('common.tryOtherFilters') : t('cases.noneHint')} />
      ) : (
        <>
          <Table className="stack-table" highlightOnHover aria-busy={cases.isFetching}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cases.child')}</Table.Th>
                <Table.Th>{t('pathway.stage')}</Table.Th>
                <Table.Th>{t('cases.risk')}</Table.Th>
                <Table.Th>{t('cases.caseworker')}</Table.Th>
                <Table.Th>{t('cases.opened')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cases.data.items.map((c) => (
                <Table.Tr key={c.id} data-testid="case-row">
                  <Table.Td>
                    <AnchorLink to="/cases/$caseId" params={{ caseId: c.id }} underline="never" c="inherit">
                      <ChildName child={c.child} />
                    </AnchorLink>
                    <Group gap={6}>
                      <Text size="xs" c="dimmed" ff="monospace" lang="en">
                        {c.number}
                      </Text>
                      {c.overdue && (
                        <Badge size="xs" color="red" variant="filled">
                          {t('cases.overdue')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td data-label={t('pathway.stage')}>
                    <StageBadge stage={c.stage} />
                  </Table.Td>
                  <Table.Td data-label={t('cases.risk')}>
                    <RiskBadge risk={c.riskLevel} />
                  </Table.Td>
                  <Table.Td data-label={t('cases.caseworker')}>
                    <div>
                      <Text size="sm">{c.caseworker.name}</Text>
                      {c.teamName && (
                        <Text size="xs" c="dimmed">
                          {c.teamName}
                        </Text>
                      )}
                    </div>
                  </Table.Td>
                  <Table.Td data-label={t('cases.opened')}>
                    <Text size="sm" className="nowrap">
                      {fmt.date(c.openedOn)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Pager page={page} pageSize={PAGE_SIZE} total={cases.data.total} onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p }) })} />
        </>
      )}
    </Stack>
  );
}
