/**
 * Case numbers: `<ORG-PREFIX>-<YEAR>-<000123>`, counted per organisation and year. The counter
 * lives in the database (`case_sequence`); these functions only shape the text.
 */

/** A prefix an organisation may set for itself: 2–6 capital letters or digits. */
export const CASE_PREFIX_PATTERN = /^[A-Z0-9]{2,6}$/;

/**
 * The organisation's case-number prefix: its own setting when valid, otherwise the initials of
 * the Latin words of its name (`M'Lup Russey` → `MR`), or the first letters of a one-word name
 * (`Homeward` → `HOM`), or `HW` when the name has no Latin letters.
 */
export function caseNumberPrefix(organisationName: string, configured?: string | null): string {
  if (configured && CASE_PREFIX_PATTERN.test(configured)) return configured;
  const words = organisationName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/\s+/)
    .map((w) => w.replace(/[^A-Za-z0-9]/g, ''))
    .filter((w) => /^[A-Za-z]/.test(w));
  if (words.length === 0) return 'HW';
  if (words.length === 1) return words[0]!.slice(0, 3).toUpperCase().padEnd(2, 'X');
  return words.slice(0, 4).map((w) => w[0]!).join('').toUpperCase();
}

/** `MR-2026-000123`; numbers past 999,999 simply grow longer. */
export function formatCaseNumber(prefix: string, year: number, n: number): string {
  return `${prefix}-${year}-${String(n).padStart(6, '0')}`;
}
