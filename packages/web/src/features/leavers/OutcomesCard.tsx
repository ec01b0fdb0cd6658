import { educationStatuses, housingStatuses, idDocumentStatuses, workStatuses } from '@homeward/core';
import { Paper, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/useFormat';
import { outcomesQuery } from './api';

type Domain = 'housing' | 'education' | 'work' | 'idDocuments';
const domains: ReadonlyArray<{ domain: Domain; values: readonly string[] }> = [
  { domain: 'housing', values: housingStatuses },
  { domain: 'education', values: educationStatuses },
  { domain: 'work', values: workStatuses },
  { domain: 'idDocuments', values: idDocumentStatuses },
];

/**
 * Outcomes 12 and 24 months after leaving care: of the care leavers whose window has opened, the
 * share in each housing, education, work and papers situation at their latest check-in inside the
 * window, and how many have no check-in there. Counts only.
 */
export function OutcomesCard() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const outcomes = useQuery(outcomesQuery);
  if (!outcomes.data) return null;
  const { windows, noLeavingDate } = outcomes.data;
  const share = (n: number, of: number) => (of ? t('leavers.outcomes.share', { n: fmt.number(n), pct: fmt.number(Math.round((n / of) * 100)) }) : fmt.number(n));
  const cell = (n: number, of: number) => <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>{share(n, of)}</Table.Td>;
  return (
    <Paper withBorder p="md" radius="md" data-testid="leaver-outcomes">
      <Stack gap="xs">
        <div>
          <Text fw={600}>{t('leavers.outcomes.title')}</Text>
          <Text size="sm" c="dimmed">{t('leavers.outcomes.intro')}</Text>
        </div>
        {windows.every((w) => w.due === 0) ? (
          <Text size="sm" c="dimmed">{t('leavers.outcomes.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={280}>
            <Table striped withRowBorders={false} verticalSpacing={4} horizontalSpacing={6} fz="sm" layout="fixed">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="44%" />
                  {windows.map((w) => (
                    <Table.Th key={w.months} ta="end">
                      {t('leavers.outcomes.window', { months: fmt.number(w.months) })}
                      <Text size="xs" c="dimmed" fw={400}>{t('leavers.outcomes.range', { from: fmt.number(w.fromMonths), to: fmt.number(w.toMonths) })}</Text>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Td>{t('leavers.outcomes.due')}</Table.Td>
                  {windows.map((w) => <Table.Td key={w.months} ta="end">{fmt.number(w.due)}</Table.Td>)}
                </Table.Tr>
                <Table.Tr data-testid="outcomes-no-check-in">
                  <Table.Td>{t('leavers.outcomes.noCheckIn')}</Table.Td>
                  {windows.map((w) => <Fragment key={w.months}>{cell(w.noCheckIn, w.due)}</Fragment>)}
                </Table.Tr>
                {domains.map(({ domain, values }) => (
                  <Fragment key={domain}>
                    <Table.Tr>
                      <Table.Td colSpan={windows.length + 1} fw={600} pt="sm">{t(`leavers.domains.${domain}`)}</Table.Td>
                    </Table.Tr>
                    {values.filter((v) => windows.some((w) => w[domain][v])).map((v) => (
                      <Table.Tr key={v}>
                        <Table.Td pl="md">{t(`leavers.${domain}.${v}` as 'leavers.housing.stable')}</Table.Td>
                        {windows.map((w) => <Fragment key={w.months}>{cell(w[domain][v] ?? 0, w.checkedIn)}</Fragment>)}
                      </Table.Tr>
                    ))}
                    {domain === 'work' && (
                      <Table.Tr>
                        <Table.Td pl="md">{t('leavers.outcomes.meanIncome')}</Table.Td>
                        {windows.map((w) => (
                          <Table.Td key={w.months} ta="end">
                            {w.meanIncomeUsd === null ? '—' : t('leavers.outcomes.usd', { amount: fmt.number(w.meanIncomeUsd) })}
                            {w.withIncome > 0 && <Text size="xs" c="dimmed">{t('leavers.outcomes.answered', { n: fmt.number(w.withIncome) })}</Text>}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    )}
                  </Fragment>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {noLeavingDate > 0 && <Text size="xs" c="dimmed">{t('leavers.outcomes.noLeavingDate', { n: fmt.number(noLeavingDate) })}</Text>}
      </Stack>
    </Paper>
  );
}
