import { ZRecordConsentRequest, ZWithdrawConsentRequest, type TCase, type TConsent } from '@homeward/core';
import { Badge, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileCheck, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useForm, type UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { EmptyMessage } from '../../components/States';
import { applyServerErrors, useFieldError } from '../../lib/forms';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { useRecordConsent, useWithdrawConsent } from './api';
import { caseFormResolver } from './forms';
import { cambodiaToday } from './logic';
import { DateField, FormErrorAlert } from './ui';

export function ConsentsTab({ kase }: { kase: TCase }) {
  const { t } = useTranslation();
  const can = useCan();
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<TConsent | null>(null);
  const writable = can('case.write') && kase.stage !== 'closed';
  return (
    <Stack gap="md">
      <div className="section-head">
        <Text c="dimmed" size="sm" style={{ flex: '1 1 16rem' }}>
          {t('consents.intro')}
        </Text>
        {writable && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)} data-testid="consent-add">
            {t('consents.add')}
          </Button>
        )}
      </div>
      {kase.consents.length === 0 ? (
        <EmptyMessage icon={<IconFileCheck size={28} />} title={t('consents.none')} />
      ) : (
        <Stack gap="sm">
          {kase.consents.map((c) => (
            <ConsentCard key={c.id} consent={c} onWithdraw={writable && !c.withdrawnOn ? () => setWithdrawing(c) : undefined} />
          ))}
        </Stack>
      )}
      <ConsentModal caseId={kase.id} opened={adding} onClose={() => setAdding(false)} />
      <WithdrawModal caseId={kase.id} consent={withdrawing} onClose={() => setWithdrawing(null)} />
    </Stack>
  );
}

function ConsentCard({ consent: c, onWithdraw }: { consent: TConsent; onWithdraw?: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Paper withBorder radius="md" p="sm" data-testid="consent-card">
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {c.subject}
          </Text>
          <Text size="sm" c="dimmed">
            {t('consents.givenByOn', { name: c.givenBy, date: fmt.date(c.givenOn) })}
          </Text>
          {c.withdrawnOn && (
            <Badge color="gray" variant="light" w="fit-content">
              {t('consents.withdrawnOn', { date: fmt.date(c.withdrawnOn) })}
            </Badge>
          )}
        </Stack>
        {onWithdraw && (
          <Button size="xs" variant="default" color="red" onClick={onWithdraw}>
            {t('consents.withdraw')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}

type ConsentValues = z.input<typeof ZRecordConsentRequest>;

/** A consent: what was agreed to, by whom, when. */
export function ConsentModal({ caseId, opened, onClose }: { caseId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordConsent(caseId);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<ConsentValues, unknown, z.output<typeof ZRecordConsentRequest>>({ resolver: caseFormResolver(ZRecordConsentRequest), defaultValues: { subject: '', givenBy: '', givenOn: cambodiaToday() } });
  const { errors, isSubmitting } = form.formState;
  useEffect(() => {
    if (opened) {
      form.reset({ subject: '', givenBy: '', givenOn: cambodiaToday() });
      setError(null);
    }
  }, [opened, form]);
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      await record.mutateAsync(v);
      notifications.show({ color: 'teal', message: t('consents.saved') });
      onClose();
    } catch (e) {
      if (!applyServerErrors(e, form.setError, ['subject', 'givenBy', 'givenOn', 'documentAttachmentId'])) setError(e);
    }
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('consents.addTitle')} size="lg" centered>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Stack>
          <FormErrorAlert error={error} />
          <ConsentFields fields={{ subject: form.register('subject'), givenBy: form.register('givenBy'), givenOn: form.register('givenOn') }} errors={errors} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting} data-testid="consent-submit">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The three fields of a consent, also asked when a case is opened. */
export function ConsentFields({ fields, errors }: {
  fields: Record<'subject' | 'givenBy' | 'givenOn', UseFormRegisterReturn>;
  errors: Partial<Record<'subject' | 'givenBy' | 'givenOn', { message?: string }>> | undefined;
}) {
  const { t } = useTranslation();
  const fe = useFieldError();
  return (
    <Stack gap="sm">
      <TextInput {...fields.subject} data-testid="consent-subject" label={t('consents.subject')} description={t('consents.subjectHint')} required error={fe(errors?.subject)} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput {...fields.givenBy} data-testid="consent-given-by" label={t('consents.givenBy')} description={t('consents.givenByHint')} required error={fe(errors?.givenBy)} />
        <DateField {...fields.givenOn} data-testid="consent-given-on" label={t('consents.givenOn')} required max={cambodiaToday()} error={fe(errors?.givenOn)} />
      </SimpleGrid>
    </Stack>
  );
}

type WithdrawValues = z.input<typeof ZWithdrawConsentRequest>;

function WithdrawModal({ caseId, consent, onClose }: { caseId: string; consent: TConsent | null; onClose: () => void }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const withdraw = useWithdrawConsent(caseId);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<WithdrawValues, unknown, z.output<typeof ZWithdrawConsentRequest>>({ resolver: caseFormResolver(ZWithdrawConsentRequest), defaultValues: { withdrawnOn: cambodiaToday(), reason: '' } });
  useEffect(() => {
    if (consent) {
      form.reset({ withdrawnOn: cambodiaToday(), reason: '' });
      setError(null);
    }
  }, [consent, form]);
  const submit = form.handleSubmit(async (v) => {
    if (!consent) return;
    setError(null);
    try {
      await withdraw.mutateAsync({ consentId: consent.id, ...v });
      notifications.show({ color: 'teal', message: t('consents.withdrawn') });
      onClose();
    } catch (e) {
      if (!applyServerErrors(e, form.setError, ['withdrawnOn', 'reason'])) setError(e);
    }
  });
  return (
    <Modal opened={consent !== null} onClose={onClose} title={t('consents.withdrawTitle')} centered>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Stack>
          <Text size="sm">{t('consents.withdrawConfirm', { subject: consent?.subject ?? '' })}</Text>
          <FormErrorAlert error={error} />
          <DateField {...form.register('withdrawnOn')} label={t('consents.withdrawnOnLabel')} max={cambodiaToday()} error={fe(form.formState.errors.withdrawnOn)} />
          <Textarea {...form.register('reason')} label={t('consents.withdrawReason')} autosize minRows={2} error={fe(form.formState.errors.reason)} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={form.formState.isSubmitting}>
              {t('consents.withdraw')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
