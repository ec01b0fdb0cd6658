import { levelOf, type TAnswer, type TAssessment, type TInstrumentItem } from '@homeward/core';
import { ColorSwatch, Group, Modal, Stack, Switch, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQueries } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { assessmentQuery } from './api';
import { compareAnswers, levelColour, pick, sectionTitles, type ComparedItem } from './logic';
import { useLanguage } from './text';

/** Two assessments item by item, older on the left, with what changed highlighted. */
export function CompareModal({ opened, onClose, ids }: { opened: boolean; onClose: () => void; ids: [string, string] }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)') ?? false;
  const results = useQueries({ queries: ids.map((id) => ({ ...assessmentQuery(id), enabled: opened })) });
  const failed = results.find((r) => r.isError);
  const loaded = results.map((r) => r.data).filter((a): a is TAssessment => a !== undefined);
  return (
    <Modal opened={opened} onClose={onClose} title={t('assessments.compareTitle')} size="xl" fullScreen={phone}>
      {failed ? (
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />
      ) : loaded.length < 2 ? (
        <LoadingState />
      ) : (
        <Comparison pair={[...loaded].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn)) as [TAssessment, TAssessment]} />
      )}
    </Modal>
  );
}

function Comparison({ pair: [before, after] }: { pair: [TAssessment, TAssessment] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const language = useLanguage();
  const [onlyChanged, setOnlyChanged] = useState(false);
  const definition = after.instrument.definition;
  const rows = compareAnswers(definition, before.answers, after.answers);
  const titles = sectionTitles(definition);
  const sectionScore = (a: TAssessment, key: string) => a.score.sections.find((s) => s.key === key)?.score;
  const totalChange = after.score.total - before.score.total;
  return (
    <Stack gap="sm" data-testid="assessment-comparison">
      <Switch label={t('assessments.onlyChanged')} checked={onlyChanged} onChange={(e) => setOnlyChanged(e.currentTarget.checked)} />
      <Table.ScrollContainer minWidth={320}>
        <Table withTableBorder verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('assessments.item')}</Table.Th>
              <Table.Th>{fmt.date(before.assessedOn)}</Table.Th>
              <Table.Th>{fmt.date(after.assessedOn)}</Table.Th>
              <Table.Th>{t('assessments.change')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {definition.sections.map((s) => {
              const sectionRows = rows.filter((r) => r.sectionKey === s.key && (!onlyChanged || r.changed));
              const b = sectionScore(before, s.key);
              const a = sectionScore(after, s.key);
              return (
                <Fragment key={s.key}>
                  <Table.Tr bg="var(--mantine-color-gray-1)">
                    <Table.Td fw={700} lang={language}>
                      {pick(titles[s.key], language)}
                    </Table.Td>
                    <Table.Td fw={700}>{b === undefined ? '—' : fmt.number(b)}</Table.Td>
                    <Table.Td fw={700}>{a === undefined ? '—' : fmt.number(a)}</Table.Td>
                    <Table.Td>{a !== undefined && b !== undefined && <Change n={a - b} />}</Table.Td>
                  </Table.Tr>
                  {sectionRows.map((r) => (
                    <ComparedRow key={r.item.key} row={r} />
                  ))}
                </Fragment>
              );
            })}
            <Table.Tr>
              <Table.Td fw={700}>{t('assessments.totalSeries')}</Table.Td>
              <Table.Td fw={700}>{fmt.number(before.score.total)}</Table.Td>
              <Table.Td fw={700}>{fmt.number(after.score.total)}</Table.Td>
              <Table.Td>
                <Change n={totalChange} />
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {before.instrumentVersion !== after.instrumentVersion && (
        <Text size="xs" c="dimmed">
          {t('assessments.compareVersions', { a: fmt.number(before.instrumentVersion), b: fmt.number(after.instrumentVersion) })}
        </Text>
      )}
    </Stack>
  );
}

function ComparedRow({ row }: { row: ComparedItem }) {
  const language = useLanguage();
  const className = !row.changed ? undefined : row.change === null ? 'compare-changed' : row.change > 0 ? 'compare-changed-up' : 'compare-changed-down';
  return (
    <Table.Tr className={className} data-testid="compare-row" data-changed={row.changed ? 'true' : 'false'}>
      <Table.Td lang={language}>{pick(row.item.label, language)}</Table.Td>
      <Table.Td>
        <AnswerCell item={row.item} value={row.before} />
      </Table.Td>
      <Table.Td>
        <AnswerCell item={row.item} value={row.after} />
      </Table.Td>
      <Table.Td>{row.change !== null && row.change !== 0 ? <Change n={row.change} /> : null}</Table.Td>
    </Table.Tr>
  );
}

function AnswerCell({ item, value }: { item: TInstrumentItem; value: TAnswer['value'] | undefined }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const language = useLanguage();
  if (value === undefined || value === null || value === '') return <Text c="dimmed">—</Text>;
  if (item.kind === 'scale' && typeof value === 'number') {
    const level = levelOf(item, value);
    return (
      <Group gap={6} wrap="nowrap" align="flex-start">
        <ColorSwatch size={10} mt={6} color={`var(--mantine-color-${levelColour(level?.colour ?? 'grey')}-6)`} style={{ flex: 'none' }} />
        <Text size="sm" lang={language}>
          <b>{fmt.number(value)}</b> {pick(level?.label, language)}
        </Text>
      </Group>
    );
  }
  if (typeof value === 'boolean') return <Text size="sm">{value ? t('common.yes') : t('common.no')}</Text>;
  return (
    <Text size="sm" lineClamp={3}>
      {String(value)}
    </Text>
  );
}

function Change({ n }: { n: number }) {
  const fmt = useFormat();
  if (n === 0) return <Text c="dimmed">0</Text>;
  return (
    <Text fw={700} c={n > 0 ? 'green.8' : 'red.8'}>
      {n > 0 ? '▲ +' : '▼ '}
      {fmt.number(n)}
    </Text>
  );
}
