import type { TLookup } from '@homeward/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { lookupsQuery } from '../admin/lookups/api';

export interface LookupList {
  /** Active values for a choice, in the list's order; values the record holds stay offered. */
  options: (held?: readonly string[]) => Array<{ value: string; label: string }>;
  /** A stored value's label in the reading language (the value itself if the list lacks it). */
  label: (value: string | null | undefined) => string;
  isPending: boolean;
  isError: boolean;
}

/** One of the organisation's lookup lists (relationship, child_category …), labelled in the reading language. */
export function useLookupList(list: string): LookupList {
  const { i18n } = useTranslation();
  const query = useQuery({ ...lookupsQuery, staleTime: 5 * 60_000 });
  const km = i18n.language === 'km';
  const values: TLookup[] = (query.data ?? []).filter((l) => l.list === list).sort((a, b) => a.sortOrder - b.sortOrder);
  const labelOf = (l: TLookup) => (km ? l.labelKm || l.labelEn : l.labelEn || l.labelKm);
  const byValue = new Map(values.map((l) => [l.value, l]));
  return {
    options: (held = []) => values.filter((l) => l.active || held.includes(l.value)).map((l) => ({ value: l.value, label: labelOf(l) })),
    label: (value) => {
      if (!value) return '';
      const l = byValue.get(value);
      return l ? labelOf(l) : value;
    },
    isPending: query.isPending,
    isError: query.isError,
  };
}
