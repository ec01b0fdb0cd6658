import type { TApproval, TCase, TCaseTransfer, TStageChange } from '@homeward/core';
import { Badge, Button, Group, SimpleGrid, Stack, Text, Timeline } from '@mantine/core';
import { IconCheck, IconPencil, IconRoute } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { caseApprovalsQuery } from './api';
import { approvalSubject, stageProgress, stageReason } from './logic';
import { useLookups } from './lookups';
import { ByLine, Facts, StageBadge } from './ui';

export function OverviewTab({ kase, onEditIntake }: { kase: TCase; onEditIntake: () => void }) {
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" style={{ alignItems: 'start' }}>
        <StageTimeline kase={kase} />
        <Intake kase={kase} onEdit={onEditIntake} />
      </SimpleGrid>
      <CaseApprovals caseId={kase.id} />
      {kase.transfers.length > 0 && <Transfers transfers={kase.transfers} />}
    </Stack>
  );
}

/** The pathway so far: a bar of the stages, then each move with who, when and why. */
function StageTimeline({ kase }: { kase: TCase }) {
  const { t } = useTranslation();
  const history = kase.stageHistory;
  return (
    <Section title={t('pathway.title')}>
      <ol className="stage-bar" aria-label={t('pathway.title')}>
        {stageProgress(kase.stage, history.map((h) => h.toStage)).map(({ stage, state }) => (
          <li key={stage} data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
            {state === 'done' && <IconCheck size={12} aria-hidden />}
            <span>{t(`pathway.stages.${stage}`)}</span>
          </li>
        ))}
      </ol>
      <Timeline active={history.length - 1} bulletSize={22} lineWidth={2} data-testid="stage-timeline">
        {history.map((h) => (
          <Timeline.Item key={h.id} bullet={<IconRoute size={12} />} title={<StageChangeTitle change={h} />}>
            <StageChangeBody change={h} />
          </Timeline.Item>
        ))}
      </Timeline>
    </Section>
  );
}

function StageChangeTitle({ change }: { change: TStageChange }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap">
      {change.fromStage ? (
        <>
          <Text size="sm" c="dimmed">
            {t(`pathway.stages.${change.fromStage}`)}
          </Text>
          <Text size="sm" c="dimmed" aria-hidden>
            →
          </Text>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('pathway.opened')}
        </Text>
      )}
      <StageBadge stage={change.toStage} size="sm" />
    </Group>
  );
}

function StageChangeBody({ change }: { change: TStageChange }) {
  const { t } = useTranslation();
  const lookups = useLookups();
  const reason = stageReason(change);
  return (
    <Stack gap={2}>
      {reason && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {reason.kind === 'system'
            ? t(`pathway.reasons.${reason.key}`)
            : reason.kind === 'transferFrom'
              ? t('pathway.reasons.transfer_from', { number: reason.number })
              : reason.kind === 'closure'
                ? lookups.label('closure_reason', reason.value)
                : reason.text}
        </Text>
      )}
      <ByLine name={change.changedBy?.name} at={change.changedAt} />
    </Stack>
  );
}

function Intake({ kase, onEdit }: { kase: TCase; onEdit: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const lookups = useLookups();
  return (
    <Section
      title={t('cases.intake')}
      actions={
        can('case.write') &&
        kase.stage !== 'closed' && (
          <Button variant="default" size="xs" leftSection={<IconPencil size={14} />} onClick={onEdit} data-testid="case-intake-edit">
            {t('cases.editIntake')}
          </Button>
        )
      }
    >
      <Facts
        items={[
          [t('cases.referralDate'), kase.referralDate ? fmt.date(kase.referralDate) : null],
          [t('cases.referralSource'), lookups.label('referral_source', kase.referralSource)],
          [t('cases.referrerName'), kase.referrerName],
          [t('cases.urgency'), kase.urgency ? t(`cases.urgencyLevel.${kase.urgency}`) : null],
          [t('cases.categories'), kase.childCategories.map((c) => lookups.label('child_category', c)).join(', ')],
          [t('cases.team'), kase.teamName],
        ]}
      />
      <Facts
        cols={1}
        items={[
          [t('cases.reason'), kase.referralReason],
          [t('cases.childViews'), kase.childViews],
          [t('cases.familyViews'), kase.familyViews],
          ...(kase.closureSummary ? ([[t('closure.summary'), kase.closureSummary]] as Array<[string, string]>) : []),
        ]}
      />
    </Section>
  );
}

const approvalColors: Record<TApproval['status'], string> = { pending: 'orange', approved: 'teal', rejected: 'red', withdrawn: 'gray' };

export function ApprovalStatusBadge({ status }: { status: TApproval['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={approvalColors[status]} variant="light">
      {t(`approvals.status.${status}`)}
    </Badge>
  );
}

/** Requests for approval on this case and what was decided. */
function CaseApprovals({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lookups = useLookups();
  const approvals = useQuery(caseApprovalsQuery(caseId));
  return (
    <Section title={t('approvals.caseHistory')}>
      {approvals.isPending ? (
        <LoadingState />
      ) : approvals.isError ? (
        <ErrorState error={approvals.error} onRetry={() => void approvals.refetch()} />
      ) : approvals.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('approvals.noneOnCase')}
        </Text>
      ) : (
        <Stack gap="sm">
          {approvals.data.map((a) => {
            const s = approvalSubject(a);
            const what =
              s.kind === 'care_plan'
                ? lookups.label('care_type', s.careOption)
                : s.kind === 'placement'
                  ? [lookups.label('care_type', s.careType), s.startDate ? fmt.date(s.startDate) : ''].filter(Boolean).join(' · ')
                  : [lookups.label('closure_reason', s.reason), s.closedOn ? fmt.date(s.closedOn) : ''].filter(Boolean).join(' · ');
            return (
              <Stack key={a.id} gap={2} className="list-row" data-testid="case-approval">
                <Group gap="xs" wrap="wrap">
                  <Text fw={600} size="sm">
                    {t(`approvals.kinds.${a.kind}`)}
                  </Text>
                  <ApprovalStatusBadge status={a.status} />
                  {what && (
                    <Text size="sm" c="dimmed">
                      {what}
                    </Text>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {t('approvals.requestedByOn', { name: a.requestedBy.name, when: fmt.dateTime(a.requestedAt) })}
                  {a.decidedBy && a.decidedAt && ` · ${t('approvals.decidedByOn', { name: a.decidedBy.name, when: fmt.dateTime(a.decidedAt) })}`}
                </Text>
                {a.requestComment && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {t('approvals.requestComment')}: {a.requestComment}
                  </Text>
                )}
                {a.decisionComment && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={a.status === 'rejected' ? 'red.8' : undefined}>
                    {t('approvals.decisionComment')}: {a.decisionComment}
                  </Text>
                )}
              </Stack>
            );
          })}
        </Stack>
      )}
    </Section>
  );
}

function Transfers({ transfers }: { transfers: TCaseTransfer[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Section title={t('transfers.title')}>
      <Stack gap="sm">
        {transfers.map((x) => (
          <Stack key={x.id} gap={2} className="list-row">
            <Group gap="xs">
              <Text fw={600} size="sm">
                {t('transfers.toOrganisation', { organisation: x.to.name })}
              </Text>
              <Badge variant="light" color={x.status === 'accepted' ? 'teal' : x.status === 'pending' ? 'orange' : 'gray'}>
                {t(`transfers.status.${x.status}`)}
              </Badge>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {x.reason}
            </Text>
            <Text size="xs" c="dimmed">
              {t('approvals.requestedByOn', { name: x.requestedBy.name, when: fmt.dateTime(x.requestedAt) })}
              {x.decidedBy && x.decidedAt && ` · ${t('approvals.decidedByOn', { name: x.decidedBy.name, when: fmt.dateTime(x.decidedAt) })}`}
            </Text>
            {x.decisionComment && <Text size="sm">{x.decisionComment}</Text>}
          </Stack>
        ))}
      </Stack>
    </Section>
  );
}
