import { Alert, Badge, Stack, type MantineColor } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { TScholarshipStatus } from '@homeward/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { translateAny } from '../../lib/i18n';
import { errorMessageKeys, fieldMessage } from '../../lib/messages';

/**
 * The server's refusal in the reader's language, field reasons included: the youth programmes
 * answer most refusals (an illegal move, a date before the last change) as field errors.
 */
export function RefusalAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const fields = isApiError(error) ? error.fields : [];
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
      <Stack gap={2}>
        {fields.length ? fields.map((f) => {
          const m = fieldMessage(f);
          return <span key={`${f.field}-${f.key}`}>{translateAny(t, [m.key], m.params)}</span>;
        }) : translateAny(t, errorMessageKeys(error))}
      </Stack>
    </Alert>
  );
}

const statusColour: Record<TScholarshipStatus, MantineColor> = {
  applied: 'gray', under_review: 'yellow', awarded: 'blue', declined: 'red', in_training: 'indigo', completed: 'green', dropped_out: 'orange',
};

/** A scholarship's status, coloured; `tt="none"` beside other badges that keep their case. */
export function ScholarshipStatusBadge({ status, tt }: { status: TScholarshipStatus; tt?: 'none' }) {
  const { t } = useTranslation();
  return <Badge color={statusColour[status]} variant="light" tt={tt} data-testid="scholarship-status">{t(`scholarships.status.${status}`)}</Badge>;
}

/** Field-error keys the scholarship endpoints send, so the catalogue check knows they are in use. */
export const scholarshipServerKeys = [
  'scholarships.errors.illegal_move', 'scholarships.errors.decline_reason_required', 'scholarships.errors.before_last_change', 'scholarships.errors.outcome_too_early',
  'scholarships.errors.not_awarded', 'scholarships.errors.not_in_training', 'scholarships.errors.certificate_too_early',
] as const;
