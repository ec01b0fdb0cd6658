import { type TOutreachKind } from '@homeward/core';
import { Badge, Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconPlus, IconSpeakerphone } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { RequireAbility } from '../../components/RequireAbility';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { PlaceLabel } from '../people/PersonBits';
import { useLookupList } from '../people/lookups';
import { outreachQuery } from './events-api';
import { OutreachForm } from './OutreachForm';

const route = getRouteApi('/app/centres/outreach');

export function OutreachPage() {
  return (
    <RequireAbility action="centre.read">
      <Outreach />
    </RequireAbility>
  );
}

/** Community awareness and government engagement events, newest first, and a form to record one. */
function Outreach() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const types = useLookupList('outreach_event_type');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const list = useQuery(outreachQuery({ page, kind: search.kind }));
  const [adding, setAdding] = useState(false);

  return (
    <Stack gap="md">
      <PageHeader
        back={{ to: '/centres', label: t('centres.title') }}
        title={t('centres.outreach.title')}
        description={t('centres.outreach.intro')}
        actions={can('centre.write') && (
          <Button leftSection={<IconPlus size={18} />} onClick={() => setAdding(true)} data-testid="outreach-new">{t('centres.outreach.new')}</Button>
        )}
      />
      <SegmentedControl
        fullWidth
        value={search.kind ?? 'all'}
        onChange={(v) => void navigate({ search: { kind: v === 'all' ? undefined : (v as TOutreachKind), page: undefined } })}
        data={[
          { value: 'all', label: t('centres.outreach.all') },
          { value: 'community_awareness', label: t('centres.outreach.kinds.community_awareness') },
          { value: 'government_engagement', label: t('centres.outreach.kinds.government_engagement') },
        ]}
        aria-label={t('centres.outreach.kind')}
        styles={{ label: { whiteSpace: 'normal' } }}
      />
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyMessage icon={<IconSpeakerphone size={28} />} title={t('centres.outreach.none')} />
      ) : (
        <>
          <Stack gap="xs">
            {list.data.items.map((e) => (
              <Paper key={e.id} withBorder p="sm" radius="md" data-testid="outreach-row">
                <Stack gap={4}>
                  <Group justify="space-between" gap="xs">
                    <Text fw={600}>{e.topic}</Text>
                    <Badge variant="light" tt="none">{t(`centres.outreach.kinds.${e.kind}`)}</Badge>
                  </Group>
                  <Text size="sm" c="dimmed">
                    {fmt.date(e.heldOn)} · {types.label(e.type)}
                    {e.village && <> · <PlaceLabel code={e.village.code} /></>}
                  </Text>
                  <Text size="sm">{t('centres.outreach.total', { female: fmt.number(e.female), male: fmt.number(e.male) })}</Text>
                  {e.outcome && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{e.outcome}</Text>}
                </Stack>
              </Paper>
            ))}
          </Stack>
          <Pager page={page} pageSize={25} total={list.data.total} onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p }) })} />
        </>
      )}
      <OutreachForm opened={adding} onClose={() => setAdding(false)} />
    </Stack>
  );
}
