import { centreStages, type TCentreStage } from '@homeward/core';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const colours: Record<TCentreStage, string> = {
  engagement: 'gray', assessment_decision: 'blue', planning: 'indigo', implementation: 'violet', new_services_or_closure: 'teal', transitioned: 'green',
};

/** The transition stage as a badge, numbered in the pipeline (1 of 6). */
export function StageBadge({ stage, size = 'md' }: { stage: TCentreStage; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={colours[stage]} variant="light" size={size} data-testid="centre-stage" style={{ textTransform: 'none' }}>
      {centreStages.indexOf(stage) + 1}. {t(`centres.stages.${stage}`)}
    </Badge>
  );
}
