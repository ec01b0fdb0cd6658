import type { TInstrumentSummary } from '@homeward/core';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const colours = { draft: 'gray', published: 'teal', retired: 'orange' } as const;

export function InstrumentStatusBadge({ status }: { status: TInstrumentSummary['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={colours[status]} variant="light" data-testid="instrument-status" data-status={status}>
      {t(`instruments.status.${status}`)}
    </Badge>
  );
}
