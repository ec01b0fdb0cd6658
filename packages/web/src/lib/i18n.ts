import i18n, { type ParseKeys, type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { TLocale } from '@homeward/core';
import { catalogEn, catalogKm } from '../locales/catalog';
import type { Message } from './messages';

const STORAGE_KEY = 'homeward.language';

export const isLanguage = (v: unknown): v is TLocale => v === 'en' || v === 'km';

function readStored(): TLocale | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return isLanguage(v) ? v : null;
  } catch {
    return null;
  }
}

/**
 * The language before anyone signs in: the last one chosen on this device, else the browser's
 * (Khmer when the browser asks for it, English otherwise). Once the user is known, their own
 * preference wins.
 */
export function initialLanguage(): TLocale {
  const stored = readStored();
  if (stored) return stored;
  const wanted = typeof navigator === 'undefined' ? [] : navigator.languages;
  return wanted.some((l) => l.toLowerCase().startsWith('km')) ? 'km' : 'en';
}

export function currentLanguage(): TLocale {
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

/** Switch the UI language now and remember it on this device. */
export async function applyLanguage(language: TLocale): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

i18n.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources: { en: { translation: catalogEn }, km: { translation: catalogKm } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: ['en', 'km'],
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  react: { useSuspense: false },
});
if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;

export type CatalogueKey = ParseKeys;

/**
 * Translate a key known only at run time (from the server, or built from a value), falling back
 * to the next candidate, then to `fallback`.
 */
export function translateAny(t: TFunction, keys: string | string[], params?: Record<string, unknown>, fallback?: string): string {
  for (const key of Array.isArray(keys) ? keys : [keys]) {
    if (i18n.exists(key)) return t(key as CatalogueKey, params ?? {}) as string;
  }
  return fallback ?? (Array.isArray(keys) ? keys[0] ?? '' : keys);
}

export const translateMessage = (t: TFunction, m: Message): string => translateAny(t, m.key, m.params);

export default i18n;
