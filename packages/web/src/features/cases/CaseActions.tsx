import { can as roleCan, ZRequestClosureRequest, ZRequestTransferRequest, type TCase } from '@homeward/core';
import { Alert, Anchor, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isApiError } from '../../lib/api';
import { applyServerErrors, useFieldError } from '../../lib/forms';
import { translateAny } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { usersQuery } from '../admin/users/api';
import { ClosureGuidance } from '../assessments/ClosureGuidance';
import { finalAssessmentQuery, transferDestinationsQuery, useAssignCase, useReopenCase, useRequestClosure, useRequestTransfer } from './api';
import { caseFormResolver } from './forms';
import { cambodiaToday, closureNeedsFinalAssessment } from './logic';
import type { CaseTab } from './tabs';
import { DateField, FormErrorAlert, LookupSelect } from './ui';

// ---- closure -----------------------------------------------------------------------------------
type ClosureValues = z.input<typeof ZRequestClosureRequest>;

/**
 * Ask to close the case: reason, date, closing summary; a supervisor approves. Goals met and
 * "other" need a final assessment on record first — said here, before the server refuses.
 */
export function ClosureModal({ kase, opened, onClose, onTab }: { kase: TCase; opened: boolean; onClose: () => void; onTab: (tab: CaseTab) => void }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const request = useRequestClosure(kase.id);
  const finalAssessment = useQuery({ ...finalAssessmentQuery(kase.id), enabled: opened });
  const [error, setError] = useState<unknown>(null);
  const defaults = (): ClosureValues => ({ reason: '', closedOn: cambodiaToday(), summary: '' });
  const form = useForm<ClosureValues, unknown, z.output<typeof ZRequestClosureRequest>>({ resolver: caseFormResolver(ZRequestClosureRequest), defaultValues: defaults() });
  const { errors, isSubmitting } = form.formState;
  useEffect(() => {
    if (opened) {
      form.reset(defaults());
      setError(null);
    }
  }, [opened]);
  const reason = form.watch('reason') ?? '';
  const needsAssessment = closureNeedsFinalAssessment(reason);
  const blocked = needsAssessment && finalAssessment.data === false;

  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      await request.mutateAsync(v);
      notifications.show({ color: 'teal', message: t('closure.requested') });
      onClose();
    } catch (e) {
      if (!applyServerErrors(e, form.setError, ['reason', 'closedOn', 'summary'])) setError(e);
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('closure.title')} size="lg" centered>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('closure.intro')}
          </Text>
          <FormErrorAlert error={error} />
          <Controller
            control={form.control}
            name="reason"
            render={({ field }) => (
              <LookupSelect list="closure_reason" data-testid="closure-reason" label={t('closure.reason')} value={field.value} onChange={(v) => field.onChange(v ?? '')} required error={fe(errors.reason)} />
            )}
          />
          {opened && <ClosureGuidance kase={kase} />}
          {needsAssessment &&
            (blocked ? (
              <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={t('closure.needsAssessmentTitle')} data-testid="closure-needs-assessment">
                <Stack gap={4}>
                  <Text size="sm">{t('closure.needsAssessment')}</Text>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    onClick={() => {
                      onClose();
                      onTab('notes');
                    }}
                  >
                    {t('closure.recordAssessment')}
                  </Anchor>
                </Stack>
              </Alert>
            ) : (
              finalAssessment.data === true && (
                <Text size="sm" c="teal.8">
                  {t('closure.assessmentOnRecord')}
                </Text>
              )
            ))}
          {reason && !needsAssessment && (
            <Text size="sm" c="dimmed">
              {t('closure.noAssessmentNeeded')}
            </Text>
          )}
          <DateField {...form.register('closedOn')} data-testid="closure-date" label={t('closure.date')} required max={cambodiaToday()} min={kase.openedOn} error={fe(errors.closedOn)} />
          <Textarea {...form.register('summary')} data-testid="closure-summary" label={t('closure.summary')} description={t('closure.summaryHint')} required autosize minRows={4} error={fe(errors.summary)} />
          <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} p="xs">
            <Text size="sm">{t('closure.approvalNeeded')}</Text>
          </Alert>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting} disabled={blocked} data-testid="closure-submit">
              {t('closure.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

// ---- re-open -----------------------------------------------------------------------------------
export function ReopenModal({ kase, opened, onClose }: { kase: TCase; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const reopen = useReopenCase(kase.id);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (opened) {
      setReason('');
      setReasonError(null);
      setError(null);
    }
  }, [opened]);
  const submit = async () => {
    if (!reason.trim()) return setReasonError(t('cases.reopenNeedsReason'));
    setError(null);
    try {
      const updated = await reopen.mutateAsync(reason.trim());
      notifications.show({ color: 'teal', message: t('cases.reopened', { stage: t(`pathway.stages.${updated.stage}`) }) });
      onClose();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('cases.reopenTitle')} centered>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">{t('cases.reopenIntro')}</Text>
          <FormErrorAlert error={error} />
          <Textarea
            data-testid="case-reopen-reason"
            label={t('cases.reopenReason')}
            required
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setReasonError(null);
            }}
            error={reasonError}
            autosize
            minRows={2}
            maxLength={2000}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={reopen.isPending} data-testid="case-reopen-submit">
              {t('cases.reopen')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

// ---- reassign ----------------------------------------------------------------------------------
/** Give the case to another caseworker (supervisors: within their teams). */
export function ReassignModal({ kase, opened, onClose }: { kase: TCase; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const assign = useAssignCase(kase.id);
  const users = useQuery({ ...usersQuery({ page: 1, pageSize: 100 }), enabled: opened });
  const [caseworkerId, setCaseworkerId] = useState<string | null>(null);
  const [teamId, setTeamId] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (opened) {
      setCaseworkerId(null);
      setTeamId(null);
      setFieldErrors({});
      setError(null);
    }
  }, [opened]);
  const staff = (users.data?.items ?? []).filter((u) => u.active && roleCan(u.role, 'case.write') && u.id !== kase.caseworker.id);
  const chosen = staff.find((u) => u.id === caseworkerId);
  const teams = chosen?.teams ?? [];
  const submit = async () => {
    if (!caseworkerId) return setFieldErrors({ caseworkerId: t('validation.required') });
    setError(null);
    try {
      const updated = await assign.mutateAsync({ caseworkerId, teamId: teamId ?? undefined });
      notifications.show({ color: 'teal', message: t('cases.reassigned', { name: updated.caseworker.name }) });
      onClose();
    } catch (e) {
      const fields = isApiError(e) ? e.fields : [];
      if (fields.length) setFieldErrors(Object.fromEntries(fields.map((f) => [f.field, translateAny(t, f.key, f.params)])));
      else setError(e);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('cases.reassignTitle')} centered>
      <Stack>
        <Text size="sm">{t('cases.reassignIntro', { name: kase.caseworker.name })}</Text>
        <ErrorAlert error={error ?? users.error} />
        <Select
          data-testid="case-assign-caseworker"
          label={t('cases.newCaseworker')}
          data={staff.map((u) => ({ value: u.id, label: `${u.name} · ${t(`roles.${u.role}`)}` }))}
          value={caseworkerId}
          onChange={(v) => {
            setCaseworkerId(v);
            setTeamId(null);
            setFieldErrors({});
          }}
          searchable
          required
          nothingFoundMessage={t('common.nothingFound')}
          error={fieldErrors.caseworkerId}
          disabled={users.isPending}
          comboboxProps={{ withinPortal: true }}
        />
        {teams.length > 1 && (
          <Select
            label={t('cases.team')}
            description={t('cases.teamHint')}
            data={teams.map((team) => ({ value: team.id, label: team.name }))}
            value={teamId}
            onChange={setTeamId}
            clearable
            error={fieldErrors.teamId}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={assign.isPending} data-testid="case-assign-submit">
            {t('cases.reassign')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

// ---- transfer ----------------------------------------------------------------------------------
type TransferValues = z.input<typeof ZRequestTransferRequest>;

/** Offer the case to another organisation on this Homeward, under a recorded consent. */
export function TransferModal({ kase, opened, onClose, onTab }: { kase: TCase; opened: boolean; onClose: () => void; onTab: (tab: CaseTab) => void }) {
  const { t, i18n } = useTranslation();
  const fe = useFieldError();
  const fmt = useFormat();
  const transfer = useRequestTransfer(kase.id);
  const destinations = useQuery({ ...transferDestinationsQuery, enabled: opened });
  const [error, setError] = useState<unknown>(null);
  const form = useForm<TransferValues, unknown, z.output<typeof ZRequestTransferRequest>>({ resolver: caseFormResolver(ZRequestTransferRequest), defaultValues: { toOrganisationId: '', consentId: '', reason: '' } });
  const { errors, isSubmitting } = form.formState;
  useEffect(() => {
    if (opened) {
      form.reset({ toOrganisationId: '', consentId: '', reason: '' });
      setError(null);
    }
  }, [opened, form]);
  const consents = kase.consents.filter((c) => !c.withdrawnOn);
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      await transfer.mutateAsync(v);
      notifications.show({ color: 'teal', message: t('transfers.requested') });
      onClose();
    } catch (e) {
      if (!applyServerErrors(e, form.setError, ['toOrganisationId', 'consentId', 'reason'])) setError(e);
    }
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('transfers.request')} size="lg" centered>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('transfers.intro')}
          </Text>
          <ErrorAlert error={error ?? destinations.error} />
          {consents.length === 0 ? (
            <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
              <Stack gap={4}>
                <Text size="sm">{t('transfers.needsConsent')}</Text>
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => {
                    onClose();
                    onTab('consents');
                  }}
                >
                  {t('consents.add')}
                </Anchor>
              </Stack>
            </Alert>
          ) : (
            <>
              <Controller
                control={form.control}
                name="toOrganisationId"
                render={({ field }) => (
                  <Select
                    data-testid="transfer-to"
                    label={t('transfers.to')}
                    data={(destinations.data ?? []).map((o) => ({ value: o.id, label: i18n.language === 'km' && o.nameKm ? o.nameKm : o.name }))}
                    value={field.value || null}
                    onChange={(v) => field.onChange(v ?? '')}
                    required
                    searchable
                    nothingFoundMessage={t('transfers.noDestinations')}
                    error={fe(errors.toOrganisationId)}
                    comboboxProps={{ withinPortal: true }}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="consentId"
                render={({ field }) => (
                  <Select
                    data-testid="transfer-consent"
                    label={t('transfers.consent')}
                    description={t('transfers.consentHint')}
                    data={consents.map((c) => ({ value: c.id, label: `${c.subject} — ${c.givenBy}, ${fmt.date(c.givenOn)}` }))}
                    value={field.value || null}
                    onChange={(v) => field.onChange(v ?? '')}
                    required
                    error={fe(errors.consentId)}
                    comboboxProps={{ withinPortal: true }}
                  />
                )}
              />
              <Textarea {...form.register('reason')} data-testid="transfer-reason" label={t('transfers.reason')} required autosize minRows={3} error={fe(errors.reason)} />
            </>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting} disabled={consents.length === 0} data-testid="transfer-submit">
              {t('transfers.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
