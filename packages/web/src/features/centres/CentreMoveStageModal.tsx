import { centreStages, todayIso, type TCentre, type TCentreStage } from '@homeward/core';
import { Button, Group, Modal, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useMoveStage } from './api';
import { serverFieldErrors } from './form';

/** Move the centre to another stage, with a reason and a date, after a confirmation. */
export function CentreMoveStageModal({ centre: c, onClose }: { centre: TCentre; onClose: () => void }) {
  const { t } = useTranslation();
  const move = useMoveStage();
  const next = centreStages[centreStages.indexOf(c.transition.stage) + 1] ?? null;
  const [toStage, setToStage] = useState<TCentreStage | null>(next);
  const [reason, setReason] = useState('');
  const [changedOn, setChangedOn] = useState(todayIso());
  const [confirming, setConfirming] = useState(false);
  const errors = serverFieldErrors(t, move.error);
  const ready = toStage !== null && reason.trim().length > 0 && changedOn !== '';
  return (
    <>
      <Modal opened={!confirming} onClose={onClose} title={<Title order={2} size="h4">{t('centres.transition.moveTitle')}</Title>}>
        <Stack gap="sm">
          {move.isError && !Object.keys(errors).length && <ErrorAlert error={move.error} />}
          <Select label={t('centres.transition.toStage')} required allowDeselect={false} value={toStage} onChange={(v) => setToStage(v as TCentreStage | null)} error={errors.toStage}
            data={centreStages.filter((s) => s !== c.transition.stage).map((s) => ({ value: s, label: `${centreStages.indexOf(s) + 1}. ${t(`centres.stages.${s}`)}` }))} data-testid="move-to-stage" />
          <Textarea label={t('centres.transition.reason')} description={t('centres.transition.reasonHint')} required autosize minRows={3} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} data-testid="move-reason" />
          <TextInput type="date" label={t('centres.transition.changedOn')} max={todayIso()} min={c.transition.stageSince} value={changedOn} onChange={(e) => setChangedOn(e.currentTarget.value)} error={errors.changedOn} />
          <Group justify="flex-end">
            <Button disabled={!ready} onClick={() => setConfirming(true)} data-testid="move-continue">{t('centres.transition.moveStage')}</Button>
          </Group>
        </Stack>
      </Modal>
      <ConfirmDialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={toStage ? t('centres.transition.confirm', { stage: t(`centres.stages.${toStage}`) }) : ''}
        message={t('centres.transition.confirmMessage')}
        confirmLabel={t('centres.transition.moveStage')}
        onConfirm={async () => {
          if (!toStage) return;
          await move.mutateAsync({ id: c.id, toStage, reason: reason.trim(), changedOn, version: c.transition.version });
          notifications.show({ message: t('centres.transition.moved'), color: 'green' });
          onClose();
        }}
      />
    </>
  );
}
