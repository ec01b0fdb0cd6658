import type { TPersonSummary } from '@homeward/core';
import { Button, Combobox, Group, Loader, Paper, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { peopleQuery } from './api';
import { PersonLine } from './PersonBits';

interface PersonPickerProps {
  value: TPersonSummary | null;
  onChange: (person: TPersonSummary | null) => void;
  label: string;
  /** People who cannot be chosen here (the person themself, current members). */
  exclude?: readonly string[];
  error?: string;
}

/** Find a registered person by name in either script and choose them. */
export function PersonPicker({ value, onChange, label, exclude = [], error }: PersonPickerProps) {
  const { t } = useTranslation();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 300);
  const people = useQuery({ ...peopleQuery({ q: debounced, page: 1, pageSize: 10 }), enabled: debounced.length > 0 });
  const results = debounced ? (people.data?.items ?? []).filter((p) => !exclude.includes(p.id)) : [];
  const first = results[0]?.id;
  useEffect(() => {
    if (first) combobox.selectFirstOption();
  }, [first, debounced]); // the store object is new on every render: follow the results only

  if (value) {
    return (
      <div>
        <Text size="sm" fw={500} mb={4}>
          {label}
        </Text>
        <Paper withBorder p="sm" radius="md">
          <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
            <PersonLine person={value} />
            <Button variant="subtle" size="compact-sm" onClick={() => onChange(null)}>
              {t('people.picker.change')}
            </Button>
          </Group>
        </Paper>
      </div>
    );
  }

  return (
    <Combobox
      store={combobox}
      withinPortal
      onOptionSubmit={(id) => {
        const p = results.find((r) => r.id === id);
        if (p) onChange(p);
        setQuery('');
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target>
        <TextInput
          label={label}
          placeholder={t('people.picker.placeholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => query && combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          leftSection={<IconSearch size={16} />}
          rightSection={people.isFetching ? <Loader size={14} /> : undefined}
          autoComplete="off"
          spellCheck={false}
          error={error}
          data-testid="person-picker"
          data-autofocus
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!debounced}>
        <Combobox.Options mah={320} style={{ overflowY: 'auto' }} aria-label={label}>
          {people.isError ? (
            <Combobox.Empty>{t('common.loadFailed')}</Combobox.Empty>
          ) : results.length === 0 ? (
            <Combobox.Empty>{people.isFetching || debounced !== query.trim() ? t('common.loading') : t('common.nothingFound')}</Combobox.Empty>
          ) : (
            results.map((p) => (
              <Combobox.Option value={p.id} key={p.id}>
                <PersonLine person={p} />
              </Combobox.Option>
            ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
