import type { TBilingual } from '@homeward/core';
import { ActionIcon, Group, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { translateMessage } from '../../../lib/i18n';
import type { Message } from '../../../lib/messages';

/** The draft's problems by path, for every field of the builder to find its own. */
export const ProblemsContext = createContext<Record<string, Message>>({});

/** The problem at a path, in the current language. */
export function useProblemAt(): (path: string) => string | undefined {
  const { t } = useTranslation();
  const problems = useContext(ProblemsContext);
  return (path) => {
    const m = problems[path];
    return m ? translateMessage(t, m) : undefined;
  };
}

/** A text in English and Khmer side by side (stacked on a phone). */
export function BilingualFields({ label, value, onChange, path, required = true, multiline, testId }: { label: string; value: TBilingual | undefined; onChange: (v: TBilingual) => void; path: string; required?: boolean; multiline?: boolean; testId?: string }) {
  const { t } = useTranslation();
  const problem = useProblemAt();
  const v = value ?? { en: '', km: '' };
  const Field = multiline ? Textarea : TextInput;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
      <Field
        label={`${label} (${t('instruments.english')})`}
        value={v.en}
        onChange={(e) => onChange({ ...v, en: e.currentTarget.value })}
        required={required}
        error={problem(`${path}.en`) ?? problem(path)}
        lang="en"
        data-testid={testId ? `${testId}-en` : undefined}
        {...(multiline ? { autosize: true, minRows: 1 } : {})}
      />
      <Field
        label={`${label} (${t('instruments.khmer')})`}
        value={v.km}
        onChange={(e) => onChange({ ...v, km: e.currentTarget.value })}
        required={required}
        error={problem(`${path}.km`)}
        lang="km"
        data-testid={testId ? `${testId}-km` : undefined}
        {...(multiline ? { autosize: true, minRows: 1 } : {})}
      />
    </SimpleGrid>
  );
}

/** Keys and codes are typed in Latin: monospace for the value only (a Khmer label needs its own font). */
export const monoInput = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

/** Move up, move down and remove, for one entry of a list the builder edits (sections, items). */
export function OrderControls({ index, count, onMove, onRemove, removeLabel }: {
  index: number; count: number; onMove: (by: -1 | 1) => void; onRemove: () => void; removeLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      <ActionIcon variant="subtle" onClick={() => onMove(-1)} disabled={index === 0} aria-label={t('instruments.moveUp')}>
        <IconArrowUp size={16} />
      </ActionIcon>
      <ActionIcon variant="subtle" onClick={() => onMove(1)} disabled={index === count - 1} aria-label={t('instruments.moveDown')}>
        <IconArrowDown size={16} />
      </ActionIcon>
      <ActionIcon variant="subtle" color="red" onClick={onRemove} disabled={count === 1} aria-label={removeLabel}>
        <IconTrash size={16} />
      </ActionIcon>
    </Group>
  );
}
