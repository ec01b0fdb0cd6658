import { Alert, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { textMatchesQuery } from './api';
import { MatchRow } from './PossibleMatches';

/**
 * Under a people search: the matcher's answer for the same free text, so "Sophorl Chear" also
 * finds Chea Sophal and ជា សុផល (spelling variants, either script, either order). People the
 * exact search already lists are left out.
 */
export function SimilarPeople({ text, excludeIds }: { text: string; excludeIds: readonly string[] }) {
  const { t } = useTranslation();
  const matches = useQuery(textMatchesQuery(text));
  if (!/\p{L}/u.test(text)) return null;
  const shown = new Set(excludeIds);
  const candidates = matches.data?.candidates.filter((c) => !shown.has(c.personId)) ?? [];
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="similar-people-title" data-testid="similar-people">
      <Stack gap="xs">
        <div>
          <Title order={3} size="h5" id="similar-people-title">{t('matching.search.title')}</Title>
          <Text size="sm" c="dimmed">{t('matching.search.hint')}</Text>
        </div>
        {matches.isPending ? (
          <Skeleton height={48} radius="md" />
        ) : matches.isError ? (
          <Alert color="red" variant="light">{t('matching.search.failed')}</Alert>
        ) : candidates.length === 0 ? (
          <Text size="sm" c="dimmed">{t('matching.search.none')}</Text>
        ) : (
          <Stack gap={6}>
            {candidates.map((c) => <MatchRow key={c.personId} candidate={c} pickable={false} link />)}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
