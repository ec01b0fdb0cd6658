import { tracingStatuses, type TTracingRequest, type TTracingStatus } from '@homeward/core';
import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { cambodiaToday } from '../cases/logic';
import { DateField, FormErrorAlert } from '../cases/ui';
import { useChangeTracingStatus } from './api';

/** Statuses chosen here; found is recorded with the person (FoundModal). */
const choosable = tracingStatuses.filter((s) => s !== 'found' && s !== 'found_unsafe');
const ending: readonly TTracingStatus[] = ['closed', 'not_found'];

/** Change a request's status with a note; closing or "not found" asks once more. */
export function StatusModal({ caseId, request, onClose }: { caseId: string; request: TTracingRequest | null; onClose: () => void }) {
  const { t } = useTranslation();
  const change = useChangeTracingStatus(caseId);
  const [status, setStatus] = useState<TTracingStatus | null>(null);
  const [on, setOn] = useState(cambodiaToday());
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (request) {
      setStatus(null);
      setOn(cambodiaToday());
      setNote('');
      setError(null);
    }
  }, [request]);
  const save = async () => {
    if (!request || !status) return;
    await change.mutateAsync({ id: request.id, version: request.version, status, changedOn: on, ...(note.trim() && { note: note.trim() }) });
    notifications.show({ color: 'teal', message: t('tracing.status.saved') });
    onClose();
  };
  const submit = async () => {
    if (!status) return;
    if (ending.includes(status)) {
      setConfirming(true);
      return;
    }
    setError(null);
    try {
      await save();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <Modal opened={request !== null && !confirming} onClose={onClose} title={t('tracing.status.title')} centered>
        <Stack gap="sm">
          <FormErrorAlert error={error} />
          <Select
            label={t('tracing.status.new')} required value={status} onChange={(v) => setStatus(v as TTracingStatus | null)} data-testid="tracing-status-select"
            data={choosable.filter((s) => s !== request?.status).map((s) => ({ value: s, label: t(`tracing.statuses.${s}`) }))} comboboxProps={{ withinPortal: true }}
          />
          <DateField label={t('tracing.status.on')} value={on} max={cambodiaToday()} onChange={(e) => setOn(e.currentTarget.value)} required />
          <Textarea label={t('tracing.status.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} maxLength={2000} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button onClick={() => void submit()} disabled={!status} loading={change.isPending} data-testid="tracing-status-submit">{t('common.save')}</Button>
          </Group>
        </Stack>
      </Modal>
      <ConfirmDialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={status === 'not_found' ? t('tracing.status.confirmNotFoundTitle') : t('tracing.status.confirmCloseTitle')}
        message={t('tracing.status.confirmMessage')}
        confirmLabel={status === 'not_found' ? t('tracing.statuses.not_found') : t('tracing.status.close')}
        danger
        onConfirm={async () => {
          await save();
          setConfirming(false);
        }}
      />
    </>
  );
}
