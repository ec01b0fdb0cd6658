import { Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { HomeCard, More } from '../home/WorkLists';
import { overdueMilestonesQuery } from './api';

const SHOWN = 8;

/** The adviser's overdue transition milestones, on the home page; nothing when none are late. */
export function OverdueMilestonesCard() {
  const can = useCan();
  if (!can('centre.read')) return null;
  return <Overdue />;
}

function Overdue() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const overdue = useQuery(overdueMilestonesQuery);
  const items = overdue.data ?? [];
  if (items.length === 0) return null;
  return (
    <HomeCard title={t('centres.home.overdueTitle')} count={items.length} testId="home-milestones">
      <Stack gap={4}>
        {items.slice(0, SHOWN).map((m) => (
          <Group key={m.id} justify="space-between" gap="xs" wrap="nowrap">
            <div style={{ minWidth: 0 }}>
              <Text size="sm" fw={500} lineClamp={1}>{m.title}</Text>
              <AnchorLink to="/centres/$centreId" params={{ centreId: m.centreId }} size="xs" lang="km">{m.centreNameKm}</AnchorLink>
            </div>
            <Text size="xs" c="red" style={{ whiteSpace: 'nowrap' }}>{t('centres.home.overdueDue', { date: fmt.date(m.dueOn ?? '') })}</Text>
          </Group>
        ))}
        <More shown={Math.min(items.length, SHOWN)} total={items.length} />
      </Stack>
    </HomeCard>
  );
}
