import { describe, expect, it } from 'vitest';
import { digitsOnly, intlLocale, KHMER_MONTHS, makeFormatter, toKhmerDigits, toLatinDigits } from './format';

const at = '2026-11-23T17:34:42Z';
const tz = 'Asia/Phnom_Penh'; // UTC+7: 24 Nov 00:34

describe('intlLocale', () => {
  it('uses Khmer digits only for Khmer text', () => {
    expect(intlLocale('km', 'khmr', true)).toBe('km-u-nu-khmr');
    expect(intlLocale('km', 'latn', true)).toBe('km');
    expect(intlLocale('en', 'khmr', true)).toBe('en-GB');
  });
  it('still gets Khmer digits from Intl where the browser has no Khmer locale data', () => {
    expect(intlLocale('km', 'khmr', false)).toBe('en-u-nu-khmr');
    expect(intlLocale('km', 'latn', false)).toBe('en-GB');
  });
});

describe('makeFormatter numbers', () => {
  it('writes Khmer digits when asked, with or without Khmer locale data', () => {
    expect(makeFormatter('km', 'khmr', { hasKhmer: false }).number(1234)).toBe('១,២៣៤');
    expect(makeFormatter('km', 'khmr', { hasKhmer: true }).number(1234)).toMatch(/^១[.,]២៣៤$/);
  });
  it('keeps Latin digits otherwise', () => {
    expect(makeFormatter('km', 'latn', { hasKhmer: false }).number(1234567)).toBe('1,234,567');
    expect(makeFormatter('en', 'khmr').number(1234.5)).toBe('1,234.5');
  });
});

describe('makeFormatter dates', () => {
  it('names the month in Khmer in the Cambodian day-month-year order', () => {
    expect(makeFormatter('km', 'latn', { timeZone: tz }).date(at)).toBe('24 វិច្ឆិកា 2026');
    expect(makeFormatter('km', 'khmr', { timeZone: tz }).date(at)).toBe('២៤ វិច្ឆិកា ២០២៦');
  });
  it('writes 24-hour times, in Khmer digits when asked', () => {
    expect(makeFormatter('km', 'khmr', { timeZone: tz }).dateTime(at)).toBe('២៤ វិច្ឆិកា ២០២៦ ០០:៣៤');
    expect(makeFormatter('km', 'latn', { timeZone: 'UTC' }).dateTime(at)).toBe('23 វិច្ឆិកា 2026 17:34');
  });
  it('formats English dates the British way', () => {
    expect(makeFormatter('en', 'latn', { timeZone: 'UTC' }).date(at)).toBe('23 Nov 2026');
    expect(makeFormatter('en', 'khmr', { timeZone: 'UTC' }).dateTime(at)).toBe('23 Nov 2026, 17:34');
  });
  it('has every month', () => {
    const fmt = makeFormatter('km', 'latn', { timeZone: 'UTC' });
    const names = Array.from({ length: 12 }, (_, m) => fmt.date(new Date(Date.UTC(2025, m, 15))).split(' ')[1]);
    expect(names).toEqual([...KHMER_MONTHS]);
  });
  it('shows nothing for an invalid date rather than "Invalid Date"', () => {
    expect(makeFormatter('en', 'latn').date('not a date')).toBe('');
    expect(makeFormatter('km', 'khmr').dateTime('')).toBe('');
  });
});

describe('digits', () => {
  it('converts between scripts', () => {
    expect(toKhmerDigits('2026-11-23')).toBe('២០២៦-១១-២៣');
    expect(toLatinDigits('១២៣ ៤៥៦')).toBe('123 456');
  });
  it('reads a sign-in code typed on a Khmer keyboard', () => {
    expect(digitsOnly('១២៣ ៤៥៦')).toBe('123456');
    expect(digitsOnly(' 12-34 56 ')).toBe('123456');
  });
});
