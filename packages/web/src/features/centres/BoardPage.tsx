import { centreStages, type TCentreBoardCard, type TCentreStage } from '@homeward/core';
import { Alert, Badge, Button, Flex, Group, Menu, Paper, ScrollArea, Select, Stack, Text } from '@mantine/core';
import { IconArrowsMove, IconChevronDown } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { RequireAbility } from '../../components/RequireAbility';
import { ErrorState, LoadingState } from '../../components/States';
import { isLanguage } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { placeChildrenQuery } from '../places/api';
import { placeName } from '../places/names';
import { StageBadge } from './bits';
import { Dashboard } from './Dashboard';
import { boardQuery } from './events-api';
import { MoveStageModal, type PendingMove } from './MoveStageModal';

const route = getRouteApi('/app/centres/board');

/** The figures for everyone who may read the organisation; the board itself for those who may read centres. */
export function BoardPage() {
  const can = useCan();
  return (
    <RequireAbility action="organisation.read">
      <Stack gap="xl">
        {can('centre.read') && <Board />}
        <Dashboard />
      </Stack>
    </RequireAbility>
  );
}

function Board() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const provinces = useQuery(placeChildrenQuery(null));
  const board = useQuery(boardQuery({ province: search.province, adviserId: search.adviserId }));
  const [move, setMove] = useState<PendingMove | null>(null);
  const [over, setOver] = useState<TCentreStage | null>(null);
  const writable = can('centre.write');
  const cards = board.data?.cards ?? [];
  // The adviser choices come from the whole board (one cached read), so a filter never hides the others.
  const everyone = useQuery(boardQuery({}));
  const advisers = [...new Map((everyone.data?.cards ?? []).flatMap((c) => (c.adviserId ? [[c.adviserId, c.adviserName ?? c.adviserId] as const] : []))).entries()]
    .sort((a, b) => a[1].localeCompare(b[1]));
  if (search.adviserId && !advisers.some(([id]) => id === search.adviserId)) advisers.push([search.adviserId, search.adviserId]);

  const drop = (stage: TCentreStage) => (e: DragEvent) => {
    e.preventDefault();
    setOver(null);
    const card = cards.find((c) => c.id === e.dataTransfer.getData('text/plain'));
    if (card && card.stage !== stage) setMove({ card, toStage: stage });
  };

  return (
    <Stack gap="md">
      <PageHeader back={{ to: '/centres', label: t('centres.title') }} title={t('centres.board.title')} description={t('centres.board.intro')} />
      <Group gap="sm" align="flex-end">
        <Select
          label={t('centres.provinceFilter')}
          placeholder={t('centres.allProvinces')}
          clearable
          searchable
          data={(provinces.data ?? []).map((p) => ({ value: p.code, label: placeName(p, language).primary }))}
          value={search.province ?? null}
          onChange={(v) => void navigate({ search: (s) => ({ ...s, province: v ?? undefined }) })}
          style={{ flex: '1 1 12rem' }}
          data-testid="board-province"
        />
        <Select
          label={t('centres.board.adviserFilter')}
          placeholder={t('centres.board.allAdvisers')}
          clearable
          data={advisers.map(([value, label]) => ({ value, label }))}
          value={search.adviserId ?? null}
          onChange={(v) => void navigate({ search: (s) => ({ ...s, adviserId: v ?? undefined }) })}
          style={{ flex: '1 1 12rem' }}
          data-testid="board-adviser"
        />
      </Group>
      {board.isPending ? (
        <LoadingState />
      ) : board.isError ? (
        <ErrorState error={board.error} onRetry={() => void board.refetch()} />
      ) : (
        <>
          {board.data.truncated && <Alert color="yellow">{t('centres.board.truncated', { count: cards.length })}</Alert>}
          {/* Side by side where there is room to drag; one under another on a phone, where the Move button does the work. */}
          <ScrollArea type="auto" offsetScrollbars>
            <Flex direction={{ base: 'column', sm: 'row' }} align={{ base: 'stretch', sm: 'flex-start' }} wrap="nowrap" gap="sm" data-testid="centre-board">
              {centreStages.map((stage) => {
                const here = cards.filter((c) => c.stage === stage);
                return (
                  <Paper
                    key={stage}
                    withBorder
                    p="xs"
                    w={{ base: '100%', sm: 250 }}
                    miw={{ base: 0, sm: 250 }}
                    bg={over === stage ? 'var(--mantine-color-indigo-light)' : 'var(--mantine-color-gray-0)'}
                    onDragOver={writable ? (e) => { e.preventDefault(); setOver(stage); } : undefined}
                    onDragLeave={() => setOver((s) => (s === stage ? null : s))}
                    onDrop={writable ? drop(stage) : undefined}
                    data-testid={`board-column-${stage}`}
                  >
                    <Group justify="space-between" mb="xs" wrap="nowrap">
                      <StageBadge stage={stage} size="sm" />
                      <Badge variant="outline" color="gray">{here.length}</Badge>
                    </Group>
                    <Stack gap={6}>
                      {here.length === 0 && <Text size="sm" c="dimmed" ta="center" py="xs">{t('centres.board.empty')}</Text>}
                      {here.map((card) => (
                        <BoardCard key={card.id} card={card} writable={writable} onMove={(toStage) => setMove({ card, toStage })} />
                      ))}
                    </Stack>
                  </Paper>
                );
              })}
            </Flex>
          </ScrollArea>
        </>
      )}
      <MoveStageModal move={move} onClose={() => setMove(null)} />
    </Stack>
  );
}

function BoardCard({ card, writable, onMove }: { card: TCentreBoardCard; writable: boolean; onMove: (stage: TCentreStage) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Paper
      withBorder
      p="xs"
      radius="md"
      draggable={writable}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', card.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      style={{ cursor: writable ? 'grab' : undefined }}
      data-testid="board-card"
    >
      <AnchorLink to="/centres/$centreId" params={{ centreId: card.id }} fw={600} size="sm" lang="km">{card.nameKm}</AnchorLink>
      {card.nameLatin && <Text size="xs" c="dimmed" lineClamp={1}>{card.nameLatin}</Text>}
      <Text size="xs" c="dimmed">{[card.adviserName, t('centres.board.since', { date: fmt.date(card.stageSince) })].filter(Boolean).join(' · ')}</Text>
      <Group justify="space-between" mt={4} gap={4} wrap="nowrap">
        {card.overdueMilestones > 0 ? <Badge color="red" variant="light" size="sm" tt="none">{t('centres.board.overdue', { count: card.overdueMilestones })}</Badge> : <span />}
        {writable && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button size="compact-xs" variant="subtle" leftSection={<IconArrowsMove size={14} />} rightSection={<IconChevronDown size={12} />} data-testid="board-move">
                {t('centres.board.move')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{t('centres.board.moveTo')}</Menu.Label>
              {centreStages.filter((s) => s !== card.stage).map((s) => (
                <Menu.Item key={s} onClick={() => onMove(s)} data-testid={`board-move-${s}`}>{t(`centres.stages.${s}`)}</Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
    </Paper>
  );
}
