import { describe, expect, it } from 'vitest';
import { chainOf, placeMatches, placePath } from './names';

describe('chainOf', () => {
  it('gives the codes from province down', () => {
    expect(chainOf('17040206')).toEqual(['17', '1704', '170402', '17040206']);
    expect(chainOf('12')).toEqual(['12']);
    expect(chainOf(null)).toEqual([]);
  });
});

describe('placePath', () => {
  const province = { nameKm: 'សៀមរាប', nameLatin: 'Siem Reap' };
  const district = { nameKm: 'ជីក្រែង', nameLatin: 'Chi Kraeng' };
  const village = { nameKm: 'កំពង់', nameLatin: 'Kampong' };
  it('writes the address smallest first in either script', () => {
    expect(placePath(village, [province, district], 'en')).toBe('Kampong, Chi Kraeng, Siem Reap');
    expect(placePath(village, [province, district], 'km')).toBe('កំពង់ ជីក្រែង សៀមរាប');
  });
});

describe('placeMatches', () => {
  const p = { nameKm: 'បាត់ដំបង', nameLatin: 'Bătdâmbâng' };
  it('finds a place in Latin without diacritics or in Khmer', () => {
    expect(placeMatches(p, 'batdam')).toBe(true);
    expect(placeMatches(p, 'បាត់')).toBe(true);
    expect(placeMatches(p, 'siem')).toBe(false);
  });
});
