import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/useFormat';

/** "1–25 of 40" and page buttons, for lists paginated on the server. */
export function Pager({ page, pageSize, total, onChange }: { page: number; pageSize: number; total: number; onChange: (page: number) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total === 0) return null;
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" gap="sm" mt="md">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('common.range', { from: fmt.number(from), to: fmt.number(to), total: fmt.number(total) })}
      </Text>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={onChange}
          size="sm"
          siblings={0}
          boundaries={1}
          getItemProps={(p) => ({ 'aria-label': t('common.page', { page: fmt.number(p) }), children: fmt.number(p) })}
          getControlProps={(control) => ({ 'aria-label': t(`common.pageControl.${control}`) })}
        />
      )}
    </Group>
  );
}
