import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import type { TAssessmentSubjectType, TBilingual } from '@homeward/core';
import { Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { trendQuery } from './api';
import { pick, trendChange, trendRows } from './logic';
import { useLanguage } from './text';

/** Distinct line colours for up to ten sections. */
const palette = ['blue.6', 'orange.6', 'grape.6', 'teal.6', 'red.6', 'yellow.7', 'cyan.7', 'pink.6', 'lime.7', 'indigo.6'];

/** One subject's scores on one instrument over time: the total, or each section. */
export function TrendPanel({ subjectType, subjectId, instrumentCode, name }: { subjectType: TAssessmentSubjectType; subjectId: string; instrumentCode: string; name: TBilingual }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const language = useLanguage();
  const trend = useQuery(trendQuery(subjectType, subjectId, instrumentCode));
  const [view, setView] = useState<'total' | 'sections'>('total');
  if (trend.isPending) return <LoadingState />;
  if (trend.isError) return <ErrorState error={trend.error} onRetry={() => void trend.refetch()} />;
  const tr = trend.data;
  const rows = trendRows(tr);
  const change = trendChange(tr);
  const maxTotal = Math.max(0, ...tr.points.map((p) => p.maxTotal));
  const maxSection = Math.max(0, ...tr.sections.map((s) => s.max));
  const series =
    view === 'total'
      ? [{ name: 'total', label: t('assessments.totalSeries'), color: 'teal.7' }]
      : tr.sections.map((s, i) => ({ name: `s_${s.key}`, label: pick(s.title, language), color: palette[i % palette.length]! }));

  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} data-testid="assessment-trend" data-code={instrumentCode}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Stack gap={0}>
            <Title order={3} fz="h5" lang={language}>
              {t('assessments.trendOf', { name: pick(name, language) })}
            </Title>
            <Text size="xs" c="dimmed">
              {t('assessments.trendPoints', { count: rows.length, n: fmt.number(rows.length) })}
              {change !== null && ` · ${t('assessments.trendChange', { change: `${change > 0 ? '+' : ''}${fmt.number(change)}` })}`}
            </Text>
          </Stack>
          <SegmentedControl
            size="xs"
            value={view}
            onChange={(v) => setView(v as 'total' | 'sections')}
            data={[
              { value: 'total', label: t('assessments.totalSeries') },
              { value: 'sections', label: t('assessments.sectionsSeries') },
            ]}
          />
        </Group>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('assessments.trendEmpty')}
          </Text>
        ) : (
          <LineChart
            h={view === 'total' ? 220 : 300}
            data={rows}
            dataKey="assessedOn"
            series={series}
            curveType="linear"
            connectNulls
            withLegend={view === 'sections'}
            legendProps={{ verticalAlign: 'bottom' }}
            yAxisProps={{ domain: [0, view === 'total' ? maxTotal : maxSection], allowDecimals: false }}
            xAxisProps={{ tickFormatter: (v: string) => fmt.date(v) }}
            valueFormatter={(v) => fmt.number(v)}
            tooltipProps={{ labelFormatter: (v) => fmt.date(String(v)) }}
            withPointLabels={view === 'total' && rows.length <= 12}
            lang={language}
          />
        )}
      </Stack>
    </Paper>
  );
}
