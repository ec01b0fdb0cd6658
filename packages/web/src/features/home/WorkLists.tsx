import type { TApproval, TFollowUp, TTask } from '@homeward/core';
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/useFormat';
import { refName } from '../cases/logic';
import { FollowUpBadge, RowLink } from '../cases/ui';

/*
 * Rows the home screens list: visits, tasks and requests, each leading to its case.
 */

export function HomeCard({ title, count, action, children, testId }: { title: string; count?: number; action?: ReactNode; children: ReactNode; testId?: string }) {
  const fmt = useFormat();
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Title order={2} fz="h4">
              {title}
            </Title>
            {count !== undefined && count > 0 && (
              <Badge variant="light" color="gray">
                {fmt.number(count)}
              </Badge>
            )}
          </Group>
          {action}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

function CaseLine({ caseRef }: { caseRef: TFollowUp['case'] }) {
  const name = refName(caseRef);
  return (
    <Group gap={6} wrap="wrap" style={{ minWidth: 0 }}>
      <Text size="sm" fw={600} lang={name.primaryLang}>
        {name.primary}
      </Text>
      <Text size="xs" c="dimmed" ff="monospace" lang="en">
        {caseRef.number}
      </Text>
    </Group>
  );
}

export function VisitRow({ visit }: { visit: TFollowUp }) {
  const fmt = useFormat();
  return (
    <RowLink to="/cases/$caseId" params={{ caseId: visit.case.id }} search={{ tab: 'followUps' }} className="pick-row" data-testid="home-visit">
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <CaseLine caseRef={visit.case} />
          <Text size="xs" c="dimmed">
            {fmt.date(visit.dueOn)}
          </Text>
        </Stack>
        <FollowUpBadge visit={visit} />
      </Group>
    </RowLink>
  );
}

export function TaskRow({ task }: { task: TTask }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const tab = task.kind === 'emergency_foster_review' ? 'placement' : 'plan';
  return (
    <RowLink to="/cases/$caseId" params={{ caseId: task.case.id }} search={{ tab }} className="pick-row" data-testid="home-task">
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm">{task.kind === 'emergency_foster_review' ? t('workHome.emergencyReview') : task.description}</Text>
          <CaseLine caseRef={task.case} />
          <Text size="xs" c="dimmed">
            {[task.responsible, fmt.date(task.dueOn)].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
        <Badge color={task.overdue ? 'red' : 'yellow'} variant={task.overdue ? 'filled' : 'light'}>
          {task.overdue ? t('workHome.overdue') : t('workHome.today')}
        </Badge>
      </Group>
    </RowLink>
  );
}

export function RequestRow({ approval }: { approval: TApproval }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <RowLink to="/cases/$caseId" params={{ caseId: approval.case.id }} className="pick-row" data-testid="home-request">
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {t(`approvals.kinds.${approval.kind}`)}
          </Text>
          <CaseLine caseRef={approval.case} />
          <Text size="xs" c="dimmed">
            {t('approvals.requestedByOn', { name: approval.requestedBy.name, when: fmt.dateTime(approval.requestedAt) })}
          </Text>
        </Stack>
      </Group>
    </RowLink>
  );
}

export function Nothing({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}

/** "and 12 more" under a short list. */
export function More({ shown, total }: { shown: number; total: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (total <= shown) return null;
  return (
    <Text size="xs" c="dimmed">
      {t('workHome.more', { n: fmt.number(total - shown) })}
    </Text>
  );
}
