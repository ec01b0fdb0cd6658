import { scholarshipOutcomes, scholarshipStatuses, type TPersonSummary, type TScholarshipStatus } from '@homeward/core';
import { Badge, Button, Card, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSchool } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { RequireAbility } from '../../components/RequireAbility';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { localToday } from '../people/display';
import { PersonName } from '../people/PersonBits';
import { PersonPicker } from '../people/PersonPicker';
import { scholarshipFiguresQuery, scholarshipsQuery, useCreateScholarship } from './api';
import { RefusalAlert, ScholarshipStatusBadge } from './bits';

const route = getRouteApi('/app/scholarships');

export function ScholarshipsPage() {
  return (
    <RequireAbility action="programme.read">
      <Scholarships />
    </RequireAbility>
  );
}

function Scholarships() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const list = useQuery(scholarshipsQuery({ status: search.status, page }));
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="md">
      <PageHeader
        title={t('scholarships.title')}
        description={t('scholarships.intro')}
        actions={can('programme.write') && <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)} data-testid="scholarship-new">{t('scholarships.new')}</Button>}
      />
      <Figures />
      <Select
        aria-label={t('scholarships.allStatuses')}
        placeholder={t('scholarships.allStatuses')}
        clearable
        data={scholarshipStatuses.map((s) => ({ value: s, label: t(`scholarships.status.${s}`) }))}
        value={search.status ?? null}
        onChange={(v) => void navigate({ search: { status: (v ?? undefined) as TScholarshipStatus | undefined, page: undefined } })}
        maw={320}
      />
      {list.isPending ? <LoadingState /> : list.isError ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : list.data.items.length === 0 ? (
        <EmptyMessage icon={<IconSchool size={32} />} title={search.status ? t('scholarships.emptyFiltered') : t('scholarships.empty')} />
      ) : (
        <>
          <Stack gap="xs">
            {list.data.items.map((s) => (
              <Card key={s.id} withBorder padding="sm">
                <Group justify="space-between" align="flex-start" gap="xs">
                  <PersonName person={s.person} size="sm" />
                  <Group gap={4}>
                    <ScholarshipStatusBadge status={s.status} />
                    {s.outcome && <Badge variant="outline" color="teal">{t(`scholarships.outcome.${s.outcome}`)}</Badge>}
                  </Group>
                </Group>
                <AnchorLink to="/scholarships/$scholarshipId" params={{ scholarshipId: s.id }} fw={600} data-testid="scholarship-link">{s.course}</AnchorLink>
                <Text size="sm" c="dimmed">{s.provider} · {t('scholarships.appliedOn')} {fmt.date(s.appliedOn)}</Text>
              </Card>
            ))}
          </Stack>
          <Pager page={page} pageSize={list.data.pageSize} total={list.data.total} onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p }) })} />
        </>
      )}
      <NewScholarshipModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}

function Figures() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const figures = useQuery(scholarshipFiguresQuery);
  if (!figures.data) return null;
  const f = figures.data;
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{t('scholarships.figures.title')}</Text>
          <Text>{t('scholarships.figures.total')}: <b>{fmt.number(f.total)}</b></Text>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
          <Stack gap={4}>
            <Text size="sm" c="dimmed">{t('scholarships.figures.byStatus')}</Text>
            <Group gap={6}>{scholarshipStatuses.filter((s) => f.byStatus[s]).map((s) => <Badge key={s} variant="light">{t(`scholarships.status.${s}`)} {fmt.number(f.byStatus[s] ?? 0)}</Badge>)}</Group>
          </Stack>
          <Stack gap={4}>
            <Text size="sm" c="dimmed">{t('scholarships.figures.byOutcome')}</Text>
            {Object.keys(f.byOutcome).length === 0 ? <Text size="sm">{t('scholarships.figures.noOutcome')}</Text> : (
              <Group gap={6}>{scholarshipOutcomes.filter((o) => f.byOutcome[o]).map((o) => <Badge key={o} variant="outline" color="teal">{t(`scholarships.outcome.${o}`)} {fmt.number(f.byOutcome[o] ?? 0)}</Badge>)}</Group>
            )}
          </Stack>
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

function NewScholarshipModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateScholarship();
  const [person, setPerson] = useState<TPersonSummary | null>(null);
  const [appliedOn, setAppliedOn] = useState(localToday());
  const [provider, setProvider] = useState('');
  const [course, setCourse] = useState('');
  const [trade, setTrade] = useState('');
  const [cost, setCost] = useState<number | string>('');
  const [currency, setCurrency] = useState<'USD' | 'KHR'>('USD');
  const ready = person && provider.trim() && course.trim() && appliedOn;
  const submit = () => {
    if (!ready) return;
    create.mutate({ personId: person.id, appliedOn, provider: provider.trim(), course: course.trim(), trade: trade.trim() || null, cost: cost === '' ? null : Number(cost), currency }, {
      onSuccess: (s) => {
        onClose();
        void navigate({ to: '/scholarships/$scholarshipId', params: { scholarshipId: s.id } });
      },
    });
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('scholarships.new')}>
      <Stack gap="sm">
        <PersonPicker label={t('scholarships.youngPerson')} value={person} onChange={setPerson} />
        <TextInput type="date" label={t('scholarships.appliedOn')} required value={appliedOn} max={localToday()} onChange={(e) => setAppliedOn(e.currentTarget.value)} />
        <TextInput label={t('scholarships.provider')} required value={provider} onChange={(e) => setProvider(e.currentTarget.value)} data-testid="scholarship-provider" />
        <TextInput label={t('scholarships.course')} required value={course} onChange={(e) => setCourse(e.currentTarget.value)} data-testid="scholarship-course" />
        <TextInput label={t('scholarships.trade')} value={trade} onChange={(e) => setTrade(e.currentTarget.value)} />
        <Group grow align="flex-end">
          <NumberInput label={t('scholarships.cost')} min={0} allowDecimal={false} value={cost} onChange={setCost} />
          <Select label={t('scholarships.currency')} data={['USD', 'KHR']} value={currency} onChange={(v) => setCurrency(v === 'KHR' ? 'KHR' : 'USD')} allowDeselect={false} />
        </Group>
        <RefusalAlert error={create.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={submit} disabled={!ready} loading={create.isPending} data-testid="scholarship-create">{t('scholarships.create')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
