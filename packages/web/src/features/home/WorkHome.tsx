import type { TCaseloadRow, TCaseworkerHome } from '@homeward/core';
import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconCalendarDue, IconChecklist, IconFolderOpen, IconHomeExclamation, IconHourglass } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '../../components/links';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { caseworkerHomeQuery, supervisorHomeQuery } from '../cases/api';
import { RowLink, StageBadge } from '../cases/ui';
import { DueAssessmentsCard } from '../assessments/DueAssessmentsCard';
import { HomeCard, More, Nothing, RequestRow, TaskRow, VisitRow } from './WorkLists';
import { OverdueMilestonesCard } from '../centres/OverdueMilestonesCard';

/**
 * The work part of the home screen: a supervisor's team (and their own cases, if they hold
 * any), a caseworker's day. Nothing for roles that do no casework.
 */
export function WorkHome() {
  const can = useCan();
  if (can('case.approve')) return <SupervisorHome />;
  if (can('case.write')) return <CaseworkerHome />;
  return null;
}

function Stat({ icon, label, value, link, tone }: { icon: ReactNode; label: string; value: number; link?: { to: '/approvals' } | { to: '/cases'; search: CasesSearch }; tone?: 'red' }) {
  const fmt = useFormat();
  const red = tone === 'red' && value > 0;
  const card = (
    <Paper withBorder radius="md" p="sm" className={link ? 'shortcut-card stat-card' : 'stat-card'} data-testid={link ? undefined : 'home-stat'}>
      <Group gap="sm" wrap="nowrap">
        <Text c={red ? 'red.7' : 'teal.7'} style={{ display: 'flex' }}>
          {icon}
        </Text>
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text fz={28} fw={700} lh={1.1} c={red ? 'red.7' : undefined}>
            {fmt.number(value)}
          </Text>
          <Text size="sm" c="dimmed">
            {label}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
  return link ? (
    <RowLink {...link} className="stat-link" data-testid="home-stat">
      {card}
    </RowLink>
  ) : (
    card
  );
}

type CasesSearch = { stage?: 'open'; overdue?: true };

function StageChips({ counts, caseworkerId }: { counts: TCaseworkerHome['casesByStage']; caseworkerId?: string }) {
  const fmt = useFormat();
  return (
    <Group gap={6} wrap="wrap">
      {counts.map((c) => (
        <Link key={c.stage} to="/cases" search={{ stage: c.stage, caseworkerId }} className="chip-link">
          <StageBadge stage={c.stage} size="lg" rightSection={<Text span size="xs" fw={700}>{fmt.number(c.count)}</Text>} style={{ cursor: 'pointer' }} />
        </Link>
      ))}
    </Group>
  );
}

export function CaseworkerHome({ embedded }: { embedded?: boolean }) {
  const { t } = useTranslation();
  const home = useQuery(caseworkerHomeQuery);
  if (home.isPending) return <LoadingState />;
  if (home.isError) return <ErrorState error={home.error} onRetry={() => void home.refetch()} />;
  const h = home.data;
  if (embedded && h.openCases === 0) return null;
  const visits = [...h.followUps.overdue.items, ...h.followUps.today.items];
  const tasks = [...h.tasks.overdue.items, ...h.tasks.today.items];
  return (
    <Stack gap="md" data-testid="caseworker-home">
      {embedded && (
        <Title order={2} fz="h3">
          {t('workHome.myCases')}
        </Title>
      )}
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Stat icon={<IconFolderOpen size={28} />} label={t('workHome.openCases')} value={h.openCases} link={{ to: '/cases', search: { stage: 'open' } }} />
        <Stat icon={<IconCalendarDue size={28} />} label={t('workHome.overdueVisits')} value={h.followUps.overdue.total} link={{ to: '/cases', search: { overdue: true } }} tone="red" />
        <Stat icon={<IconChecklist size={28} />} label={t('workHome.overdueTasks')} value={h.tasks.overdue.total} link={{ to: '/cases', search: { overdue: true } }} tone="red" />
        <Stat icon={<IconHourglass size={28} />} label={t('workHome.waitingApproval')} value={h.pendingApprovals.total} />
      </SimpleGrid>
      {h.casesByStage.length > 0 && (
        <HomeCard title={t('workHome.byStage')}>
          <StageChips counts={h.casesByStage} />
        </HomeCard>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" style={{ alignItems: 'start' }}>
        <HomeCard title={t('workHome.visits')} count={h.followUps.overdue.total + h.followUps.today.total} testId="home-visits">
          {visits.length === 0 ? (
            <Nothing>{t('workHome.noVisits')}</Nothing>
          ) : (
            <Stack gap={4}>
              {visits.map((v) => (
                <VisitRow key={v.id} visit={v} />
              ))}
              <More shown={visits.length} total={h.followUps.overdue.total + h.followUps.today.total} />
            </Stack>
          )}
        </HomeCard>
        <HomeCard title={t('workHome.tasks')} count={h.tasks.overdue.total + h.tasks.today.total} testId="home-tasks">
          {tasks.length === 0 ? (
            <Nothing>{t('workHome.noTasks')}</Nothing>
          ) : (
            <Stack gap={4}>
              {tasks.map((task) => (
                <TaskRow key={`${task.kind}-${task.id}`} task={task} />
              ))}
              <More shown={tasks.length} total={h.tasks.overdue.total + h.tasks.today.total} />
            </Stack>
          )}
        </HomeCard>
      </SimpleGrid>
      <DueAssessmentsCard />
      <OverdueMilestonesCard />
      <HomeCard title={t('workHome.myRequests')} count={h.pendingApprovals.total} testId="home-requests">
        {h.pendingApprovals.items.length === 0 ? (
          <Nothing>{t('workHome.noRequests')}</Nothing>
        ) : (
          <Stack gap={4}>
            {h.pendingApprovals.items.map((a) => (
              <RequestRow key={a.id} approval={a} />
            ))}
            <More shown={h.pendingApprovals.items.length} total={h.pendingApprovals.total} />
          </Stack>
        )}
      </HomeCard>
    </Stack>
  );
}

function SupervisorHome() {
  const { t } = useTranslation();
  const can = useCan();
  const home = useQuery(supervisorHomeQuery);
  if (home.isPending) return <LoadingState />;
  if (home.isError) return <ErrorState error={home.error} onRetry={() => void home.refetch()} />;
  const h = home.data;
  return (
    <Stack gap="md" data-testid="supervisor-home">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Stat icon={<IconHourglass size={28} />} label={t('workHome.approvalsWaiting')} value={h.approvals.total} link={{ to: '/approvals' }} />
        <Stat icon={<IconCalendarDue size={28} />} label={t('workHome.overdueVisits')} value={h.overdue.followUps} link={{ to: '/cases', search: { overdue: true } }} tone="red" />
        <Stat icon={<IconChecklist size={28} />} label={t('workHome.overdueTasks')} value={h.overdue.tasks} link={{ to: '/cases', search: { overdue: true } }} tone="red" />
        <Stat icon={<IconHomeExclamation size={28} />} label={t('workHome.emergencyOverdue')} value={h.overdue.emergencyFoster} tone="red" />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" style={{ alignItems: 'start' }}>
        <HomeCard title={t('workHome.approvalsWaiting')} count={h.approvals.total} action={<ButtonLink to="/approvals" size="xs" variant="light">{t('workHome.openQueue')}</ButtonLink>} testId="home-approvals">
          {h.approvals.items.length === 0 ? (
            <Nothing>{t('approvals.none')}</Nothing>
          ) : (
            <Stack gap={4}>
              {h.approvals.items.map((a) => (
                <RequestRow key={a.id} approval={a} />
              ))}
              <More shown={h.approvals.items.length} total={h.approvals.total} />
            </Stack>
          )}
        </HomeCard>
        <HomeCard title={t('workHome.overdueVisitsTeam')} count={h.overdue.followUps} testId="home-overdue">
          {h.overdue.followUpItems.length === 0 ? (
            <Nothing>{t('workHome.noOverdue')}</Nothing>
          ) : (
            <Stack gap={4}>
              {h.overdue.followUpItems.map((v) => (
                <VisitRow key={v.id} visit={v} />
              ))}
              <More shown={h.overdue.followUpItems.length} total={h.overdue.followUps} />
            </Stack>
          )}
        </HomeCard>
      </SimpleGrid>
      <HomeCard title={t('workHome.caseload')} testId="home-caseload">
        {h.caseload.length === 0 ? <Nothing>{t('workHome.noCaseload')}</Nothing> : <Caseload rows={h.caseload} />}
      </HomeCard>
      {can('case.write') && <CaseworkerHome embedded />}
    </Stack>
  );
}

function Caseload({ rows }: { rows: TCaseloadRow[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const n = (v: number, red = false) => (
    <Text size="sm" fw={red && v > 0 ? 700 : 400} c={red && v > 0 ? 'red.7' : undefined}>
      {fmt.number(v)}
    </Text>
  );
  return (
    <Table className="stack-table" highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('cases.caseworker')}</Table.Th>
          <Table.Th>{t('workHome.openCases')}</Table.Th>
          <Table.Th>{t('workHome.highRisk')}</Table.Th>
          <Table.Th>{t('workHome.overdueVisits')}</Table.Th>
          <Table.Th>{t('workHome.overdueTasks')}</Table.Th>
          <Table.Th>{t('workHome.emergencyOverdueShort')}</Table.Th>
          <Table.Th>{t('workHome.byStage')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.caseworker.id} data-testid="caseload-row">
            <Table.Td>
              <AnchorLink to="/cases" search={{ caseworkerId: r.caseworker.id, stage: 'open' }} fw={600}>
                {r.caseworker.name}
              </AnchorLink>
            </Table.Td>
            <Table.Td data-label={t('workHome.openCases')}>{n(r.openCases)}</Table.Td>
            <Table.Td data-label={t('workHome.highRisk')}>{n(r.highRisk, true)}</Table.Td>
            <Table.Td data-label={t('workHome.overdueVisits')}>{n(r.overdueFollowUps, true)}</Table.Td>
            <Table.Td data-label={t('workHome.overdueTasks')}>{n(r.overdueTasks, true)}</Table.Td>
            <Table.Td data-label={t('workHome.emergencyOverdueShort')}>{n(r.emergencyFosterOverdue, true)}</Table.Td>
            <Table.Td data-label={t('workHome.byStage')}>
              <Group gap={4} wrap="wrap">
                {r.byStage.map((s) => (
                  <Badge key={s.stage} size="sm" variant="outline" color="gray">
                    {t(`pathway.stages.${s.stage}`)} {fmt.number(s.count)}
                  </Badge>
                ))}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
