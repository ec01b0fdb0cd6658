import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldLatin, normaliseKhmer, searchKey } from './khmer.js';

describe('normaliseKhmer', () => {
  it('puts a vowel typed before the subscript after it (ស្រុក typed two ways)', () => {
    const canonical = 'ស\u17d2\u179a\u17bbក'; // ស + coeng ro + u + ក
    const vowelFirst = 'ស\u17bb\u17d2\u179aក';
    expect(normaliseKhmer(vowelFirst)).toBe(canonical);
    expect(normaliseKhmer(canonical)).toBe(canonical);
  });

  it('writes subscript ro after another subscript (ស្ត្រី)', () => {
    const canonical = 'ស\u17d2ត\u17d2\u179a\u17b8';
    const roFirst = 'ស\u17d2\u179a\u17d2ត\u17b8';
    expect(normaliseKhmer(roFirst)).toBe(canonical);
  });

  it('joins a split vowel: េ + ី is ើ (កំណើត)', () => {
    expect(normaliseKhmer('កំណ\u17c1\u17b8ត')).toBe('កំណ\u17beត');
  });

  it('orders nikahit after the vowel and drops zero-width characters', () => {
    expect(normaliseKhmer('ខ\u17d2ញ\u17c6\u17bb\u200b')).toBe('ខ\u17d2ញ\u17bb\u17c6');
  });

  it('keeps text that needs no change, and Latin text, as it is', () => {
    for (const s of ['សុខា', 'ចាន់ សុភ័ក្រ', 'Sophal', 'ភូមិ ១']) expect(normaliseKhmer(s)).toBe(s);
  });

  it('is idempotent on any Khmer string', () => {
    const khmer = fc.string({ unit: fc.integer({ min: 0x1780, max: 0x17ff }).map((c) => String.fromCodePoint(c)), maxLength: 12 });
    fc.assert(fc.property(khmer, (s) => normaliseKhmer(normaliseKhmer(s)) === normaliseKhmer(s)));
  });

  it('never changes non-Khmer text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 30 }).filter((s) => !/[\u1780-\u17ff\u200b-\u200d\ufeff]/.test(s)), (s) => normaliseKhmer(s) === s.normalize('NFC')));
  });
});

describe('searchKey', () => {
  it('folds diacritics and case of official Latin names (Bătdâmbâng)', () => {
    expect(foldLatin('Bătdâmbâng')).toBe('batdambang');
    expect(searchKey('បាត់ដំបង', 'Battambang')).toBe('បាត់ដំបង battambang');
  });
  it('gives the same key to differently typed forms of one word', () => {
    expect(searchKey('ស\u17bb\u17d2\u179aក')).toBe(searchKey('ស\u17d2\u179a\u17bbក'));
  });
});
