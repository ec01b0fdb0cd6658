import { placeLevels } from '../lib/vocabulary';
import type { TLocale, TPlace, TPlaceLevel, TPlaceWithPath } from '@homeward/core';
import { Combobox, Group, Loader, Select, SimpleGrid, Stack, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeChildrenQuery, placeSearchQuery } from '../features/places/api';
import { chainOf, placeMatches, placeName, placePath } from '../features/places/names';
import { isLanguage } from '../lib/i18n';

export interface PlacePickerProps {
  /** NCDD code of the chosen place (2, 4, 6 or 8 digits), or null. */
  value: string | null;
  onChange: (code: string | null, place: TPlace | null) => void;
  /** The smallest unit to offer; a form asking for a district stops there. */
  level?: TPlaceLevel;
  /** Shown above the search box; each select has its own level name as label. */
  label?: string;
  disabled?: boolean;
}

/**
 * Province → district → commune → village, one select each, plus a search that finds a place by
 * name in Khmer or Latin script and fills the whole chain. Controlled by one NCDD code: each
 * code begins with its parent's, so the chain follows from it.
 */
export function PlacePicker({ value, onChange, level = 'village', label, disabled }: PlacePickerProps) {
  const { t, i18n } = useTranslation();
  const language: TLocale = isLanguage(i18n.language) ? i18n.language : 'en';
  const depth = placeLevels.indexOf(level) + 1;
  const chain = chainOf(value);
  return (
    <Stack gap="sm">
      <PlaceSearch label={label ?? t('places.search')} maxDepth={depth} language={language} disabled={disabled} onPick={(p) => onChange(p.code, p)} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: Math.min(depth, 4) }} spacing="sm">
        {placeLevels.slice(0, depth).map((lvl, i) => (
          <LevelSelect
            key={lvl}
            level={lvl}
            parent={i === 0 ? null : (chain[i - 1] ?? undefined)}
            value={chain[i] ?? null}
            language={language}
            disabled={disabled}
            onChange={(code, place) => {
              // Clearing a level keeps the levels above it.
              if (code) onChange(code, place);
              else onChange(chain[i - 1] ?? null, null);
            }}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function LevelSelect({ level, parent, value, language, disabled, onChange }: { level: TPlaceLevel; parent: string | null | undefined; value: string | null; language: TLocale; disabled?: boolean; onChange: (code: string | null, place: TPlace | null) => void }) {
  const { t } = useTranslation();
  // `undefined` parent: the level above is not chosen yet.
  const places = useQuery({ ...placeChildrenQuery(parent ?? null), enabled: parent !== undefined });
  const byCode = new Map((places.data ?? []).map((p) => [p.code, p]));
  const data = (places.data ?? []).map((p) => ({ value: p.code, label: placeName(p, language).primary }));
  return (
    <Select
      label={t(`places.levels.${level}`)}
      placeholder={parent === undefined ? t('places.chooseAbove') : t('places.choose')}
      data={data}
      value={value}
      onChange={(code) => onChange(code, code ? (byCode.get(code) ?? null) : null)}
      disabled={disabled || parent === undefined}
      searchable
      clearable
      nothingFoundMessage={t('common.nothingFound')}
      rightSection={places.isFetching ? <Loader size={14} /> : undefined}
      error={places.isError ? t('common.loadFailed') : undefined}
      filter={({ options, search }) => options.filter((o) => 'value' in o && placeMatches(byCode.get(o.value) ?? { nameKm: '', nameLatin: o.label }, search))}
      renderOption={({ option }) => {
        const p = byCode.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {p && (
              <Text size="xs" c="dimmed" lang={language === 'km' ? 'en' : 'km'}>
                {placeName(p, language).secondary} · {language === 'km' ? p.unitKm : p.unitEn}
              </Text>
            )}
          </Stack>
        );
      }}
      comboboxProps={{ withinPortal: true }}
      data-testid={`place-${level}`}
    />
  );
}

function PlaceSearch({ label, maxDepth, language, disabled, onPick }: { label: string; maxDepth: number; language: TLocale; disabled?: boolean; onPick: (p: TPlaceWithPath) => void }) {
  const { t } = useTranslation();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const search = useQuery(placeSearchQuery(debounced));
  const results = (search.data ?? []).filter((p) => p.code.length / 2 <= maxDepth);
  const first = results[0]?.code;
  useEffect(() => {
    // Enter picks the best match at once; arrows move from there.
    if (first) combobox.selectFirstOption();
  }, [first, debounced]); // the store object is new on every render: follow the results only
  const pick = (code: string) => {
    const p = results.find((r) => r.code === code);
    if (!p) return;
    onPick(p);
    setQuery('');
    combobox.closeDropdown();
  };
  return (
    <Combobox store={combobox} onOptionSubmit={pick} withinPortal>
      <Combobox.Target>
        <TextInput
          label={label}
          placeholder={t('places.searchPlaceholder')}
          value={query}
          disabled={disabled}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => query && combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          leftSection={<IconSearch size={16} />}
          rightSection={search.isFetching ? <Loader size={14} /> : undefined}
          autoComplete="off"
          spellCheck={false}
          data-testid="place-search"
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!debounced}>
        <Combobox.Options mah={320} style={{ overflowY: 'auto' }} aria-label={label}>
          {search.isError ? (
            <Combobox.Empty>{t('common.loadFailed')}</Combobox.Empty>
          ) : results.length === 0 ? (
            <Combobox.Empty>{search.isFetching || debounced !== query.trim() ? t('common.loading') : t('common.nothingFound')}</Combobox.Empty>
          ) : (
            results.map((p) => {
              const name = placeName(p, language);
              return (
                <Combobox.Option value={p.code} key={p.code}>
                  <Group gap={6} wrap="nowrap" align="baseline">
                    <Text size="sm" fw={500}>
                      {name.primary}
                    </Text>
                    <Text size="xs" c="dimmed" lang={language === 'km' ? 'en' : 'km'}>
                      {name.secondary}
                    </Text>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {language === 'km' ? p.unitKm : p.unitEn}
                    {p.path.length > 0 && ` · ${placePath(p.path[p.path.length - 1] ?? p, p.path.slice(0, -1), language)}`}
                  </Text>
                </Combobox.Option>
              );
            })
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
