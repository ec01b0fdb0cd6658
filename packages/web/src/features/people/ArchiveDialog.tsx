import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';

interface ArchiveDialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  message: string;
  /** Archive with the reason given (blank: none). */
  onConfirm: (reason: string | undefined) => Promise<unknown>;
}

/** Asks before archiving a record, with an optional reason kept in its history. */
export function ArchiveDialog({ opened, onClose, title, message, onConfirm }: ArchiveDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const close = () => {
    if (busy) return;
    setError(null);
    setReason('');
    onClose();
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm(reason.trim() || undefined);
      setBusy(false);
      setReason('');
      onClose();
    } catch (e) {
      setBusy(false);
      setError(e);
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={title} centered>
      <Stack>
        <Text size="sm">{message}</Text>
        <Textarea label={t('people.archiveReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={500} autosize minRows={2} />
        <ErrorAlert error={error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={() => void confirm()} data-testid="archive-confirm">
            {t('people.archive')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
