import type { TLookup } from '@homeward/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { lookupsQuery } from '../admin/lookups/api';
import { inDisplayOrder } from '../admin/lookups/order';

export interface LookupOption {
  value: string;
  label: string;
}

export interface Lookups {
  /** Active values of a list in display order, plus any of `keep` (what a record holds already). */
  options: (list: string, keep?: ReadonlyArray<string | null | undefined>) => LookupOption[];
  /** A stored value's label in the reading language (the value itself when the list lacks it). */
  label: (list: string, value: string | null | undefined) => string;
  isPending: boolean;
  isError: boolean;
}

export function lookupLabel(items: readonly TLookup[], list: string, value: string, language: string): string {
  const item = items.find((i) => i.list === list && i.value === value);
  if (!item) return value;
  return language === 'km' ? item.labelKm || item.labelEn : item.labelEn;
}

/** The organisation's lists (referral sources, care types …) for forms and labels. */
export function useLookups(): Lookups {
  const { i18n } = useTranslation();
  const query = useQuery({ ...lookupsQuery, staleTime: 5 * 60_000 });
  const items = query.data ?? [];
  const language = i18n.language;
  return {
    options: (list, keep = []) =>
      inDisplayOrder(items.filter((i) => i.list === list && (i.active || keep.includes(i.value)))).map((i) => ({ value: i.value, label: lookupLabel(items, list, i.value, language) })),
    label: (list, value) => (value ? lookupLabel(items, list, value, language) : ''),
    isPending: query.isPending,
    isError: query.isError,
  };
}
