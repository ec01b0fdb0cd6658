import type { TCase } from '@homeward/core';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { applyServerErrors } from '../../lib/forms';
import { useUpdateCase } from './api';
import { FormErrorAlert } from './ui';
import { caseFormResolver, missingAsNull } from './forms';
import { IntakeFields, intakeFieldNames, ZIntakeForm, type IntakeValues } from './IntakeFields';

const valuesOf = (c: TCase): IntakeValues => ({
  riskLevel: c.riskLevel,
  referralDate: c.referralDate ?? '',
  referralSource: c.referralSource ?? '',
  referralReason: c.referralReason ?? '',
  referrerName: c.referrerName ?? '',
  childCategories: c.childCategories,
  urgency: c.urgency,
  childViews: c.childViews ?? '',
  familyViews: c.familyViews ?? '',
});

/** Correct the referral and intake, or change the risk level. */
export function IntakeModal({ kase, opened, onClose }: { kase: TCase; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateCase(kase.id);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<IntakeValues, unknown, z.output<typeof ZIntakeForm>>({ resolver: caseFormResolver(ZIntakeForm), defaultValues: valuesOf(kase) });
  useEffect(() => {
    if (opened) {
      form.reset(valuesOf(kase));
      setError(null);
    }
  }, [opened, kase, form]);
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      await update.mutateAsync({ version: kase.version, ...missingAsNull(v, ['referrerName', 'urgency', 'childViews', 'familyViews']) });
      notifications.show({ color: 'teal', message: t('common.saved') });
      onClose();
    } catch (e) {
      if (!applyServerErrors(e, form.setError, intakeFieldNames)) setError(e);
    }
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('cases.editIntake')} size="xl" centered>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Stack>
          <FormErrorAlert error={error} />
          <IntakeFields form={form} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting} data-testid="case-intake-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
