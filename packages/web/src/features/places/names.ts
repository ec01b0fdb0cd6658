import type { TLocale, TPlace } from '@homeward/core';

/** NCDD codes of a place and the units above it, province first: 01020304 → 01, 0102, 010203, 01020304. */
export function chainOf(code: string | null | undefined): string[] {
  if (!code) return [];
  return [2, 4, 6, 8].filter((n) => n <= code.length).map((n) => code.slice(0, n));
}

/** A place's name in the reading language; the other script as the secondary name. */
export function placeName(place: Pick<TPlace, 'nameKm' | 'nameLatin'>, language: TLocale): { primary: string; secondary: string } {
  return language === 'km' ? { primary: place.nameKm, secondary: place.nameLatin } : { primary: place.nameLatin, secondary: place.nameKm };
}

/** "Village, Commune, District, Province", smallest first, as addresses are written. */
export function placePath(place: Pick<TPlace, 'nameKm' | 'nameLatin'>, ancestors: ReadonlyArray<Pick<TPlace, 'nameKm' | 'nameLatin'>>, language: TLocale): string {
  const sep = language === 'km' ? ' ' : ', ';
  return [place, ...[...ancestors].reverse()].map((p) => placeName(p, language).primary).join(sep);
}

/** Whether a typed query matches a place in either script (case and diacritics ignored). */
export function placeMatches(place: Pick<TPlace, 'nameKm' | 'nameLatin'>, query: string): boolean {
  const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const q = fold(query.trim());
  if (!q) return true;
  return fold(place.nameLatin).includes(q) || place.nameKm.normalize('NFC').includes(query.trim().normalize('NFC'));
}
