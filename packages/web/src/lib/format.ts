import type { TDigits, TLocale } from '@homeward/core';

/** Khmer month names of the Gregorian calendar, as in official forms. */
export const KHMER_MONTHS = ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'] as const;

const KHMER_ZERO = 0x17e0;

/** Latin digits as Khmer digits (0–9 → ០–៩); everything else unchanged. */
export const toKhmerDigits = (s: string): string => s.replace(/[0-9]/g, (c) => String.fromCharCode(KHMER_ZERO + Number(c)));

/**
 * Khmer digits typed on a Khmer keyboard (០–៩) as Latin digits, for codes and numbers the
 * server reads, e.g. a six-digit sign-in code.
 */
export const toLatinDigits = (input: string): string => input.replace(/[\u17e0-\u17e9]/g, (c) => String(c.charCodeAt(0) - KHMER_ZERO));

/** Only the digits of a code, whichever script they were typed in. */
export const digitsOnly = (input: string): string => toLatinDigits(input).replace(/\D/g, '');

/** Whether this browser's Intl has Khmer locale data (desktop Chromium does not; Firefox and Node do). */
export const intlHasKhmer = (): boolean => Intl.NumberFormat.supportedLocalesOf(['km']).length > 0;

/**
 * The Intl locale for numbers in a language with a digits preference. Khmer digits are a reading
 * preference for Khmer text; English text always uses Latin digits. Without Khmer locale data,
 * the Khmer digits still come from Intl's numbering system.
 */
export function intlLocale(language: TLocale, digits: TDigits, hasKhmer = intlHasKhmer()): string {
  if (language !== 'km') return 'en-GB';
  if (hasKhmer) return digits === 'khmr' ? 'km-u-nu-khmr' : 'km';
  return digits === 'khmr' ? 'en-u-nu-khmr' : 'en-GB';
}

export interface Formatter {
  locale: string;
  number: (n: number) => string;
  /** A calendar date: 23 Nov 2026 / 23 វិច្ឆិកា 2026. */
  date: (value: string | Date) => string;
  /** Date and 24-hour time. */
  dateTime: (value: string | Date) => string;
}

export interface FormatOptions {
  /** The browser's zone unless given (tests pass one so they do not depend on the machine). */
  timeZone?: string;
  /** Override detection of Khmer locale data (tests exercise both browsers' cases). */
  hasKhmer?: boolean;
}

const toDate = (v: string | Date): Date => (v instanceof Date ? v : new Date(v));
const valid = (d: Date): boolean => !Number.isNaN(d.getTime());

/**
 * Khmer dates are written day, month name, year ("23 វិច្ឆិកា 2026"). Built from Intl's calendar
 * parts with the month named in Khmer, so the result is the same in every browser, with or
 * without Khmer locale data.
 */
function khmerDateFormatter(digits: TDigits, withTime: boolean, timeZone?: string): (d: Date) => string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric', month: 'numeric', year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    ...(timeZone ? { timeZone } : {}),
  });
  const script = digits === 'khmr' ? toKhmerDigits : (s: string) => s;
  return (d) => {
    const p = Object.fromEntries(parts.formatToParts(d).map((x) => [x.type, x.value]));
    const month = KHMER_MONTHS[Number(p.month) - 1] ?? '';
    const date = `${script(p.day ?? '')} ${month} ${script(p.year ?? '')}`;
    return withTime ? `${date} ${script(`${p.hour ?? ''}:${p.minute ?? ''}`)}` : date;
  };
}

/** Formatting of numbers and dates for the current language and digits preference. */
export function makeFormatter(language: TLocale, digits: TDigits, options: FormatOptions = {}): Formatter {
  const { timeZone } = options;
  const locale = intlLocale(language, digits, options.hasKhmer);
  const num = new Intl.NumberFormat(locale);
  const tz = timeZone ? { timeZone } : {};
  const enDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', ...tz });
  const enDateTime = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...tz });
  const date = language === 'km' ? khmerDateFormatter(digits, false, timeZone) : (d: Date) => enDate.format(d);
  const dateTime = language === 'km' ? khmerDateFormatter(digits, true, timeZone) : (d: Date) => enDateTime.format(d);
  return {
    locale,
    number: (n) => num.format(n),
    date: (v) => {
      const d = toDate(v);
      return valid(d) ? date(d) : '';
    },
    dateTime: (v) => {
      const d = toDate(v);
      return valid(d) ? dateTime(d) : '';
    },
  };
}
