import { approvalKinds, type TApproval, type TCaseTransfer } from '@homeward/core';
import { Alert, Badge, Button, Collapse, Group, Modal, Paper, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowsExchange, IconCheck, IconChecklist, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { RequireAbility } from '../../components/RequireAbility';
import { Section } from '../../components/Section';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { approvalQueueQuery, carePlansQuery, incomingTransfersQuery, placementsQuery, useDecideTransfer } from './api';
import { DecisionModal, type Decision } from './DecisionModal';
import { approvalSubject, emergencyFosterEnds, refName } from './logic';
import { useLookups } from './lookups';
import { Facts } from './ui';

const route = getRouteApi('/app/approvals');
const PAGE_SIZE = 20;

export function ApprovalsPage() {
  return (
    <RequireAbility action="case.approve">
      <Approvals />
    </RequireAbility>
  );
}

function Approvals() {
  const { t } = useTranslation();
  const can = useCan();
  const { kind, page = 1 } = route.useSearch();
  const navigate = route.useNavigate();
  const queue = useQuery(approvalQueueQuery(page, kind));
  const [decision, setDecision] = useState<Decision>(null);
  return (
    <Stack gap="md">
      <PageHeader title={t('approvals.title')} description={t('approvals.intro')} />
      <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
        <SegmentedControl
          value={kind ?? 'all'}
          onChange={(v) => void navigate({ search: { kind: v === 'all' ? undefined : (v as TApproval['kind']) } })}
          data={[{ value: 'all', label: t('approvals.all') }, ...approvalKinds.map((k) => ({ value: k, label: t(`approvals.kindsPlural.${k}`) }))]}
          aria-label={t('approvals.filterKind')}
        />
      </div>
      {queue.isPending ? (
        <LoadingState />
      ) : queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.data.items.length === 0 ? (
        <EmptyMessage icon={<IconChecklist size={28} />} title={t('approvals.none')} description={t('approvals.noneHint')} />
      ) : (
        <>
          <Stack gap="sm" aria-busy={queue.isFetching}>
            {queue.data.items.map((a) => (
              <ApprovalCard key={a.id} approval={a} onDecide={(d) => setDecision({ approval: a, decision: d })} />
            ))}
          </Stack>
          <Pager page={page} pageSize={PAGE_SIZE} total={queue.data.total} onChange={(p) => void navigate({ search: (s) => ({ ...s, page: p }) })} />
        </>
      )}
      {can('case.transfer') && <IncomingTransfers />}
      <DecisionModal decision={decision} onClose={() => setDecision(null)} />
    </Stack>
  );
}

const kindColors: Record<TApproval['kind'], string> = { care_plan: 'indigo', placement: 'teal', closure: 'dark' };

/** One request: whose case, what is asked (the plan, the placement, the closure), approve or send back. */
export function ApprovalCard({ approval: a, onDecide }: { approval: TApproval; onDecide: (d: 'approve' | 'reject') => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const name = refName(a.case);
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} data-testid="approval-card" data-kind={a.kind}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap="xs">
              <Badge color={kindColors[a.kind]} variant="light">
                {t(`approvals.kinds.${a.kind}`)}
              </Badge>
              <AnchorLink to="/cases/$caseId" params={{ caseId: a.case.id }} search={{ tab: a.kind === 'care_plan' ? 'plan' : a.kind === 'placement' ? 'placement' : undefined }} fw={600} lang={name.primaryLang}>
                {name.primary}
              </AnchorLink>
              {name.secondary && (
                <Text size="sm" c="dimmed" lang="en">
                  {name.secondary}
                </Text>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              <Text span ff="monospace" lang="en">
                {a.case.number}
              </Text>{' '}
              · {t('approvals.requestedByOn', { name: a.requestedBy.name, when: fmt.dateTime(a.requestedAt) })}
            </Text>
          </Stack>
          <Group gap="xs">
            <Button leftSection={<IconCheck size={16} />} onClick={() => onDecide('approve')} data-testid="approval-approve">
              {t('approvals.approve')}
            </Button>
            <Button variant="default" color="red" leftSection={<IconX size={16} />} onClick={() => onDecide('reject')} data-testid="approval-reject">
              {t('approvals.reject')}
            </Button>
          </Group>
        </Group>
        {a.requestComment && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            <Text span c="dimmed" fw={600}>
              {t('approvals.requestComment')}:
            </Text>{' '}
            {a.requestComment}
          </Text>
        )}
        <Subject approval={a} />
      </Stack>
    </Paper>
  );
}

function Subject({ approval }: { approval: TApproval }) {
  const s = approvalSubject(approval);
  if (s.kind === 'care_plan') return <PlanSubject caseId={approval.case.id} planId={approval.subjectId} />;
  if (s.kind === 'placement') return <PlacementSubject caseId={approval.case.id} placementId={approval.subjectId} careType={s.careType} startDate={s.startDate} />;
  return <ClosureSubject reason={s.reason} closedOn={s.closedOn} summary={s.summary} />;
}

function PlanSubject({ caseId, planId }: { caseId: string; planId: string | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lookups = useLookups();
  const [open, setOpen] = useState(true);
  const plans = useQuery(carePlansQuery(caseId));
  const plan = plans.data?.find((p) => p.id === planId);
  if (plans.isPending) return <LoadingState />;
  if (plans.isError) return <ErrorAlert error={plans.error} />;
  if (!plan) return null;
  return (
    <Stack gap="xs">
      <Facts
        items={[
          [t('carePlans.careOption'), lookups.label('care_type', plan.careOption)],
          [t('carePlans.goals'), fmt.number(plan.goals.length)],
        ]}
      />
      <Facts cols={1} items={[[t('carePlans.bestInterests'), plan.bestInterests]]} />
      <Button variant="subtle" size="compact-sm" w="fit-content" onClick={() => setOpen((v) => !v)} aria-expanded={open}>
        {open ? t('approvals.hidePlan') : t('approvals.showPlan')}
      </Button>
      <Collapse expanded={open}>
        <Stack gap="xs">
          {plan.goals.map((g, i) => (
            <Stack key={g.id} gap={2}>
              <Text size="sm" fw={600}>
                {t('carePlans.goalN', { n: fmt.number(i + 1) })}: {g.description}
              </Text>
              {g.actions.map((a) => (
                <Text key={a.id} size="sm" pl="md">
                  • {a.description}
                  <Text span c="dimmed" size="xs">
                    {' '}
                    {[a.responsible, a.dueOn ? t('carePlans.dueOn', { date: fmt.date(a.dueOn) }) : null].filter(Boolean).join(' · ')}
                  </Text>
                </Text>
              ))}
            </Stack>
          ))}
        </Stack>
      </Collapse>
    </Stack>
  );
}

function PlacementSubject({ caseId, placementId, careType, startDate }: { caseId: string; placementId: string | null; careType: string | null; startDate: string | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lookups = useLookups();
  const placements = useQuery(placementsQuery(caseId));
  const p = placements.data?.find((x) => x.id === placementId);
  const limit = emergencyFosterEnds(careType ?? '', startDate ?? '');
  return (
    <Stack gap="xs">
      <Facts
        items={[
          [t('placements.careType'), lookups.label('care_type', careType)],
          [t('placements.start'), startDate ? fmt.date(startDate) : null],
          [t('placements.carer'), p?.carerHouseholdName ?? null],
          [t('placements.notes'), p?.notes ?? null],
        ]}
      />
      {limit && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} p="xs">
          <Text size="sm">{t('placements.emergencyWarning', { date: fmt.date(limit) })}</Text>
        </Alert>
      )}
    </Stack>
  );
}

function ClosureSubject({ reason, closedOn, summary }: { reason: string | null; closedOn: string | null; summary: string | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lookups = useLookups();
  return (
    <Stack gap="xs">
      <Facts
        items={[
          [t('closure.reason'), lookups.label('closure_reason', reason)],
          [t('closure.date'), closedOn ? fmt.date(closedOn) : null],
        ]}
      />
      <Facts cols={1} items={[[t('closure.summary'), summary]]} />
    </Stack>
  );
}

// ---- transfers offered to this organisation ------------------------------------------------------
function IncomingTransfers() {
  const { t } = useTranslation();
  const transfers = useQuery(incomingTransfersQuery);
  const [deciding, setDeciding] = useState<{ transfer: TCaseTransfer; decision: 'accept' | 'decline' } | null>(null);
  if (transfers.isPending || transfers.isError || transfers.data.items.length === 0) return null;
  return (
    <Section title={t('transfers.incoming')} description={t('transfers.incomingIntro')}>
      <Stack gap="sm">
        {transfers.data.items.map((x) => (
          <TransferCard key={x.id} transfer={x} onDecide={(decision) => setDeciding({ transfer: x, decision })} />
        ))}
      </Stack>
      <TransferDecisionModal deciding={deciding} onClose={() => setDeciding(null)} />
    </Section>
  );
}

function TransferCard({ transfer: x, onDecide }: { transfer: TCaseTransfer; onDecide: (d: 'accept' | 'decline') => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Paper withBorder radius="md" p="sm" data-testid="transfer-card">
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={2}>
          <Group gap="xs">
            <IconArrowsExchange size={16} aria-hidden />
            <Text fw={600} lang={x.child.familyNameKm ? 'km' : undefined}>
              {[x.child.familyNameKm, x.child.givenNameKm].filter(Boolean).join(' ') || [x.child.familyNameLatin, x.child.givenNameLatin].filter(Boolean).join(' ')}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {t('transfers.fromOrganisation', { organisation: x.from.name })} · {t('approvals.requestedByOn', { name: x.requestedBy.name, when: fmt.dateTime(x.requestedAt) })}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {x.reason}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button size="xs" onClick={() => onDecide('accept')} data-testid="transfer-accept">
            {t('transfers.accept')}
          </Button>
          <Button size="xs" variant="default" color="red" onClick={() => onDecide('decline')} data-testid="transfer-decline">
            {t('transfers.decline')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}

function TransferDecisionModal({ deciding, onClose }: { deciding: { transfer: TCaseTransfer; decision: 'accept' | 'decline' } | null; onClose: () => void }) {
  const { t } = useTranslation();
  const decide = useDecideTransfer();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const decline = deciding?.decision === 'decline';
  const submit = async () => {
    if (!deciding) return;
    if (decline && !comment.trim()) return setCommentError(t('approvals.rejectNeedsComment'));
    setError(null);
    try {
      await decide.mutateAsync({ id: deciding.transfer.id, decision: deciding.decision, comment: comment.trim() || undefined });
      notifications.show({ color: 'teal', message: decline ? t('transfers.declined') : t('transfers.accepted') });
      setComment('');
      onClose();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Modal opened={deciding !== null} onClose={onClose} title={decline ? t('transfers.decline') : t('transfers.accept')} centered>
      <Stack>
        <Text size="sm">{decline ? t('transfers.declineIntro') : t('transfers.acceptIntro')}</Text>
        <Textarea
          label={t('approvals.comment')}
          required={decline}
          value={comment}
          onChange={(e) => {
            setComment(e.currentTarget.value);
            setCommentError(null);
          }}
          error={commentError}
          autosize
          minRows={2}
        />
        <ErrorAlert error={error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color={decline ? 'red' : undefined} loading={decide.isPending} onClick={() => void submit()}>
            {decline ? t('transfers.decline') : t('transfers.accept')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

