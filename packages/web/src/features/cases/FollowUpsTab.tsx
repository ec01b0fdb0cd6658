import { wellbeingLevels, ZMissFollowUpRequest, ZRecordFollowUpRequest, ZRescheduleFollowUpRequest, type TCase, type TFollowUp } from '@homeward/core';
import { Badge, Button, Group, Menu, Modal, Paper, Radio, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarEvent, IconCalendarTime, IconChevronDown, IconClipboardCheck, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { applyServerErrors, useFieldError } from '../../lib/forms';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { followUpsQuery, useMissFollowUp, useRecordFollowUp, useRescheduleFollowUp } from './api';
import { caseFormResolver } from './forms';
import { cambodiaToday, followUpCounts, nextVisit, rescheduledTo } from './logic';
import { DateField, FollowUpBadge, FormErrorAlert } from './ui';

type Dialog = { visit: TFollowUp; kind: 'record' | 'miss' | 'reschedule' } | null;

export function FollowUpsTab({ kase }: { kase: TCase }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const visits = useQuery(followUpsQuery(kase.id));
  const [dialog, setDialog] = useState<Dialog>(null);
  const writable = can('case.write') && kase.stage !== 'closed';

  if (visits.isPending) return <LoadingState />;
  if (visits.isError) return <ErrorState error={visits.error} onRetry={() => void visits.refetch()} />;
  const list = visits.data;
  const next = nextVisit(list);
  const counts = followUpCounts(list);

  return (
    <Stack gap="md">
      <Text c="dimmed" size="sm">
        {t('followUps.intro')}
      </Text>
      {list.length === 0 ? (
        <EmptyMessage icon={<IconCalendarEvent size={28} />} title={t('followUps.none')} description={t('followUps.noneHint')} />
      ) : (
        <>
          <Group gap="xs" aria-label={t('followUps.summary')}>
            {(['overdue', 'due', 'done', 'missed'] as const).map((s) => (
              <Badge key={s} variant="light" color={s === 'overdue' && counts.overdue > 0 ? 'red' : 'gray'} size="lg">
                {t(`followUps.states.${s}`)}: {fmt.number(counts[s])}
              </Badge>
            ))}
          </Group>
          <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
            {list.map((v) => (
              <li key={v.id}>
                <VisitCard visit={v} list={list} next={v.id === next?.id} onAction={writable && (v.state === 'due' || v.state === 'overdue') ? (kind) => setDialog({ visit: v, kind }) : undefined} />
              </li>
            ))}
          </Stack>
        </>
      )}
      <RecordModal caseId={kase.id} visit={dialog?.kind === 'record' ? dialog.visit : null} onClose={() => setDialog(null)} />
      <MissModal caseId={kase.id} visit={dialog?.kind === 'miss' ? dialog.visit : null} onClose={() => setDialog(null)} />
      <RescheduleModal caseId={kase.id} visit={dialog?.kind === 'reschedule' ? dialog.visit : null} onClose={() => setDialog(null)} />
    </Stack>
  );
}

const wellbeingColors = { good: 'teal', some_concerns: 'yellow', serious_concerns: 'red' } as const;

function VisitCard({ visit: v, list, next, onAction }: { visit: TFollowUp; list: readonly TFollowUp[]; next: boolean; onAction?: (kind: 'record' | 'miss' | 'reschedule') => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const movedTo = rescheduledTo(v, list);
  const faded = v.state === 'rescheduled' || v.state === 'cancelled';
  return (
    <Paper withBorder radius="md" p="sm" data-testid="followup" data-state={v.state} style={{ opacity: faded ? 0.75 : 1, borderColor: v.state === 'overdue' ? 'var(--mantine-color-red-4)' : next ? 'var(--mantine-color-teal-4)' : undefined }}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Group gap="xs" wrap="wrap">
            <Text fw={600}>{fmt.date(v.dueOn)}</Text>
            <FollowUpBadge visit={v} />
            {v.monthsAfter !== null && (
              <Text size="sm" c="dimmed">
                {t('followUps.monthsAfter', { count: v.monthsAfter, n: fmt.number(v.monthsAfter) })}
              </Text>
            )}
          </Group>
          {onAction && (
            <Group gap={4} wrap="nowrap">
              <Button size="xs" variant={next ? 'filled' : 'light'} leftSection={<IconClipboardCheck size={14} />} onClick={() => onAction('record')} data-testid={next ? 'followup-record' : 'followup-record-later'}>
                {t('followUps.record')}
              </Button>
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <Button size="xs" variant="default" px={6} aria-label={t('followUps.moreFor', { date: fmt.date(v.dueOn) })}>
                    <IconChevronDown size={14} />
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item leftSection={<IconCalendarTime size={16} />} onClick={() => onAction('reschedule')} data-testid="followup-reschedule">
                    {t('followUps.reschedule')}
                  </Menu.Item>
                  <Menu.Item leftSection={<IconX size={16} />} onClick={() => onAction('miss')} data-testid="followup-miss">
                    {t('followUps.miss')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            </Group>
          )}
        </Group>
        {v.state === 'done' && (
          <Stack gap={4}>
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                {t('followUps.visitedOn', { date: v.doneOn ? fmt.date(v.doneOn) : '—', name: v.visitedBy?.name ?? '' })}
              </Text>
              {v.wellbeing && (
                <Badge size="sm" variant="light" color={wellbeingColors[v.wellbeing]}>
                  {t(`followUps.wellbeing.${v.wellbeing}`)}
                </Badge>
              )}
            </Group>
            {v.progress && <Labelled label={t('followUps.progress')} text={v.progress} />}
            {v.concerns && <Labelled label={t('followUps.concerns')} text={v.concerns} />}
          </Stack>
        )}
        {v.state === 'missed' && v.missedReason && <Labelled label={t('followUps.missedReason')} text={v.missedReason} />}
        {v.state === 'rescheduled' && (
          <Text size="sm" c="dimmed">
            {movedTo ? t('followUps.movedTo', { date: fmt.date(movedTo.dueOn) }) : t('followUps.moved')}
            {v.rescheduleReason && ` — ${v.rescheduleReason}`}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function Labelled({ label, text }: { label: string; text: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      <Text span c="dimmed" fw={600}>
        {label}:
      </Text>{' '}
      {text}
    </Text>
  );
}

// ---- record --------------------------------------------------------------------------------------
type RecordValues = z.input<typeof ZRecordFollowUpRequest>;

function RecordModal({ caseId, visit, onClose }: { caseId: string; visit: TFollowUp | null; onClose: () => void }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const fmt = useFormat();
  const record = useRecordFollowUp(caseId);
  const [error, setError] = useState<unknown>(null);
  const defaults = (): RecordValues => ({ doneOn: cambodiaToday(), progress: '', concerns: '', wellbeing: undefined as unknown as RecordValues['wellbeing'] });
  const form = useForm<RecordValues, unknown, z.output<typeof ZRecordFollowUpRequest>>({ resolver: caseFormResolver(ZRecordFollowUpRequest), defaultValues: defaults() });
  const { errors, isSubmitting } = form.formState;
  useEffect(() => {
    if (visit) {
      form.reset(defaults());
      setError(null);
    }
  }, [visit]);
  const submit = form.handleSubmit(async (v) => {
    if (!visit) return;
    setError(null);
    try {
      await record.mutateAsync({ id: visit.id, ...v });
      notifications.show({ color: 'teal', message: t('followUps.recorded') });
      onClose();
    } catch (e) {
      if (!applyServerErrors(e, form.setError, ['doneOn', 'progress', 'concerns', 'wellbeing'])) setError(e);
    }
  });
  return (
    <Modal opened={visit !== null} onClose={onClose} title={visit ? t('followUps.recordTitle', { date: fmt.date(visit.dueOn) }) : ''} size="lg" centered>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Stack>
          <FormErrorAlert error={error} />
          <DateField {...form.register('doneOn')} data-testid="followup-done-on" label={t('followUps.doneOn')} required max={cambodiaToday()} error={fe(errors.doneOn)} />
          <Textarea {...form.register('progress')} data-testid="followup-progress" label={t('followUps.progress')} description={t('followUps.progressHint')} required autosize minRows={3} error={fe(errors.progress)} data-autofocus />
          <Textarea {...form.register('concerns')} data-testid="followup-concerns" label={t('followUps.concerns')} description={t('followUps.concernsHint')} autosize minRows={2} error={fe(errors.concerns)} />
          <Controller
            control={form.control}
            name="wellbeing"
            render={({ field }) => (
              <Radio.Group label={t('followUps.wellbeingLabel')} required value={field.value ?? ''} onChange={field.onChange} error={fe(errors.wellbeing)} data-testid="followup-wellbeing">
                <Group gap="md" mt={6}>
                  {wellbeingLevels.map((w) => (
                    <Radio key={w} value={w} label={t(`followUps.wellbeing.${w}`)} data-testid={`followup-wellbeing-${w}`} />
                  ))}
                </Group>
              </Radio.Group>
            )}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting} data-testid="followup-submit">
              {t('followUps.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

// ---- miss and reschedule -------------------------------------------------------------------------
function MissModal({ caseId, visit, onClose }: { caseId: string; visit: TFollowUp | null; onClose: () => void }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const fmt = useFormat();
  const miss = useMissFollowUp(caseId);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<z.input<typeof ZMissFollowUpRequest>, unknown, z.output<typeof ZMissFollowUpRequest>>({ resolver: caseFormResolver(ZMissFollowUpRequest), defaultValues: { reason: '' } });
  useEffect(() => {
    if (visit) {
      form.reset({ reason: '' });
      setError(null);
    }
  }, [visit, form]);
  const submit = form.handleSubmit(async (v) => {
    if (!visit) return;
    setError(null);
    try {
      await miss.mutateAsync({ id: visit.id, ...v });
      notifications.show({ color: 'teal', message: t('followUps.missedDone') });
      onClose();
    } catch (e) {
      if (!applyServerErrors(e, form.setError, ['reason'])) setError(e);
    }
  });
  return (
    <Modal opened={visit !== null} onClose={onClose} title={visit ? t('followUps.missTitle', { date: fmt.date(visit.dueOn) }) : ''} centered>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Stack>
          <Text size="sm">{t('followUps.missIntro')}</Text>
          <FormErrorAlert error={error} />
          <Textarea {...form.register('reason')} data-testid="followup-miss-reason" label={t('followUps.missedReason')} required autosize minRows={2} error={fe(form.formState.errors.reason)} data-autofocus />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={form.formState.isSubmitting} data-testid="followup-miss-submit">
              {t('followUps.miss')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function RescheduleModal({ caseId, visit, onClose }: { caseId: string; visit: TFollowUp | null; onClose: () => void }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const fmt = useFormat();
  const reschedule = useRescheduleFollowUp(caseId);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<z.input<typeof ZRescheduleFollowUpRequest>, unknown, z.output<typeof ZRescheduleFollowUpRequest>>({ resolver: caseFormResolver(ZRescheduleFollowUpRequest), defaultValues: { dueOn: '', reason: '' } });
  useEffect(() => {
    if (visit) {
      form.reset({ dueOn: visit.dueOn < cambodiaToday() ? cambodiaToday() : visit.dueOn, reason: '' });
      setError(null);
    }
  }, [visit, form]);
  const submit = form.handleSubmit(async (v) => {
    if (!visit) return;
    setError(null);
    try {
      await reschedule.mutateAsync({ id: visit.id, ...v });
      notifications.show({ color: 'teal', message: t('followUps.rescheduled', { date: fmt.date(v.dueOn) }) });
      onClose();
    } catch (e) {
      if (!applyServerErrors(e, form.setError, ['dueOn', 'reason'])) setError(e);
    }
  });
  return (
    <Modal opened={visit !== null} onClose={onClose} title={visit ? t('followUps.rescheduleTitle', { date: fmt.date(visit.dueOn) }) : ''} centered>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Stack>
          <Text size="sm">{t('followUps.rescheduleIntro')}</Text>
          <FormErrorAlert error={error} />
          <DateField {...form.register('dueOn')} data-testid="followup-new-date" label={t('followUps.newDate')} required min={cambodiaToday()} error={fe(form.formState.errors.dueOn)} />
          <Textarea {...form.register('reason')} data-testid="followup-reschedule-reason" label={t('followUps.rescheduleReason')} required autosize minRows={2} error={fe(form.formState.errors.reason)} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting} data-testid="followup-reschedule-submit">
              {t('followUps.reschedule')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
