import { ZCreateCarePlanRequest, type TApproval, type TCarePlan, type TCarePlanAction, type TCase } from '@homeward/core';
import {
  ActionIcon, Alert, Badge, Button, Checkbox, Collapse, Group, List, Menu, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle, IconCheck, IconChecklist, IconClipboardList, IconClock, IconDots, IconPencil, IconPlus, IconSend, IconTrash, IconX,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useFieldArray, useForm, type Control, type UseFormRegister, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { applyServerErrors, useFieldError } from '../../lib/forms';
import { useFormat } from '../../lib/useFormat';
import { SuggestedGoalsModal } from '../assessments/SuggestedGoalsModal';
import { useCan, useMe } from '../auth/session';
import { caseApprovalsQuery, carePlansQuery, useCreateCarePlan, useSubmitCarePlan, useUpdateAction, useUpdateCarePlan } from './api';
import { DecisionModal, type Decision } from './DecisionModal';
import { caseFormResolver } from './forms';
import { cambodiaToday, canStartPlan, currentPlan, planEditable, planMissing } from './logic';
import { useLookups } from './lookups';
import { ByLine, DateField, FormErrorAlert, LookupSelect } from './ui';

const planColors: Record<TCarePlan['status'], string> = { draft: 'gray', pending_approval: 'orange', approved: 'teal', rejected: 'red', superseded: 'gray' };

export function PlanStatusBadge({ status }: { status: TCarePlan['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={planColors[status]} variant={status === 'approved' ? 'filled' : 'light'} data-testid="plan-status" data-status={status}>
      {t(`carePlans.status.${status}`)}
    </Badge>
  );
}

export function PlanTab({ kase }: { kase: TCase }) {
  const { t } = useTranslation();
  const can = useCan();
  const plans = useQuery(carePlansQuery(kase.id));
  const [editing, setEditing] = useState<TCarePlan | 'new' | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  const writable = can('case.write') && kase.stage !== 'closed';

  if (plans.isPending) return <LoadingState />;
  if (plans.isError) return <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />;
  if (editing) return <PlanEditor caseId={kase.id} childId={kase.child.id} plan={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />;

  const current = currentPlan(plans.data);
  const others = plans.data.filter((p) => p.id !== current?.id);
  const startButton = writable && canStartPlan(plans.data) && (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} data-testid="plan-create" variant={current ? 'default' : 'filled'}>
      {current ? t('carePlans.startRevision') : t('carePlans.start')}
    </Button>
  );

  return (
    <Stack gap="md">
      <div className="section-head">
        <Text c="dimmed" size="sm" style={{ flex: '1 1 16rem' }}>
          {t('carePlans.intro')}
        </Text>
        {current && startButton}
      </div>
      {!current ? (
        <EmptyMessage icon={<IconChecklist size={28} />} title={t('carePlans.none')} description={t('carePlans.noneHint')} action={startButton || undefined} />
      ) : (
        <PlanView kase={kase} plan={current} writable={writable} onEdit={() => setEditing(current)} />
      )}
      {others.length > 0 && (
        <Stack gap="xs">
          <Button variant="subtle" size="compact-sm" w="fit-content" onClick={() => setShowHistory((v) => !v)} aria-expanded={showHistory}>
            {showHistory ? t('carePlans.hideHistory') : t('carePlans.showHistory', { count: others.length })}
          </Button>
          <Collapse expanded={showHistory}>
            <Stack gap="sm">
              {others.map((p) => (
                <PlanView key={p.id} kase={kase} plan={p} writable={false} compact />
              ))}
            </Stack>
          </Collapse>
        </Stack>
      )}
    </Stack>
  );
}

/** The latest request for approval of this plan, for its decision and comment. */
const requestOf = (plan: TCarePlan, approvals: readonly TApproval[]): TApproval | undefined => approvals.find((a) => a.kind === 'care_plan' && a.subjectId === plan.id);

function PlanView({ kase, plan, writable, onEdit, compact }: { kase: TCase; plan: TCarePlan; writable: boolean; onEdit?: () => void; compact?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const me = useMe();
  const lookups = useLookups();
  const approvals = useQuery(caseApprovalsQuery(kase.id)).data ?? [];
  const request = requestOf(plan, approvals);
  const submit = useSubmitCarePlan(kase.id);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [decision, setDecision] = useState<Decision>(null);
  const editable = writable && planEditable(plan);
  const missing = planMissing(plan);
  const canDecide = request?.status === 'pending' && can('case.approve') && request.requestedBy.id !== me?.user.id;

  const send = async () => {
    setError(null);
    try {
      await submit.mutateAsync({ planId: plan.id, version: plan.version, comment: comment.trim() || undefined });
      setComment('');
      notifications.show({ color: 'teal', message: t('carePlans.submitted') });
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} data-testid="plan-view">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={2} fz="h4">
                {t('carePlans.title')}
              </Title>
              <PlanStatusBadge status={plan.status} />
            </Group>
            <ByLine name={plan.createdBy?.name} at={plan.createdAt} />
          </Stack>
          {editable && onEdit && (
            <Button variant="default" size="xs" leftSection={<IconPencil size={14} />} onClick={onEdit} data-testid="plan-edit">
              {t('carePlans.edit')}
            </Button>
          )}
        </Group>

        {plan.status === 'pending_approval' && (
          <Alert color="orange" variant="light" icon={<IconClock size={18} />} p="xs">
            <Stack gap={6}>
              <Text size="sm">
                {request ? t('carePlans.waitingSince', { name: request.requestedBy.name, when: fmt.dateTime(request.requestedAt) }) : t('carePlans.waiting')}
              </Text>
              {request?.requestComment && <Text size="sm">“{request.requestComment}”</Text>}
              {canDecide && request && (
                <Group gap="xs">
                  <Button size="xs" leftSection={<IconCheck size={14} />} onClick={() => setDecision({ approval: request, decision: 'approve' })} data-testid="approval-approve">
                    {t('approvals.approve')}
                  </Button>
                  <Button size="xs" variant="default" color="red" leftSection={<IconX size={14} />} onClick={() => setDecision({ approval: request, decision: 'reject' })} data-testid="approval-reject">
                    {t('approvals.reject')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Alert>
        )}
        {plan.status === 'rejected' && request && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={t('carePlans.sentBack')} p="xs">
            <Text size="sm">{t('approvals.decidedByOn', { name: request.decidedBy?.name ?? '', when: request.decidedAt ? fmt.dateTime(request.decidedAt) : '' })}</Text>
            {request.decisionComment && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                “{request.decisionComment}”
              </Text>
            )}
          </Alert>
        )}
        {plan.status === 'approved' && plan.approvedBy && plan.approvedAt && (
          <Text size="sm" c="teal.8">
            {t('carePlans.approvedByOn', { name: plan.approvedBy.name, when: fmt.dateTime(plan.approvedAt) })}
          </Text>
        )}

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <div>
            <Text size="sm" c="dimmed">
              {t('carePlans.careOption')}
            </Text>
            <Text>{plan.careOption ? lookups.label('care_type', plan.careOption) : '—'}</Text>
          </div>
          <div>
            <Text size="sm" c="dimmed">
              {t('carePlans.bestInterests')}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{plan.bestInterests ?? '—'}</Text>
          </div>
        </SimpleGrid>

        {!compact && (
          <Stack gap="sm">
            {plan.goals.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('carePlans.noGoals')}
              </Text>
            ) : (
              plan.goals.map((g, gi) => (
                <Stack key={g.id} gap={6} className="plan-goal">
                  <Text fw={600}>
                    {t('carePlans.goalN', { n: fmt.number(gi + 1) })}: {g.description}
                  </Text>
                  {g.actions.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('carePlans.noActions')}
                    </Text>
                  ) : (
                    <Stack gap={4}>
                      {g.actions.map((a) => (
                        <ActionRow key={a.id} caseId={kase.id} action={a} approved={plan.status === 'approved'} tracking={plan.status === 'approved' && writable} />
                      ))}
                    </Stack>
                  )}
                </Stack>
              ))
            )}
          </Stack>
        )}

        {editable && (
          <Stack gap="xs" className="plan-submit">
            {missing.length > 0 ? (
              <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title={t('carePlans.notReady')} p="xs" data-testid="plan-missing">
                <List size="sm" spacing={2}>
                  {missing.map((m) => (
                    <List.Item key={m}>{t(`carePlans.missing.${m}`)}</List.Item>
                  ))}
                </List>
              </Alert>
            ) : (
              <Textarea
                data-testid="plan-submit-comment"
                label={t('carePlans.submitComment')}
                value={comment}
                onChange={(e) => setComment(e.currentTarget.value)}
                autosize
                minRows={1}
                maxLength={2000}
              />
            )}
            <FormErrorAlert error={error} />
            <Group justify="flex-end">
              <Button leftSection={<IconSend size={16} />} onClick={() => void send()} disabled={missing.length > 0} loading={submit.isPending} data-testid="plan-submit">
                {t('carePlans.submit')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
      <DecisionModal decision={decision} onClose={() => setDecision(null)} />
    </Paper>
  );
}

/** One action of a plan: who, by when, and — once the plan is approved — done or not. */
function ActionRow({ caseId, action, approved, tracking }: { caseId: string; action: TCarePlanAction; approved: boolean; tracking: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const update = useUpdateAction(caseId);
  const [error, setError] = useState<unknown>(null);
  const set = async (status: TCarePlanAction['status']) => {
    setError(null);
    try {
      await update.mutateAsync({ actionId: action.id, status, doneOn: status === 'done' ? cambodiaToday() : null });
    } catch (e) {
      setError(e);
    }
  };
  const meta = [action.responsible, action.dueOn ? t('carePlans.dueOn', { date: fmt.date(action.dueOn) }) : null].filter(Boolean).join(' · ');
  return (
    <Stack gap={2} pl="md" className="plan-action" data-testid="plan-action">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        {tracking && action.status !== 'cancelled' ? (
          <Checkbox
            mt={3}
            checked={action.status === 'done'}
            onChange={(e) => void set(e.currentTarget.checked ? 'done' : 'open')}
            disabled={update.isPending}
            aria-label={t('carePlans.markDone', { action: action.description })}
          />
        ) : null}
        <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" td={action.status === 'cancelled' ? 'line-through' : undefined}>
            {action.description}
          </Text>
          <Group gap={6}>
            {meta && (
              <Text size="xs" c="dimmed">
                {meta}
              </Text>
            )}
            {action.status === 'done' && (
              <Badge size="sm" color="teal" variant="light">
                {action.doneOn ? t('carePlans.doneOn', { date: fmt.date(action.doneOn) }) : t('carePlans.actionStatus.done')}
              </Badge>
            )}
            {action.status === 'cancelled' && (
              <Badge size="sm" color="gray" variant="light">
                {t('carePlans.actionStatus.cancelled')}
              </Badge>
            )}
            {action.overdue && approved && (
              <Badge size="sm" color="red" variant="filled">
                {t('carePlans.overdue')}
              </Badge>
            )}
          </Group>
        </Stack>
        {tracking && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('carePlans.actionMenu', { action: action.description })}>
                <IconDots size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              {action.status !== 'cancelled' ? (
                <Menu.Item onClick={() => void set('cancelled')}>{t('carePlans.cancelAction')}</Menu.Item>
              ) : (
                <Menu.Item onClick={() => void set('open')}>{t('carePlans.reopenAction')}</Menu.Item>
              )}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      <FormErrorAlert error={error} />
    </Stack>
  );
}

// ---- editing ----------------------------------------------------------------------------------
type PlanValues = z.input<typeof ZCreateCarePlanRequest>;
type PlanOutput = z.output<typeof ZCreateCarePlanRequest>;
const emptyAction = () => ({ description: '', responsible: '', dueOn: '' });
const emptyGoal = () => ({ description: '', actions: [emptyAction()] });

const valuesOf = (plan: TCarePlan | null): PlanValues =>
  plan
    ? {
        careOption: plan.careOption ?? '',
        bestInterests: plan.bestInterests ?? '',
        goals: plan.goals.map((g) => ({ id: g.id, description: g.description, actions: g.actions.map((a) => ({ id: a.id, description: a.description, responsible: a.responsible ?? '', dueOn: a.dueOn ?? '' })) })),
      }
    : { careOption: '', bestInterests: '', goals: [emptyGoal()] };

/** Draft or revise a plan: the care option, the best-interests reasoning, goals and their actions. */
function PlanEditor({ caseId, childId, plan, onDone }: { caseId: string; childId: string; plan: TCarePlan | null; onDone: () => void }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const create = useCreateCarePlan(caseId);
  const update = useUpdateCarePlan(caseId);
  const [error, setError] = useState<unknown>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [suggesting, setSuggesting] = useState(false);
  const can = useCan();
  const form = useForm<PlanValues, unknown, PlanOutput>({ resolver: caseFormResolver(ZCreateCarePlanRequest), defaultValues: valuesOf(plan) });
  const goals = useFieldArray({ control: form.control, name: 'goals' });
  const { errors, isDirty, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (v) => {
    setError(null);
    const body = {
      careOption: v.careOption ?? null,
      bestInterests: v.bestInterests ?? null,
      goals: v.goals.map((g) => ({ ...(g.id ? { id: g.id } : {}), description: g.description, actions: g.actions.map((a) => ({ ...(a.id ? { id: a.id } : {}), description: a.description, responsible: a.responsible ?? null, dueOn: a.dueOn ?? null })) })),
    };
    try {
      if (plan) await update.mutateAsync({ planId: plan.id, version: plan.version, ...body });
      else await create.mutateAsync(body);
      notifications.show({ color: 'teal', message: t('carePlans.saved') });
      onDone();
    } catch (e) {
      if (!applyServerErrors(e, form.setError, ['careOption', 'bestInterests', 'goals'])) setError(e);
    }
  });

  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }}>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Stack>
          <Title order={2} fz="h4">
            {plan ? t('carePlans.editTitle') : t('carePlans.newTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('carePlans.editorIntro')}
          </Text>
          <FormErrorAlert error={error} />
          <Controller
            control={form.control}
            name="careOption"
            render={({ field }) => (
              <LookupSelect
                list="care_type"
                data-testid="plan-care-option"
                label={t('carePlans.careOption')}
                description={t('carePlans.careOptionHint')}
                value={field.value}
                onChange={(v) => field.onChange(v ?? '')}
                clearable
                error={fe(errors.careOption)}
              />
            )}
          />
          <Textarea {...form.register('bestInterests')} data-testid="plan-best-interests" label={t('carePlans.bestInterests')} description={t('carePlans.bestInterestsHint')} autosize minRows={3} error={fe(errors.bestInterests)} />
          <Stack gap="sm">
            <Text fw={600}>{t('carePlans.goals')}</Text>
            {errors.goals?.message && (
              <Text size="sm" c="red" role="alert">
                {fe(errors.goals)}
              </Text>
            )}
            {goals.fields.map((g, gi) => (
              <GoalFields key={g.id} index={gi} control={form.control} register={form.register} errors={errors} onRemove={() => goals.remove(gi)} />
            ))}
            <Group gap="xs">
              <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => goals.append(emptyGoal())} w="fit-content" data-testid="plan-add-goal">
                {t('carePlans.addGoal')}
              </Button>
              {can('assessment.read') && (
                <Button variant="subtle" leftSection={<IconClipboardList size={16} />} onClick={() => setSuggesting(true)} data-testid="plan-goals-from-assessment">
                  {t('assessments.goalsFromAssessment')}
                </Button>
              )}
            </Group>
          </Stack>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => (isDirty ? setConfirmCancel(true) : onDone())}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting} data-testid="plan-save">
              {t('carePlans.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <SuggestedGoalsModal
        opened={suggesting}
        onClose={() => setSuggesting(false)}
        caseId={caseId}
        childId={childId}
        onAdd={(texts) => {
          // A new plan starts with one blank goal: the suggestions take its place.
          const current = form.getValues('goals') ?? [];
          const blank = current.findIndex((g) => !g.description.trim() && (g.actions ?? []).every((a) => !a.description.trim()));
          if (blank >= 0 && current.length === 1) goals.remove(blank);
          goals.append(texts.map((description) => ({ description, actions: [] })));
        }}
      />
      <ConfirmDialog
        opened={confirmCancel}
        onClose={() => setConfirmCancel(false)}
        title={t('cases.discardTitle')}
        message={t('cases.discardConfirm')}
        confirmLabel={t('cases.discard')}
        danger
        onConfirm={async () => onDone()}
      />
    </Paper>
  );
}

function GoalFields({ index, control, register, errors, onRemove }: { index: number; control: Control<PlanValues, unknown, PlanOutput>; register: UseFormRegister<PlanValues>; errors: FieldErrors<PlanValues>; onRemove: () => void }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const fmt = useFormat();
  const actions = useFieldArray({ control, name: `goals.${index}.actions` });
  const goalErrors = errors.goals?.[index];
  return (
    <Paper withBorder radius="md" p="sm" bg="var(--mantine-color-gray-0)" data-testid="plan-goal">
      <Stack gap="sm">
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <Textarea
            {...register(`goals.${index}.description`)}
            data-testid="plan-goal-description"
            label={t('carePlans.goalN', { n: fmt.number(index + 1) })}
            required
            autosize
            minRows={1}
            style={{ flex: 1 }}
            error={fe(goalErrors?.description)}
          />
          <ActionIcon variant="subtle" color="red" size="lg" onClick={onRemove} aria-label={t('carePlans.removeGoal', { n: fmt.number(index + 1) })} mb={goalErrors?.description ? 22 : 2}>
            <IconTrash size={18} />
          </ActionIcon>
        </Group>
        <Stack gap="xs" pl={{ base: 0, sm: 'md' }}>
          {actions.fields.map((a, ai) => {
            const ae = goalErrors?.actions?.[ai];
            return (
              <Paper key={a.id} withBorder radius="sm" p="xs" data-testid="plan-action-fields">
                <Stack gap="xs">
                  <Group align="flex-end" gap="xs" wrap="nowrap">
                    <TextInput
                      {...register(`goals.${index}.actions.${ai}.description`)}
                      data-testid="plan-action-description"
                      label={t('carePlans.action')}
                      required
                      style={{ flex: 1 }}
                      error={fe(ae?.description)}
                    />
                    <ActionIcon variant="subtle" color="red" onClick={() => actions.remove(ai)} aria-label={t('carePlans.removeAction')} mb={ae?.description ? 26 : 6}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                  <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
                    <TextInput {...register(`goals.${index}.actions.${ai}.responsible`)} data-testid="plan-action-responsible" label={t('carePlans.responsible')} error={fe(ae?.responsible)} />
                    <DateField {...register(`goals.${index}.actions.${ai}.dueOn`)} data-testid="plan-action-due" label={t('carePlans.due')} error={fe(ae?.dueOn)} />
                  </SimpleGrid>
                </Stack>
              </Paper>
            );
          })}
          <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => actions.append(emptyAction())} w="fit-content" data-testid="plan-add-action">
            {t('carePlans.addAction')}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
