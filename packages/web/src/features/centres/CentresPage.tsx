import { centreStages, type TCentreStage } from '@homeward/core';
import { Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuildingCommunity, IconLayoutKanban, IconPlus, IconSchool, IconSearch, IconSpeakerphone } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { RequireAbility } from '../../components/RequireAbility';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { isLanguage } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { PlaceLabel, Script } from '../people/PersonBits';
import { useLookupList } from '../people/lookups';
import { placeChildrenQuery } from '../places/api';
import { placeName } from '../places/names';
import { centresQuery } from './api';
import { StageBadge } from './bits';

const route = getRouteApi('/app/centres');
const PAGE_SIZE = 25;

export function CentresPage() {
  return (
    <RequireAbility action="centre.read">
      <Centres />
    </RequireAbility>
  );
}

function Centres() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const types = useLookupList('centre_type');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const [q, setQ] = useState(search.q ?? '');
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const provinces = useQuery(placeChildrenQuery(null));

  const router = useRouter();
  useEffect(() => {
    if (router.state.location.pathname !== '/centres') return;
    if ((search.q ?? '') !== debouncedQ) void navigate({ search: (s) => ({ ...s, q: debouncedQ || undefined, page: undefined }), replace: true });
  }, [debouncedQ, search.q, navigate, router]);

  const centres = useQuery(centresQuery({ q: search.q, stage: search.stage, province: search.province, page, pageSize: PAGE_SIZE }));
  const filtered = Boolean(search.q || search.stage || search.province);

  return (
    <Stack gap="md">
      <PageHeader
        title={t('centres.title')}
        description={t('centres.intro')}
        actions={
          <Group gap="xs">
            <ButtonLink to="/centres/board" variant="default" leftSection={<IconLayoutKanban size={18} />} data-testid="centres-board">
              {t('centres.more.board')}
            </ButtonLink>
            <ButtonLink to="/centres/trainings" variant="default" leftSection={<IconSchool size={18} />} data-testid="centres-trainings">
              {t('centres.more.trainings')}
            </ButtonLink>
            <ButtonLink to="/centres/outreach" variant="default" leftSection={<IconSpeakerphone size={18} />} data-testid="centres-outreach">
              {t('centres.more.outreach')}
            </ButtonLink>
            {can('centre.write') && (
              <ButtonLink to="/centres/new" leftSection={<IconPlus size={18} />} data-testid="centre-new">
                {t('centres.new')}
              </ButtonLink>
            )}
          </Group>
        }
      />
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('centres.search')}
          placeholder={t('centres.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          style={{ flex: '1 1 16rem' }}
          type="search"
          autoComplete="off"
          spellCheck={false}
          data-testid="centres-search"
        />
        <Select
          label={t('centres.stageFilter')}
          placeholder={t('centres.allStages')}
          clearable
          data={centreStages.map((s) => ({ value: s, label: t(`centres.stages.${s}`) }))}
          value={search.stage ?? null}
          onChange={(v) => void navigate({ search: (s) => ({ ...s, stage: (v as TCentreStage | null) ?? undefined, page: undefined }) })}
          style={{ flex: '1 1 12rem' }}
          data-testid="centres-stage"
        />
        <Select
          label={t('centres.provinceFilter')}
          placeholder={t('centres.allProvinces')}
          clearable
          searchable
          data={(provinces.data ?? []).map((p) => ({ value: p.code, label: placeName(p, language).primary }))}
          value={search.province ?? null}
          onChange={(v) => void navigate({ search: (s) => ({ ...s, province: v ?? undefined, page: undefined }) })}
          style={{ flex: '1 1 12rem' }}
        />
      </Group>
      {centres.isPending ? (
        <LoadingState />
      ) : centres.isError ? (
        <ErrorState error={centres.error} onRetry={() => void centres.refetch()} />
      ) : centres.data.items.length === 0 ? (
        <EmptyMessage icon={<IconBuildingCommunity size={28} />} title={filtered ? t('centres.noneFound') : t('centres.none')} description={filtered ? t('common.tryOtherFilters') : undefined} />
      ) : (
        <>
          <Table className="stack-table" highlightOnHover aria-busy={centres.isFetching} verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('centres.name')}</Table.Th>
                <Table.Th>{t('centres.stage')}</Table.Th>
                <Table.Th>{t('centres.village')}</Table.Th>
                <Table.Th>{t('centres.children')}</Table.Th>
                <Table.Th>{t('centres.adviser')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {centres.data.items.map((c) => (
                <Table.Tr key={c.id} data-testid="centre-row">
                  <Table.Td>
                    <AnchorLink to="/centres/$centreId" params={{ centreId: c.id }} fw={600}>
                      <Script>{c.nameKm}</Script>
                    </AnchorLink>
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {[c.nameLatin, types.label(c.type)].filter(Boolean).join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td data-label={t('centres.stage')}>
                    <StageBadge stage={c.stage} />
                  </Table.Td>
                  <Table.Td data-label={t('centres.village')}>{c.villageCode ? <PlaceLabel code={c.villageCode} /> : <Text span c="dimmed">—</Text>}</Table.Td>
                  <Table.Td data-label={t('centres.children')}>
                    {c.children === null ? (
                      <Text span c="dimmed">—</Text>
                    ) : (
                      <>
                        {fmt.number(c.children)}{' '}
                        {c.countedOn && (
                          <Text span size="xs" c="dimmed">
                            {t('centres.countedOn', { date: fmt.date(c.countedOn) })}
                          </Text>
                        )}
                      </>
                    )}
                  </Table.Td>
                  <Table.Td data-label={t('centres.adviser')}>{c.adviserName ?? <Text span c="dimmed">—</Text>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Pager page={page} pageSize={PAGE_SIZE} total={centres.data.total} onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p }) })} />
        </>
      )}
    </Stack>
  );
}
