import type { TCentreBoardCard, TCentreStage } from '@homeward/core';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useMoveStage } from './api';
import { StageBadge } from './bits';

export interface PendingMove {
  card: TCentreBoardCard;
  toStage: TCentreStage;
}

/** Moving a centre on the board always asks why; the reason is kept in its stage history. */
export function MoveStageModal({ move, onClose }: { move: PendingMove | null; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const mutation = useMoveStage();
  const [reason, setReason] = useState('');
  useEffect(() => {
    setReason('');
    mutation.reset();
  }, [move]); // a new move starts clean; the mutation object is new on every render
  const confirm = () => {
    if (!move || !reason.trim()) return;
    mutation.mutate({ id: move.card.id, toStage: move.toStage, reason: reason.trim(), version: move.card.transitionVersion }, {
      onSuccess: async () => {
        notifications.show({ message: t('centres.form.saved'), color: 'green' });
        onClose();
        await qc.invalidateQueries({ queryKey: ['centres', 'board'] });
        await qc.invalidateQueries({ queryKey: ['centres', 'dashboard'] });
      },
    });
  };
  return (
    <Modal opened={move !== null} onClose={onClose} title={move ? t('centres.board.moveTitle', { name: move.card.nameKm }) : ''}>
      {move && (
        <Stack gap="sm">
          <Group gap="xs">
            <StageBadge stage={move.card.stage} size="sm" />
            <Text>→</Text>
            <StageBadge stage={move.toStage} size="sm" />
          </Group>
          <Textarea label={t('centres.board.reason')} required autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus data-testid="board-reason" />
          <ErrorAlert error={mutation.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button onClick={confirm} disabled={!reason.trim()} loading={mutation.isPending} data-testid="board-confirm">{t('centres.board.confirmMove')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
