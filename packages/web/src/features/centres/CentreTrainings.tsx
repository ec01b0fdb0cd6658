import { Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links';
import { Section } from '../../components/Section';
import { LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { trainingsQuery } from './events-api';

/** Training events and study tours the centre's people took part in, newest first. */
export function CentreTrainings({ centreId }: { centreId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const list = useQuery(trainingsQuery({ page: 1, centreId }));
  return (
    <Section title={t('centres.training.title')}>
      {list.isPending ? (
        <LoadingState />
      ) : (list.data?.items.length ?? 0) === 0 ? (
        <Text size="sm" c="dimmed">{t('centres.training.none')}</Text>
      ) : (
        <Stack gap={4} data-testid="centre-trainings">
          {list.data?.items.map((e) => (
            <Group key={e.id} justify="space-between" gap="xs" wrap="nowrap">
              <AnchorLink to="/centres/trainings/$trainingId" params={{ trainingId: e.id }} size="sm">{e.title}</AnchorLink>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>{fmt.date(e.startsOn)}</Text>
            </Group>
          ))}
        </Stack>
      )}
    </Section>
  );
}
