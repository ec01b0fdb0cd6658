import type { TCase } from '@homeward/core';
import { Alert, Anchor, Group, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { closureGuidanceQuery } from './api';
import { pick } from './logic';
import { StartAssessmentModal } from './StartAssessmentModal';
import { useLanguage } from './text';

/**
 * In the closure dialog: the case's latest assessment with a closure threshold, and whether it
 * is met (MoSVY form 6: total ≥ 48), or a warning with the way to take one.
 */
export function ClosureGuidance({ kase, enabled = true }: { kase: TCase; enabled?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const language = useLanguage();
  const can = useCan();
  const guidance = useQuery({ ...closureGuidanceQuery(kase.id), enabled: enabled && can('assessment.read') });
  const [starting, setStarting] = useState(false);
  if (!can('assessment.read')) return null;
  if (guidance.isPending)
    return (
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          {t('assessments.closure.checking')}
        </Text>
      </Group>
    );
  if (guidance.isError) return <ErrorAlert error={guidance.error} />;
  const { assessment, threshold } = guidance.data;
  const takeOne = can('assessment.write') && (
    <Anchor component="button" type="button" size="sm" onClick={() => setStarting(true)} data-testid="closure-take-assessment">
      {t('assessments.closure.takeOne')}
    </Anchor>
  );
  const modal = <StartAssessmentModal opened={starting} onClose={() => setStarting(false)} subjects={[{ type: 'person', id: kase.child.id }]} caseId={kase.id} />;

  if (!assessment)
    return (
      <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={t('assessments.closure.title')} data-testid="closure-guidance" data-result="none">
        <Stack gap={4}>
          <Text size="sm">{t('assessments.closure.none')}</Text>
          {takeOne}
        </Stack>
        {modal}
      </Alert>
    );

  const summary = t('assessments.closure.summary', {
    name: pick(assessment.instrumentName, language),
    date: fmt.date(assessment.assessedOn),
    total: fmt.number(assessment.total ?? 0),
    max: fmt.number(assessment.maxTotal),
  });
  const link = (
    <AnchorLink to="/assessments/$assessmentId" params={{ assessmentId: assessment.id }} size="sm">
      {t('assessments.closure.open')}
    </AnchorLink>
  );
  if (!threshold)
    return (
      <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} title={t('assessments.closure.title')} data-testid="closure-guidance" data-result="no_threshold">
        <Stack gap={4}>
          <Text size="sm" lang={language}>
            {summary} {t('assessments.closure.noThreshold')}
          </Text>
          {link}
        </Stack>
      </Alert>
    );
  const rule = { label: pick(threshold.label, language), op: threshold.op === '>=' ? '≥' : '≤', value: fmt.number(threshold.value), actual: fmt.number(threshold.actual) };
  return (
    <Alert
      color={threshold.met ? 'teal' : 'orange'}
      variant="light"
      icon={threshold.met ? <IconCircleCheck size={18} /> : <IconAlertTriangle size={18} />}
      title={t('assessments.closure.title')}
      data-testid="closure-guidance"
      data-result={threshold.met ? 'met' : 'not_met'}
    >
      <Stack gap={4}>
        <Text size="sm" lang={language}>
          {summary} {threshold.met ? t('assessments.closure.met', rule) : t('assessments.closure.notMet', rule)}
        </Text>
        <Group gap="md">
          {link}
          {!threshold.met && takeOne}
        </Group>
      </Stack>
      {modal}
    </Alert>
  );
}
