import type { Stage, TCase } from '@homeward/core';
import { Alert, Anchor, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle, IconLock } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isApiError } from '../../lib/api';
import { translateAny } from '../../lib/i18n';
import { carePlansQuery, useMoveStage } from './api';
import { stageChoices, stageMoveRefusal } from './logic';
import type { CaseTab } from './tabs';
import { StageBadge } from './ui';

/** Where to go to lift a refusal: the tab that holds what is missing. */
const fixTab: Partial<Record<string, CaseTab>> = { needs_approved_plan: 'plan', needs_active_placement: 'placement' };

/**
 * Move a case along the pathway (or back). Every stage is offered; one the rules do not allow
 * yet says why and what to do, before the server would refuse. Going back asks for a reason.
 */
export function StageMoveModal({ kase, opened, onClose, onTab }: { kase: TCase; opened: boolean; onClose: () => void; onTab: (tab: CaseTab) => void }) {
  const { t } = useTranslation();
  const plans = useQuery({ ...carePlansQuery(kase.id), enabled: opened });
  const move = useMoveStage(kase.id);
  const [target, setTarget] = useState<Stage | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);

  useEffect(() => {
    if (!opened) {
      setTarget(null);
      setReason('');
      setError(null);
      setReasonError(null);
    }
  }, [opened]);

  const facts = { hasApprovedPlan: (plans.data ?? []).some((p) => p.status === 'approved'), hasActivePlacement: kase.currentPlacement !== null };
  const choices = stageChoices(kase.stage, facts);
  const chosen = choices.find((c) => c.stage === target);
  const blocked = chosen?.refusal ?? null;

  const submit = async () => {
    if (!chosen) return;
    setError(null);
    setReasonError(null);
    if (stageMoveRefusal(kase.stage, chosen.stage, facts, reason) === 'reason_required') {
      setReasonError(t('pathway.refused.reason_required'));
      return;
    }
    try {
      const updated = await move.mutateAsync({ to: chosen.stage, reason: reason.trim() || undefined, version: kase.version });
      notifications.show({ color: 'teal', message: t('pathway.moved', { stage: t(`pathway.stages.${updated.stage}`) }) });
      onClose();
    } catch (e) {
      const fields = isApiError(e) ? e.fields : [];
      const onReason = fields.find((f) => f.key === 'pathway.refused.reason_required' || f.field === 'reason');
      const refusal = fields.find((f) => f.key.startsWith('pathway.refused.'));
      if (onReason) setReasonError(translateAny(t, onReason.key));
      else if (refusal) setError(new Error(translateAny(t, refusal.key)));
      else setError(e);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('pathway.moveTitle')} centered size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Group gap="xs">
            <Text size="sm">{t('pathway.now')}</Text>
            <StageBadge stage={kase.stage} />
          </Group>
          <Select
            data-testid="case-stage-target"
            label={t('pathway.target')}
            placeholder={t('pathway.targetPlaceholder')}
            data={choices.map((c) => ({ value: c.stage, label: t(`pathway.stages.${c.stage}`) }))}
            value={target}
            onChange={(v) => {
              setTarget(v as Stage | null);
              setError(null);
            }}
            allowDeselect={false}
            required
            disabled={plans.isPending}
            comboboxProps={{ withinPortal: true }}
            renderOption={({ option }) => {
              const c = choices.find((x) => x.stage === option.value);
              return (
                <Stack gap={0}>
                  <Group gap={6} wrap="nowrap">
                    {c?.refusal && <IconLock size={14} aria-hidden />}
                    <Text size="sm">{option.label}</Text>
                  </Group>
                  {/* Shown, not part of the option's name: the alert below says it once the stage is chosen. */}
                  {c?.refusal ? (
                    <Text size="xs" c="dimmed" aria-hidden>
                      {t(`pathway.refused.${c.refusal}`)}
                    </Text>
                  ) : c?.backwards ? (
                    <Text size="xs" c="dimmed" aria-hidden>
                      {t('pathway.goingBack')}
                    </Text>
                  ) : null}
                </Stack>
              );
            }}
          />
          {blocked && (
            <Alert color="orange" variant="light" icon={<IconLock size={18} />} title={t('pathway.notYet')} data-testid="case-stage-refusal">
              <Stack gap={4}>
                <Text size="sm">{t(`pathway.refused.${blocked}`)}</Text>
                {fixTab[blocked] && (
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    onClick={() => {
                      onClose();
                      onTab(fixTab[blocked] as CaseTab);
                    }}
                  >
                    {t(`pathway.fix.${blocked as 'needs_approved_plan' | 'needs_active_placement'}`)}
                  </Anchor>
                )}
              </Stack>
            </Alert>
          )}
          {chosen && !blocked && chosen.backwards && (
            <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} p="xs">
              <Text size="sm">{t('pathway.goingBackExplain')}</Text>
            </Alert>
          )}
          <Textarea
            data-testid="case-stage-reason"
            label={t('pathway.reason')}
            description={chosen?.backwards ? t('pathway.reasonRequired') : t('pathway.reasonOptional')}
            required={chosen?.backwards ?? false}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setReasonError(null);
            }}
            error={reasonError}
            autosize
            minRows={2}
            maxLength={2000}
          />
          {error instanceof Error && !isApiError(error) ? (
            <Alert color="red" variant="light" role="alert">
              {error.message}
            </Alert>
          ) : (
            <ErrorAlert error={error} />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" data-testid="case-stage-submit" loading={move.isPending} disabled={!chosen || blocked !== null}>
              {t('pathway.moveSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
