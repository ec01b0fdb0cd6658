import { todayIso, type TCentre } from '@homeward/core';
import { Badge, Button, Group, Modal, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Tabs, Text, Textarea, TextInput, Timeline } from '@mantine/core';
import { IconArrowRight, IconCheck, IconEdit, IconPlus, IconStairsUp, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ButtonLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { RequireAbility } from '../../components/RequireAbility';
import { Section } from '../../components/Section';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { AssessmentsSection } from '../assessments/AssessmentsSection';
import { useCan } from '../auth/session';
import { PlaceLabel, Script } from '../people/PersonBits';
import { useLookupList } from '../people/lookups';
import { centreQuery, useAddActivity, useAddCount, useAddMilestone, useUpdateMilestone } from './api';
import { StageBadge } from './bits';
import { serverFieldErrors } from './form';
import { CentreChildren as Children } from './CentreChildren';
import { CentreMoveStageModal } from './CentreMoveStageModal';
import { CentreTimeline } from './CentreTimeline';
import { CentreTrainings } from './CentreTrainings';

const route = getRouteApi('/app/centres/$centreId');

export function CentrePage() {
  return (
    <RequireAbility action="centre.read">
      <CentreScreen />
    </RequireAbility>
  );
}

function CentreScreen() {
  const { t } = useTranslation();
  const { centreId } = route.useParams();
  const can = useCan();
  const fmt = useFormat();
  const centre = useQuery(centreQuery(centreId));
  const [moving, setMoving] = useState(false);
  const [tab, setTab] = useState<string | null>('overview');
  if (centre.isPending) return <LoadingState />;
  if (centre.isError) return <ErrorState error={centre.error} onRetry={() => void centre.refetch()} />;
  const c = centre.data;
  const write = can('centre.write');

  return (
    <Stack gap="md">
      <PageHeader
        back={{ to: '/centres', label: t('centres.title') }}
        title={c.nameKm}
        description={c.nameLatin ?? undefined}
        actions={
          write && (
            <Group gap="xs">
              <Button leftSection={<IconStairsUp size={18} />} onClick={() => setMoving(true)} data-testid="centre-move-stage">
                {t('centres.transition.moveStage')}
              </Button>
              <ButtonLink variant="default" to="/centres/$centreId/edit" params={{ centreId: c.id }} leftSection={<IconEdit size={18} />}>
                {t('centres.overview.edit')}
              </ButtonLink>
            </Group>
          )
        }
      />
      <Group gap="xs">
        <StageBadge stage={c.transition.stage} size="lg" />
        <Text size="sm" c="dimmed">
          {t('centres.transition.since', { date: fmt.date(c.transition.stageSince) })}
        </Text>
      </Group>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List style={{ overflowX: 'auto', flexWrap: 'nowrap' }}>
          {(['overview', 'children', 'transition', 'activities', 'readiness', 'timeline'] as const).map((k) => (
            <Tabs.Tab key={k} value={k} data-testid={`centre-tab-${k}`} style={{ whiteSpace: 'nowrap' }}>
              {t(`centres.tabs.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md"><Overview centre={c} /></Tabs.Panel>
        <Tabs.Panel value="children" pt="md"><Children centreId={c.id} /></Tabs.Panel>
        <Tabs.Panel value="transition" pt="md"><Transition centre={c} /></Tabs.Panel>
        <Tabs.Panel value="activities" pt="md"><Stack gap="lg"><Activities centre={c} /><CentreTrainings centreId={c.id} /></Stack></Tabs.Panel>
        <Tabs.Panel value="readiness" pt="md">
          <Stack gap="xs">
            <Text size="sm" c="dimmed">{t('centres.readiness.intro')}</Text>
            <AssessmentsSection subjects={[{ type: 'centre', id: c.id }]} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="md"><CentreTimeline centreId={c.id} /></Tabs.Panel>
      </Tabs>
      {moving && <CentreMoveStageModal centre={c} onClose={() => setMoving(false)} />}
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="sm" component="div">{children}</Text>
    </div>
  );
}

function Overview({ centre: c }: { centre: TCentre }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const types = useLookupList('centre_type');
  const d = (v: string | null) => (v ? fmt.date(v) : '—');
  return (
    <Stack gap="md">
      <Section title={t('centres.overview.registry')}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
          <Fact label={t('centres.type')}>{types.label(c.type)}</Fact>
          <Fact label={t('centres.village')}>{c.village ? <PlaceLabel code={c.village.code} full /> : '—'}</Fact>
          <Fact label={t('centres.overview.registration')}>
            {c.mosvyRegistered ? (c.mosvyRegistrationNumber ? t('centres.overview.registered', { number: c.mosvyRegistrationNumber }) : t('centres.overview.registeredNoNumber')) : t('centres.overview.notRegistered')}
          </Fact>
          <Fact label={t('centres.overview.mou')}>
            {t(`centres.mou.${c.mouStatus}`)}
            {(c.mouSignedOn || c.mouExpiresOn) && <Text size="xs" c="dimmed">{d(c.mouSignedOn)} – {d(c.mouExpiresOn)}</Text>}
          </Fact>
          <Fact label={t('centres.overview.lastInspection')}>{c.lastInspectionOn ? fmt.date(c.lastInspectionOn) : t('centres.overview.never')}</Fact>
          <Fact label={t('centres.overview.capacity')}>{c.capacity === null ? '—' : fmt.number(c.capacity)}</Fact>
          <Fact label={t('centres.overview.director')}>
            {c.director ? <><Script>{c.director.name}</Script>{c.director.phone && <Text size="xs" c="dimmed">{c.director.phone}</Text>}</> : '—'}
          </Fact>
          <Fact label={t('centres.overview.partnerSince')}>{d(c.partnerSince)}</Fact>
          <Fact label={t('centres.overview.engagement')}>{c.engagement ? t(`centres.engagementLevels.${c.engagement}`) : '—'}</Fact>
          <Fact label={t('centres.adviser')}>{c.adviserName ?? '—'}</Fact>
        </SimpleGrid>
        {c.keyStaff.length > 0 && (
          <Fact label={t('centres.overview.keyStaff')}>
            {c.keyStaff.map((s, i) => <div key={i}><Script>{s.name}</Script>{s.role && ` · ${s.role}`}{s.phone && ` · ${s.phone}`}</div>)}
          </Fact>
        )}
        {c.donors.length > 0 && (
          <Fact label={t('centres.overview.donors')}>
            {c.donors.map((x, i) => (
              <Group key={i} gap={6}>
                <Script>{x.name}</Script>
                <Badge size="sm" variant="light" color={x.stance === 'supportive' ? 'green' : x.stance === 'opposed' ? 'red' : 'gray'} style={{ textTransform: 'none' }}>
                  {t(`centres.stances.${x.stance}`)}
                </Badge>
              </Group>
            ))}
          </Fact>
        )}
      </Section>
      <Counts centre={c} />
    </Stack>
  );
}

function Counts({ centre: c }: { centre: TCentre }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const add = useAddCount();
  const [open, setOpen] = useState(false);
  const [v, setV] = useState({ countedOn: todayIso(), girls: '', boys: '', staff: '' });
  const errors = serverFieldErrors(t, add.error);
  const num = (s: string) => (s === '' ? null : Number(s));
  return (
    <Section
      title={t('centres.counts.title')}
      actions={can('centre.write') && <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={() => setOpen(true)} data-testid="count-add">{t('centres.counts.add')}</Button>}
    >
      {c.counts.length === 0 ? (
        <Text size="sm" c="dimmed">{t('centres.counts.none')}</Text>
      ) : (
        <Table className="stack-table" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('centres.counts.countedOn')}</Table.Th><Table.Th>{t('centres.counts.girls')}</Table.Th><Table.Th>{t('centres.counts.boys')}</Table.Th>
              <Table.Th>{t('centres.counts.total')}</Table.Th><Table.Th>{t('centres.counts.staff')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.counts.map((n) => (
              <Table.Tr key={n.id}>
                <Table.Td>{fmt.date(n.countedOn)}</Table.Td>
                <Table.Td data-label={t('centres.counts.girls')}>{fmt.number(n.girls)}</Table.Td>
                <Table.Td data-label={t('centres.counts.boys')}>{fmt.number(n.boys)}</Table.Td>
                <Table.Td data-label={t('centres.counts.total')}><b>{fmt.number(n.girls + n.boys)}</b></Table.Td>
                <Table.Td data-label={t('centres.counts.staff')}>{n.staff === null ? '—' : fmt.number(n.staff)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={open} onClose={() => setOpen(false)} title={t('centres.counts.add')}>
        <Stack gap="sm">
          {add.isError && !Object.keys(errors).length && <ErrorAlert error={add.error} />}
          <TextInput type="date" label={t('centres.counts.countedOn')} max={todayIso()} value={v.countedOn} onChange={(e) => setV({ ...v, countedOn: e.currentTarget.value })} error={errors.countedOn} />
          <SimpleGrid cols={3}>
            <NumberInput label={t('centres.counts.girls')} min={0} value={v.girls} onChange={(x) => setV({ ...v, girls: String(x) })} />
            <NumberInput label={t('centres.counts.boys')} min={0} value={v.boys} onChange={(x) => setV({ ...v, boys: String(x) })} />
            <NumberInput label={t('centres.counts.staff')} min={0} value={v.staff} onChange={(x) => setV({ ...v, staff: String(x) })} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button loading={add.isPending} disabled={v.girls === '' || v.boys === '' || !v.countedOn}
              onClick={() => add.mutate({ id: c.id, countedOn: v.countedOn, girls: Number(v.girls), boys: Number(v.boys), staff: num(v.staff) }, { onSuccess: () => setOpen(false) })}>
              {t('centres.counts.add')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Section>
  );
}

function Transition({ centre: c }: { centre: TCentre }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Stack gap="md">
      <Section title={t('centres.transition.title')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Fact label={t('centres.transition.endGoal')}>{t(`centres.endGoals.${c.transition.endGoal}`)}</Fact>
          <Fact label={t('centres.transition.risks')}>{c.transition.risks ?? '—'}</Fact>
          <Fact label={t('centres.transition.directorPosition')}>{c.transition.directorPosition ?? '—'}</Fact>
          <Fact label={t('centres.transition.donorPosition')}>{c.transition.donorPosition ?? '—'}</Fact>
        </SimpleGrid>
      </Section>
      <Milestones centre={c} />
      <Section title={t('centres.transition.history')}>
        {c.stageHistory.length === 0 ? (
          <Text size="sm" c="dimmed">{t('centres.transition.noHistory')}</Text>
        ) : (
          <Timeline bulletSize={22} lineWidth={2}>
            {c.stageHistory.map((h) => (
              <Timeline.Item key={h.id} bullet={<IconArrowRight size={12} />} title={<Group gap={4}>{h.fromStage && <StageBadge stage={h.fromStage} size="sm" />}<IconArrowRight size={14} /><StageBadge stage={h.toStage} size="sm" /></Group>}>
                <Text size="sm">{h.reason}</Text>
                <Text size="xs" c="dimmed">{fmt.date(h.changedOn)}{h.changedBy && ` · ${t('centres.transition.by', { name: h.changedBy })}`}</Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Section>
    </Stack>
  );
}

function Milestones({ centre: c }: { centre: TCentre }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const add = useAddMilestone();
  const update = useUpdateMilestone();
  const [v, setV] = useState({ title: '', owner: '', dueOn: '' });
  const write = can('centre.write');
  return (
    <Section title={t('centres.milestones.title')}>
      {c.milestones.length === 0 && <Text size="sm" c="dimmed">{t('centres.milestones.none')}</Text>}
      <Stack gap={6}>
        {c.milestones.map((m) => (
          <Paper key={m.id} withBorder p="xs" data-testid="milestone">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <div style={{ minWidth: 0, flex: '1 1 12rem' }}>
                <Text size="sm" fw={500} td={m.status === 'cancelled' ? 'line-through' : undefined}>{m.title}</Text>
                <Text size="xs" c="dimmed">
                  {[m.owner, m.status === 'done' && m.doneOn ? t('centres.milestones.doneOn', { date: fmt.date(m.doneOn) }) : m.dueOn ? t('centres.milestones.due', { date: fmt.date(m.dueOn) }) : null].filter(Boolean).join(' · ')}
                </Text>
              </div>
              <Group gap={6}>
                {m.overdue && <Badge color="red" variant="light" style={{ textTransform: 'none' }}>{t('centres.milestones.overdue')}</Badge>}
                {m.status !== 'open' && <Badge variant="light" color={m.status === 'done' ? 'green' : 'gray'} style={{ textTransform: 'none' }}>{t(`centres.milestoneStatus.${m.status}`)}</Badge>}
                {write && m.status === 'open' && (
                  <>
                    <Button size="xs" variant="light" color="green" leftSection={<IconCheck size={14} />} onClick={() => update.mutate({ id: c.id, milestoneId: m.id, status: 'done' })} data-testid="milestone-done">{t('centres.milestones.complete')}</Button>
                    <Button size="xs" variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={() => update.mutate({ id: c.id, milestoneId: m.id, status: 'cancelled' })}>{t('centres.milestones.cancel')}</Button>
                  </>
                )}
                {write && m.status !== 'open' && <Button size="xs" variant="subtle" onClick={() => update.mutate({ id: c.id, milestoneId: m.id, status: 'open' })}>{t('centres.milestones.reopen')}</Button>}
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
      {write && (
        <Group gap="xs" align="flex-end" wrap="wrap" mt="sm">
          <TextInput label={t('centres.milestones.milestoneTitle')} value={v.title} onChange={(e) => setV({ ...v, title: e.currentTarget.value })} style={{ flex: '2 1 14rem' }} data-testid="milestone-title" />
          <TextInput label={t('centres.milestones.owner')} value={v.owner} onChange={(e) => setV({ ...v, owner: e.currentTarget.value })} style={{ flex: '1 1 8rem' }} />
          <TextInput type="date" label={t('centres.milestones.dueOn')} value={v.dueOn} onChange={(e) => setV({ ...v, dueOn: e.currentTarget.value })} style={{ flex: '1 1 9rem' }} data-testid="milestone-due" />
          <Button leftSection={<IconPlus size={16} />} disabled={!v.title.trim()} loading={add.isPending} data-testid="milestone-add"
            onClick={() => add.mutate({ id: c.id, title: v.title.trim(), owner: v.owner.trim() || null, dueOn: v.dueOn || null }, { onSuccess: () => setV({ title: '', owner: '', dueOn: '' }) })}>
            {t('centres.milestones.add')}
          </Button>
        </Group>
      )}
      {(add.isError || update.isError) && <ErrorAlert error={add.error ?? update.error} />}
    </Section>
  );
}

function Activities({ centre: c }: { centre: TCentre }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const types = useLookupList('centre_activity_type');
  const add = useAddActivity();
  const [open, setOpen] = useState(false);
  const empty = { type: null as string | null, activityOn: todayIso(), staff: '', participants: '', participantCount: '', notes: '', followUp: '' };
  const [v, setV] = useState(empty);
  const errors = serverFieldErrors(t, add.error);
  const text = (s: string) => s.trim() || null;
  return (
    <Section
      title={t('centres.activities.title')}
      actions={can('centre.write') && <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setOpen(true)} data-testid="activity-add">{t('centres.activities.add')}</Button>}
    >
      {c.activities.length === 0 ? (
        <Text size="sm" c="dimmed">{t('centres.activities.none')}</Text>
      ) : (
        <Stack gap={6}>
          {c.activities.map((a) => (
            <Paper key={a.id} withBorder p="xs" data-testid="activity">
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Text size="sm" fw={600}>{types.label(a.type)}</Text>
                <Text size="xs" c="dimmed">{fmt.date(a.activityOn)}</Text>
              </Group>
              {(a.participants || a.participantCount !== null) && (
                <Text size="xs" c="dimmed">{[a.participants, a.participantCount !== null ? t('centres.activities.people', { count: a.participantCount, formatted: fmt.number(a.participantCount) }) : null].filter(Boolean).join(' · ')}</Text>
              )}
              {a.notes && <Text size="sm">{a.notes}</Text>}
              {a.followUp && <Text size="sm" c="blue.8"><b>{t('centres.activities.followUp')}:</b> {a.followUp}</Text>}
              {a.staff && <Text size="xs" c="dimmed">{t('centres.activities.staff')}: {a.staff}</Text>}
            </Paper>
          ))}
        </Stack>
      )}
      <Modal opened={open} onClose={() => setOpen(false)} title={t('centres.activities.add')} size="lg">
        <Stack gap="sm">
          {add.isError && !Object.keys(errors).length && <ErrorAlert error={add.error} />}
          <Select label={t('centres.activities.type')} required searchable data={types.options()} value={v.type} onChange={(x) => setV({ ...v, type: x })} error={errors.type} data-testid="activity-type" />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput type="date" label={t('centres.activities.date')} required max={todayIso()} value={v.activityOn} onChange={(e) => setV({ ...v, activityOn: e.currentTarget.value })} error={errors.activityOn} />
            <NumberInput label={t('centres.activities.participantCount')} min={0} value={v.participantCount} onChange={(x) => setV({ ...v, participantCount: String(x) })} />
          </SimpleGrid>
          <TextInput label={t('centres.activities.staff')} value={v.staff} onChange={(e) => setV({ ...v, staff: e.currentTarget.value })} />
          <TextInput label={t('centres.activities.participants')} value={v.participants} onChange={(e) => setV({ ...v, participants: e.currentTarget.value })} />
          <Textarea label={t('centres.activities.notes')} autosize minRows={2} value={v.notes} onChange={(e) => setV({ ...v, notes: e.currentTarget.value })} />
          <Textarea label={t('centres.activities.followUp')} autosize minRows={1} value={v.followUp} onChange={(e) => setV({ ...v, followUp: e.currentTarget.value })} />
          <Group justify="flex-end">
            <Button loading={add.isPending} disabled={!v.type || !v.activityOn} data-testid="activity-save"
              onClick={() => add.mutate({
                id: c.id, type: v.type ?? '', activityOn: v.activityOn, staff: text(v.staff), participants: text(v.participants),
                participantCount: v.participantCount === '' ? null : Number(v.participantCount), notes: text(v.notes), followUp: text(v.followUp),
              }, { onSuccess: () => { setOpen(false); setV(empty); } })}>
              {t('centres.activities.add')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Section>
  );
}
