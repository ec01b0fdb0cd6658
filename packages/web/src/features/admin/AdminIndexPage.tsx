import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NoAccess } from '../../components/States';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../auth/session';
import { ShortcutCard } from '../shell/HomePage';
import { visibleAdminEntries } from '../shell/navigation';

export function AdminIndexPage() {
  const { t } = useTranslation();
  const can = useCan();
  const entries = visibleAdminEntries(can);
  if (entries.length === 0) return <NoAccess />;
  return (
    <Stack>
      <PageHeader title={t('nav.admin')} description={t('admin.intro')} />
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="sm">
        {entries.map((e) => (
          <ShortcutCard key={e.to} to={e.to} title={t(e.labelKey)} description={t(e.descriptionKey)} icon={<e.icon size={20} />} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
