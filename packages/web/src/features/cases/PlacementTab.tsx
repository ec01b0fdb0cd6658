import { ZEndPlacementRequest, ZProposePlacementRequest, type TCase, type TPlacement } from '@homeward/core';
import { Alert, Anchor, Badge, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconClock, IconHome, IconHomeMove, IconInfoCircle, IconLock } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { applyServerErrors, useFieldError } from '../../lib/forms';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { AgreementHint } from './AgreementHint';
import { CarerFields } from './CarerFields';
import { caseApprovalsQuery, carePlansQuery, placementsQuery, useEndPlacement, useProposePlacement } from './api';
import { caseFormResolver } from './forms';
import { cambodiaToday, emergencyFosterEnds } from './logic';
import { useLookups } from './lookups';
import type { CaseTab } from './tabs';
import { DateField, Facts, FormErrorAlert, LookupSelect } from './ui';

const placementColors: Record<TPlacement['status'], string> = { proposed: 'orange', active: 'teal', ended: 'gray', rejected: 'red' };

export function PlacementTab({ kase, onTab }: { kase: TCase; onTab: (tab: CaseTab) => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const placements = useQuery(placementsQuery(kase.id));
  const plans = useQuery(carePlansQuery(kase.id));
  const [proposing, setProposing] = useState(false);
  const [ending, setEnding] = useState<TPlacement | null>(null);
  const writable = can('case.write') && kase.stage !== 'closed';

  if (placements.isPending || plans.isPending) return <LoadingState />;
  if (placements.isError) return <ErrorState error={placements.error} onRetry={() => void placements.refetch()} />;
  if (plans.isError) return <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />;

  const active = placements.data.find((p) => p.status === 'active');
  const proposed = placements.data.find((p) => p.status === 'proposed');
  const history = placements.data.filter((p) => p !== active && p !== proposed);
  const approvedPlan = plans.data.find((p) => p.status === 'approved');
  const canPropose = writable && approvedPlan !== undefined && proposed === undefined;

  return (
    <Stack gap="md">
      <div className="section-head">
        <Text c="dimmed" size="sm" style={{ flex: '1 1 16rem' }}>
          {t('placements.intro')}
        </Text>
        {writable && (
          <Button leftSection={<IconHomeMove size={16} />} onClick={() => setProposing(true)} disabled={!canPropose} data-testid="placement-propose">
            {active ? t('placements.proposeChange') : t('placements.propose')}
          </Button>
        )}
      </div>
      {writable && !approvedPlan && (
        <Alert color="yellow" variant="light" icon={<IconLock size={18} />} p="xs">
          <Group gap="xs">
            <Text size="sm">{t('pathway.refused.needs_approved_plan')}</Text>
            <Anchor component="button" type="button" size="sm" onClick={() => onTab('plan')}>
              {t('pathway.fix.needs_approved_plan')}
            </Anchor>
          </Group>
        </Alert>
      )}
      {proposed && <PlacementCard caseId={kase.id} placement={proposed} />}
      {active ? (
        <PlacementCard caseId={kase.id} placement={active} onEnd={writable ? () => setEnding(active) : undefined} />
      ) : (
        !proposed && <EmptyMessage icon={<IconHome size={28} />} title={t('placements.none')} description={t('placements.noneHint')} />
      )}
      {history.length > 0 && (
        <Stack gap="sm">
          <Title order={2} fz="h5">
            {t('placements.history')}
          </Title>
          {history.map((p) => (
            <PlacementCard key={p.id} caseId={kase.id} placement={p} compact />
          ))}
        </Stack>
      )}
      <ProposeModal kase={kase} opened={proposing} onClose={() => setProposing(false)} replacing={active} suggestedCareType={approvedPlan?.careOption ?? null} />
      <EndModal caseId={kase.id} placement={ending} onClose={() => setEnding(null)} />
    </Stack>
  );
}

const centreName = (name: NonNullable<TPlacement['carerCentreName']>): string => (name.latin ? `${name.km} (${name.latin})` : name.km);

function PlacementCard({ caseId, placement: p, onEnd, compact }: { caseId: string; placement: TPlacement; onEnd?: () => void; compact?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lookups = useLookups();
  const approvals = useQuery({ ...caseApprovalsQuery(caseId), enabled: p.status !== 'ended' }).data ?? [];
  const request = approvals.find((a) => a.kind === 'placement' && a.subjectId === p.id);
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} data-testid={`placement-${p.status}`}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Group gap="xs">
            <Text fw={600}>{lookups.label('care_type', p.careType)}</Text>
            <Badge color={placementColors[p.status]} variant={p.status === 'active' ? 'filled' : 'light'}>
              {t(`placements.status.${p.status}`)}
            </Badge>
          </Group>
          {onEnd && (
            <Button size="xs" variant="default" color="red" onClick={onEnd} data-testid="placement-end">
              {t('placements.end')}
            </Button>
          )}
        </Group>
        {p.status === 'proposed' && (
          <Alert color="orange" variant="light" icon={<IconClock size={18} />} p="xs">
            <Text size="sm">{request ? t('placements.waitingSince', { name: request.requestedBy.name, when: fmt.dateTime(request.requestedAt) }) : t('placements.waiting')}</Text>
          </Alert>
        )}
        {p.status === 'rejected' && request?.decisionComment && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} p="xs" title={t('placements.sentBack')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {request.decisionComment}
            </Text>
          </Alert>
        )}
        {p.emergencyFosterOverdue && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} p="xs" data-testid="placement-emergency-overdue">
            <Text size="sm">{t('placements.emergencyOverdue', { date: p.emergencyFosterLimitOn ? fmt.date(p.emergencyFosterLimitOn) : '' })}</Text>
          </Alert>
        )}
        {!p.emergencyFosterOverdue && p.emergencyFosterLimitOn && p.status !== 'ended' && (
          <Alert color="yellow" variant="light" icon={<IconInfoCircle size={18} />} p="xs">
            <Text size="sm">{t('placements.emergencyLimit', { date: fmt.date(p.emergencyFosterLimitOn) })}</Text>
          </Alert>
        )}
        <Facts
          cols={compact ? 3 : 2}
          items={[
            p.carerCentreName ? [t('placements.carerCentre'), centreName(p.carerCentreName)] : [t('placements.carer'), p.carerHouseholdName],
            [t('placements.start'), fmt.date(p.startDate)],
            ...(p.endDate ? ([[t('placements.endDate'), fmt.date(p.endDate)]] as Array<[string, string]>) : []),
            ...(p.endReason ? ([[t('placements.endReason'), lookups.label('placement_end_reason', p.endReason)]] as Array<[string, string]>) : []),
            ...(!compact || p.notes ? ([[t('placements.notes'), p.notes]] as Array<[string, string | null]>) : []),
          ]}
        />
        <AgreementHint caseId={caseId} placement={p} />
      </Stack>
    </Paper>
  );
}

// ---- propose -----------------------------------------------------------------------------------
const ZProposeForm = ZProposePlacementRequest.pick({ careType: true, carerHouseholdId: true, carerCentreId: true, startDate: true, notes: true, previousEndReason: true, comment: true });
type ProposeValues = z.input<typeof ZProposeForm>;
const proposeFields = ['careType', 'carerHouseholdId', 'carerCentreId', 'startDate', 'notes', 'previousEndReason', 'comment'] as const;

function ProposeModal({ kase, opened, onClose, replacing, suggestedCareType }: { kase: TCase; opened: boolean; onClose: () => void; replacing?: TPlacement; suggestedCareType: string | null }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const fmt = useFormat();
  const propose = useProposePlacement(kase.id);
  const [error, setError] = useState<unknown>(null);
  const defaults = (): ProposeValues => ({ careType: suggestedCareType ?? '', carerHouseholdId: null, carerCentreId: null, startDate: cambodiaToday(), notes: '', previousEndReason: replacing ? '' : undefined, comment: '' });
  const form = useForm<ProposeValues, unknown, z.output<typeof ZProposeForm>>({ resolver: caseFormResolver(ZProposeForm), defaultValues: defaults() });
  const { errors, isSubmitting } = form.formState;
  useEffect(() => {
    if (opened) {
      form.reset(defaults());
      setError(null);
    }
  }, [opened]);
  const careType = form.watch('careType');
  const startDate = form.watch('startDate');
  const limit = emergencyFosterEnds(careType ?? '', startDate ?? '');

  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      await propose.mutateAsync(v);
      notifications.show({ color: 'teal', message: t('placements.proposed') });
      onClose();
    } catch (e) {
      if (!applyServerErrors(e, form.setError, proposeFields)) setError(e);
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={replacing ? t('placements.proposeChange') : t('placements.propose')} size="lg" centered>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('placements.proposeIntro')}
          </Text>
          <FormErrorAlert error={error} />
          <Controller
            control={form.control}
            name="careType"
            render={({ field }) => (
              <LookupSelect list="care_type" data-testid="placement-care-type" label={t('placements.careType')} value={field.value} onChange={(v) => field.onChange(v ?? '')} required error={fe(errors.careType)} />
            )}
          />
          <CarerFields
            childId={kase.child.id}
            household={form.watch('carerHouseholdId') ?? null}
            centre={form.watch('carerCentreId') ?? null}
            onChange={(carer) => {
              form.setValue('carerHouseholdId', carer.household, { shouldDirty: true });
              form.setValue('carerCentreId', carer.centre, { shouldDirty: true });
            }}
            errors={{ household: fe(errors.carerHouseholdId), centre: fe(errors.carerCentreId) }}
          />
          <DateField {...form.register('startDate')} data-testid="placement-start" label={t('placements.start')} required error={fe(errors.startDate)} />
          {limit && (
            <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} p="xs" data-testid="placement-emergency-warning">
              <Text size="sm">{t('placements.emergencyWarning', { date: fmt.date(limit) })}</Text>
            </Alert>
          )}
          {replacing && (
            <Controller
              control={form.control}
              name="previousEndReason"
              render={({ field }) => (
                <LookupSelect
                  list="placement_end_reason"
                  data-testid="placement-previous-end-reason"
                  label={t('placements.previousEndReason')}
                  description={t('placements.previousEndReasonHint')}
                  value={field.value}
                  onChange={(v) => field.onChange(v ?? undefined)}
                  clearable
                  error={fe(errors.previousEndReason)}
                />
              )}
            />
          )}
          <Textarea {...form.register('notes')} data-testid="placement-notes" label={t('placements.notes')} autosize minRows={2} error={fe(errors.notes)} />
          <Textarea {...form.register('comment')} data-testid="placement-comment" label={t('placements.comment')} description={t('placements.commentHint')} autosize minRows={1} error={fe(errors.comment)} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting} data-testid="placement-submit">
              {t('placements.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

// ---- end ---------------------------------------------------------------------------------------
type EndValues = z.input<typeof ZEndPlacementRequest>;

function EndModal({ caseId, placement, onClose }: { caseId: string; placement: TPlacement | null; onClose: () => void }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const end = useEndPlacement(caseId);
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState<z.output<typeof ZEndPlacementRequest> | null>(null);
  const form = useForm<EndValues, unknown, z.output<typeof ZEndPlacementRequest>>({ resolver: caseFormResolver(ZEndPlacementRequest), defaultValues: { endDate: cambodiaToday(), reason: '' } });
  useEffect(() => {
    if (placement) {
      form.reset({ endDate: cambodiaToday(), reason: '' });
      setError(null);
    }
  }, [placement, form]);
  const submit = form.handleSubmit((v) => setConfirming(v));
  return (
    <>
      <Modal opened={placement !== null && confirming === null} onClose={onClose} title={t('placements.endTitle')} centered>
        <form noValidate onSubmit={(e) => void submit(e)}>
          <Stack>
            <Text size="sm">{t('placements.endIntro')}</Text>
            <FormErrorAlert error={error} />
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <DateField {...form.register('endDate')} data-testid="placement-end-date" label={t('placements.endDate')} required max={cambodiaToday()} error={fe(errors(form).endDate)} />
              <Controller
                control={form.control}
                name="reason"
                render={({ field }) => (
                  <LookupSelect list="placement_end_reason" data-testid="placement-end-reason" label={t('placements.endReason')} value={field.value} onChange={(v) => field.onChange(v ?? '')} required error={fe(errors(form).reason)} />
                )}
              />
            </SimpleGrid>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red" data-testid="placement-end-submit">
                {t('placements.end')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ConfirmDialog
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t('placements.endConfirmTitle')}
        message={t('placements.endConfirm')}
        confirmLabel={t('placements.end')}
        danger
        onConfirm={async () => {
          if (!placement || !confirming) return;
          try {
            await end.mutateAsync({ placementId: placement.id, ...confirming });
            notifications.show({ color: 'teal', message: t('placements.ended') });
            onClose();
          } catch (e) {
            if (!applyServerErrors(e, form.setError, ['endDate', 'reason'])) setError(e);
            setConfirming(null);
          }
        }}
      />
    </>
  );
}

const errors = <T extends Record<string, unknown>>(form: { formState: { errors: T } }): T => form.formState.errors;
