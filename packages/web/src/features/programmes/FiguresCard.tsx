import { ageBands, type TProgrammeFigures } from '@homeward/core';
import { Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/useFormat';

/** A programme's simple figures: members by sex and age band, meetings held, attendance rate. */
export function FiguresCard({ figures }: { figures: TProgrammeFigures }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const rate = figures.attendanceRate === null ? '—' : `${fmt.number(Math.round(figures.attendanceRate * 100))}%`;
  const sexes = (['female', 'male', 'unknown'] as const).filter((s) => figures.bySex[s]);
  const bands = ageBands.filter((b) => figures.byAgeBand[b]);
  return (
    <Paper withBorder p="md" radius="md" data-testid="programme-figures">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 3 }} spacing="xs">
          <Figure label={t('programmes.figures.members')} value={fmt.number(figures.members)} />
          <Figure label={t('programmes.figures.meetings')} value={fmt.number(figures.meetingsHeld)} />
          <Figure label={t('programmes.figures.attendance')} value={rate} />
        </SimpleGrid>
        {sexes.length > 0 && (
          <Group gap="xs">
            {sexes.map((s) => (
              <Text key={s} size="sm" c="dimmed">{t(`programmes.sex.${s}`)}: {fmt.number(figures.bySex[s] ?? 0)}</Text>
            ))}
          </Group>
        )}
        {bands.length > 0 && (
          <Group gap="xs">
            {bands.map((b) => (
              <Text key={b} size="sm" c="dimmed">{t(`programmes.ageBands.${b}`)}: {fmt.number(figures.byAgeBand[b] ?? 0)}</Text>
            ))}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0} align="center">
      <Text fz="xl" fw={700}>{value}</Text>
      <Text size="xs" c="dimmed" ta="center">{label}</Text>
    </Stack>
  );
}
