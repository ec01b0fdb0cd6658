import type { TAssessmentSummary } from '@homeward/core';
import { Badge, Button, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { IconArrowsDiff, IconClipboardPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links';
import { Section } from '../../components/Section';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { assessmentsQuery } from './api';
import { CompareModal } from './CompareModal';
import { pick } from './logic';
import { StartAssessmentModal, type AssessmentSubject } from './StartAssessmentModal';
import { useLanguage } from './text';

// The chart library is loaded only when a trend is shown.
const TrendPanel = lazy(() => import('./TrendPanel').then((m) => ({ default: m.TrendPanel })));

/**
 * A subject's (or a case's) assessments: drafts and submitted ones with their totals, a trend per
 * instrument, a comparison of any two, and the way to start a new one.
 */
export function AssessmentsSection({ subjects, caseId, embedded }: { subjects: AssessmentSubject[]; caseId?: string; embedded?: boolean }) {
  const { t } = useTranslation();
  const can = useCan();
  const main = subjects[0];
  const filter = caseId ? { caseId } : { subjectType: main?.type, subjectId: main?.id };
  const list = useQuery({ ...assessmentsQuery(filter), enabled: can('assessment.read') && main !== undefined });
  const [starting, setStarting] = useState(false);
  const [picked, setPicked] = useState<string[]>([]);
  const [comparing, setComparing] = useState(false);
  if (!can('assessment.read') || !main) return null;

  const items = list.data?.items ?? [];
  const start = can('assessment.write') && (
    <Button leftSection={<IconClipboardPlus size={16} />} onClick={() => setStarting(true)} data-testid="assessment-start" variant={items.length ? 'default' : 'filled'}>
      {t('assessments.start')}
    </Button>
  );
  // Trends: one per instrument a submitted assessment exists for, of this subject.
  const codes = [...new Map(items.filter((a) => a.status === 'submitted').map((a) => [`${a.subjectType}:${a.subjectId}:${a.instrumentCode}`, a])).values()];
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p.slice(-1), id]));

  const body = list.isPending ? (
    <LoadingState />
  ) : list.isError ? (
    <ErrorState error={list.error} onRetry={() => void list.refetch()} />
  ) : items.length === 0 ? (
    <EmptyMessage title={t('assessments.none')} description={t('assessments.noneHint')} action={start || undefined} />
  ) : (
    <Stack gap="md">
      <AssessmentTable items={items} picked={picked} onToggle={toggle} />
      <Group gap="xs">
        <Button variant="light" size="xs" leftSection={<IconArrowsDiff size={14} />} disabled={picked.length !== 2} onClick={() => setComparing(true)} data-testid="assessment-compare">
          {t('assessments.compareTwo')}
        </Button>
        {picked.length !== 2 && (
          <Text size="xs" c="dimmed">
            {t('assessments.compareHint')}
          </Text>
        )}
      </Group>
      <Suspense fallback={<LoadingState />}>
        {codes.map((a) => (
          <TrendPanel key={`${a.subjectId}-${a.instrumentCode}`} subjectType={a.subjectType} subjectId={a.subjectId} instrumentCode={a.instrumentCode} name={a.instrumentName} />
        ))}
      </Suspense>
    </Stack>
  );

  return (
    <>
      {embedded ? (
        <Stack gap="md">
          <Group justify="space-between">
            <Text c="dimmed" size="sm" style={{ flex: '1 1 16rem' }}>
              {t('assessments.intro')}
            </Text>
            {items.length > 0 && start}
          </Group>
          {body}
        </Stack>
      ) : (
        <Section title={t('assessments.title')} description={t('assessments.intro')} actions={items.length > 0 ? start : undefined}>
          {body}
        </Section>
      )}
      <StartAssessmentModal opened={starting} onClose={() => setStarting(false)} subjects={subjects} caseId={caseId} />
      {picked.length === 2 && <CompareModal opened={comparing} onClose={() => setComparing(false)} ids={[picked[0]!, picked[1]!]} />}
    </>
  );
}

function AssessmentTable({ items, picked, onToggle }: { items: TAssessmentSummary[]; picked: string[]; onToggle: (id: string) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const language = useLanguage();
  return (
    <Table className="stack-table" highlightOnHover data-testid="assessment-list">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={40}>
            <span className="visually-hidden">{t('assessments.compare')}</span>
          </Table.Th>
          <Table.Th>{t('assessments.assessedOn')}</Table.Th>
          <Table.Th>{t('assessments.instrument')}</Table.Th>
          <Table.Th>{t('assessments.totalColumn')}</Table.Th>
          <Table.Th>{t('common.status')}</Table.Th>
          <Table.Th>{t('assessments.assessor')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((a) => (
          <Table.Tr key={a.id} data-testid="assessment-row" data-status={a.status}>
            <Table.Td>
              {a.status === 'submitted' && (
                <Checkbox
                  checked={picked.includes(a.id)}
                  onChange={() => onToggle(a.id)}
                  aria-label={t('assessments.pickToCompare', { date: fmt.date(a.assessedOn) })}
                  data-testid="assessment-pick"
                />
              )}
            </Table.Td>
            <Table.Td data-label={t('assessments.assessedOn')}>
              <AnchorLink to="/assessments/$assessmentId" params={{ assessmentId: a.id }} fw={600}>
                {fmt.date(a.assessedOn)}
              </AnchorLink>
            </Table.Td>
            <Table.Td data-label={t('assessments.instrument')}>
              <Text size="sm" lang={language}>
                {pick(a.instrumentName, language)}
              </Text>
            </Table.Td>
            <Table.Td data-label={t('assessments.totalColumn')}>
              <Text size="sm" fw={600}>
                {a.total === null ? '—' : t('assessments.outOf', { score: fmt.number(a.total), max: fmt.number(a.maxTotal) })}
              </Text>
            </Table.Td>
            <Table.Td data-label={t('common.status')}>
              <Badge color={a.status === 'draft' ? 'gray' : 'teal'} variant="light">
                {t(`assessments.status.${a.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td data-label={t('assessments.assessor')}>
              <Text size="sm">{a.assessorName}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
