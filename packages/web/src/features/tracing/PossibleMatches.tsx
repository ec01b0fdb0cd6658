import type { TMatchCandidate, TTracingRequest } from '@homeward/core';
import { Alert, Badge, Group, Paper, Radio, Skeleton, Stack, Text } from '@mantine/core';
import { IconUserSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { useFormat } from '../../lib/useFormat';
import { displayName } from '../people/display';
import { PersonName } from '../people/PersonBits';
import { tracingMatchesQuery } from './api';
import { matchBodyOf } from './logic';

/**
 * The matcher's possible matches for what the request knows, best first, with band and reasons.
 * With `onPick` each can be chosen (recording the relative found).
 */
export function PossibleMatches({ request, picked, onPick }: { request: TTracingRequest; picked?: string | null; onPick?: (personId: string) => void }) {
  const { t } = useTranslation();
  const body = matchBodyOf(request, new Date().getFullYear());
  const matches = useQuery(tracingMatchesQuery(request.id, body));
  const candidates = matches.data?.candidates ?? [];

  if (body === null) return <Text size="sm" c="dimmed">{t('tracing.matches.needName')}</Text>;
  if (matches.isPending) return <Skeleton height={48} radius="md" />;
  if (matches.isError) {
    const missing = isApiError(matches.error) && matches.error.status === 404;
    return <Alert color={missing ? 'gray' : 'red'} variant="light">{missing ? t('tracing.matches.unavailable') : t('tracing.matches.failed')}</Alert>;
  }
  if (candidates.length === 0) return <Text size="sm" c="dimmed">{t('tracing.matches.none')}</Text>;
  const list = (
    <Stack gap={6}>
      {candidates.map((c) => <MatchRow key={c.personId} candidate={c} pickable={!!onPick} />)}
    </Stack>
  );
  return onPick ? <Radio.Group value={picked ?? null} onChange={onPick}>{list}</Radio.Group> : list;
}

/** One candidate: the person's names (linking to their page with `link`), band, score and reasons. */
export function MatchRow({ candidate: c, pickable, link = false }: { candidate: TMatchCandidate; pickable: boolean; link?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Paper withBorder radius="md" p="xs" data-testid="tracing-match">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        {pickable ? <Radio value={c.personId} aria-label={displayName(c.person).primary || t('tracing.matches.someone')} mt={2} /> : <IconUserSearch size={18} aria-hidden />}
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <PersonName person={c.person} link={link} />
          <Group gap={6} wrap="wrap">
            <Badge size="sm" color={c.band === 'likely' ? 'teal' : 'yellow'} variant="light">
              {t(`tracing.matches.bands.${c.band}`)} · {fmt.number(Math.round(c.score * 100))}%
            </Badge>
            {c.reasons.map((r) => (
              <Badge key={r} size="sm" variant="outline" color="gray" style={{ textTransform: 'none', maxWidth: '100%' }}>
                {t(`matching.reasons.${r}`)}
              </Badge>
            ))}
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
