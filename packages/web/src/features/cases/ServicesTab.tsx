import { confidentialServiceTypes, ZCreateServiceRequest, type TCase, type TServiceRecord } from '@homeward/core';
import { Badge, Button, Checkbox, Group, Modal, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconHeartHandshake, IconLock, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { applyServerErrors, useFieldError } from '../../lib/forms';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { servicesQuery, useRecordService } from './api';
import { caseFormResolver } from './forms';
import { cambodiaToday } from './logic';
import { useLookups } from './lookups';
import { ByLine, DateField, FormErrorAlert, LookupSelect } from './ui';

export function ServicesTab({ kase }: { kase: TCase }) {
  const { t } = useTranslation();
  const can = useCan();
  const services = useQuery(servicesQuery(kase.id));
  const [adding, setAdding] = useState(false);
  const writable = can('case.write') && kase.stage !== 'closed';
  return (
    <Stack gap="md">
      <div className="section-head">
        <Text c="dimmed" size="sm" style={{ flex: '1 1 16rem' }}>
          {t('caseServices.intro')}
        </Text>
        {writable && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)} data-testid="service-add">
            {t('caseServices.add')}
          </Button>
        )}
      </div>
      {services.isPending ? (
        <LoadingState />
      ) : services.isError ? (
        <ErrorState error={services.error} onRetry={() => void services.refetch()} />
      ) : services.data.length === 0 ? (
        <EmptyMessage icon={<IconHeartHandshake size={28} />} title={t('caseServices.none')} />
      ) : (
        <Stack gap="sm">
          {services.data.map((s) => (
            <ServiceCard key={s.id} service={s} />
          ))}
        </Stack>
      )}
      <ServiceModal caseId={kase.id} opened={adding} onClose={() => setAdding(false)} />
    </Stack>
  );
}

function ServiceCard({ service: s }: { service: TServiceRecord }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lookups = useLookups();
  return (
    <Paper withBorder radius="md" p="sm" data-testid="service-card">
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Badge variant="light">{lookups.label('service_type', s.serviceType)}</Badge>
          <Text fw={600} size="sm">
            {fmt.date(s.providedOn)}
          </Text>
          {s.provider && (
            <Text size="sm" c="dimmed">
              {s.provider}
            </Text>
          )}
          {s.confidential && (
            <Badge variant="outline" color="red" leftSection={<IconLock size={12} />}>
              {t('caseNotes.confidential')}
            </Badge>
          )}
        </Group>
        {s.outcome && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            <Text span c="dimmed" fw={600}>
              {t('caseServices.outcome')}:
            </Text>{' '}
            {s.outcome}
          </Text>
        )}
        {s.redacted ? (
          <Group gap={6} c="dimmed">
            <IconLock size={16} aria-hidden />
            <Text size="sm" fs="italic">
              {t('caseServices.redacted')}
            </Text>
          </Group>
        ) : (
          s.notes && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              <Text span c="dimmed" fw={600}>
                {t('caseServices.notes')}:
              </Text>{' '}
              {s.notes}
            </Text>
          )
        )}
        <ByLine name={s.createdBy?.name} at={s.createdAt} />
      </Stack>
    </Paper>
  );
}

type Values = z.input<typeof ZCreateServiceRequest>;
const blank = (): Values => ({ serviceType: '', providedOn: cambodiaToday(), provider: '', outcome: '', notes: '', confidential: false });

function ServiceModal({ caseId, opened, onClose }: { caseId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const record = useRecordService(caseId);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Values, unknown, z.output<typeof ZCreateServiceRequest>>({ resolver: caseFormResolver(ZCreateServiceRequest), defaultValues: blank() });
  const { errors, isSubmitting } = form.formState;
  const type = form.watch('serviceType');
  const alwaysConfidential = confidentialServiceTypes.has(type);
  useEffect(() => {
    if (opened) {
      form.reset(blank());
      setError(null);
    }
  }, [opened, form]);
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      await record.mutateAsync({ ...v, confidential: alwaysConfidential || v.confidential });
      notifications.show({ color: 'teal', message: t('caseServices.saved') });
      onClose();
    } catch (e) {
      if (!applyServerErrors(e, form.setError, ['serviceType', 'providedOn', 'provider', 'outcome', 'notes', 'confidential'])) setError(e);
    }
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('caseServices.addTitle')} size="lg" centered>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Stack>
          <FormErrorAlert error={error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Controller
              control={form.control}
              name="serviceType"
              render={({ field }) => (
                <LookupSelect list="service_type" data-testid="service-type" label={t('caseServices.type')} value={field.value} onChange={(v) => field.onChange(v ?? '')} required error={fe(errors.serviceType)} />
              )}
            />
            <DateField {...form.register('providedOn')} data-testid="service-date" label={t('caseServices.date')} required max={cambodiaToday()} error={fe(errors.providedOn)} />
          </SimpleGrid>
          <TextInput {...form.register('provider')} data-testid="service-provider" label={t('caseServices.provider')} description={t('caseServices.providerHint')} error={fe(errors.provider)} />
          <Textarea {...form.register('outcome')} data-testid="service-outcome" label={t('caseServices.outcome')} autosize minRows={2} error={fe(errors.outcome)} />
          <Textarea {...form.register('notes')} data-testid="service-notes" label={t('caseServices.notes')} autosize minRows={2} error={fe(errors.notes)} />
          {alwaysConfidential ? (
            <Group gap={6} c="dimmed">
              <IconLock size={16} aria-hidden />
              <Text size="sm">{t('caseServices.alwaysConfidential')}</Text>
            </Group>
          ) : (
            <Checkbox {...form.register('confidential')} data-testid="service-confidential" label={t('caseServices.confidentialLabel')} />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting} data-testid="service-submit">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
