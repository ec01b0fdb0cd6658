import { Badge, Code, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { PlacePicker } from '../../../components/PlacePicker';
import { RequireAbility } from '../../../components/RequireAbility';
import { EmptyMessage, ErrorState, LoadingState } from '../../../components/States';
import { isLanguage } from '../../../lib/i18n';
import { placeQuery } from '../../places/api';
import { placePath } from '../../places/names';

const route = getRouteApi('/app/admin/places');

/** The gazetteer: try the place picker and see a place's NCDD code and full address. */
export function PlacesPage() {
  return (
    <RequireAbility action="place.read">
      <Places />
    </RequireAbility>
  );
}

function Places() {
  const { t } = useTranslation();
  const { code } = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <Stack gap="lg">
      <PageHeader title={t('places.title')} description={t('places.intro')} />
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <PlacePicker value={code ?? null} onChange={(c) => void navigate({ search: { code: c ?? undefined }, replace: true })} />
      </Paper>
      {code ? <PlaceDetails code={code} /> : <EmptyMessage icon={<IconMapPin size={28} />} title={t('places.nothingChosen')} description={t('places.nothingChosenHint')} />}
    </Stack>
  );
}

function PlaceDetails({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const place = useQuery(placeQuery(code));
  if (place.isPending) return <LoadingState />;
  if (place.isError) return <ErrorState error={place.error} onRetry={() => void place.refetch()} />;
  const p = place.data;
  const rows = [...p.path, p];
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} aria-live="polite">
      <Stack gap="md">
        <Stack gap={4}>
          <Badge variant="light" w="fit-content">
            {t(`places.levels.${p.level}`)}
          </Badge>
          <Title order={2} fz="h3" lang="km">
            {p.nameKm}
          </Title>
          <Text c="dimmed" lang="en">
            {p.nameLatin}
          </Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <div>
            <Text size="sm" c="dimmed">
              {t('places.code')}
            </Text>
            <Code fz="lg" data-testid="place-code">
              {p.code}
            </Code>
          </div>
          <div>
            <Text size="sm" c="dimmed">
              {t('places.fullPath')}
            </Text>
            <Text lang="km">{placePath(p, p.path, 'km')}</Text>
            <Text lang="en" size="sm" c="dimmed">
              {placePath(p, p.path, 'en')}
            </Text>
          </div>
        </SimpleGrid>
        <Table className="stack-table" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('places.level')}</Table.Th>
              <Table.Th>{t('places.code')}</Table.Th>
              <Table.Th>{t('places.nameKm')}</Table.Th>
              <Table.Th>{t('places.nameLatin')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.code}>
                <Table.Td fw={500}>{language === 'km' ? r.unitKm : r.unitEn}</Table.Td>
                <Table.Td data-label={t('places.code')}>
                  <Code>{r.code}</Code>
                </Table.Td>
                <Table.Td data-label={t('places.nameKm')} lang="km">
                  {r.nameKm}
                </Table.Td>
                <Table.Td data-label={t('places.nameLatin')} lang="en">
                  {r.nameLatin}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
