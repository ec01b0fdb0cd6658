import { describe, expect, it } from 'vitest';
import { nameWordKeys, personMatchKeys, queryMatchKeys } from './retrieval.js';

const share = (a: string[], b: string[]): boolean => a.some((k) => b.includes(k));

describe('retrieval keys', () => {
  it('give spelling variants, a typo and a missed vowel a shared key, and unrelated names none', () => {
    for (const [a, b] of [['Sophal', 'Sophorl'], ['Chea', 'Chear'], ['Pich', 'Petch'], ['Sophal', 'Sopahl'], ['Samnang', 'Smonang'], ['Sreypov', 'Sreypoev']]) {
      expect(share(nameWordKeys(a!), nameWordKeys(b!)), `${a} / ${b}`).toBe(true);
    }
    expect(share(nameWordKeys('Sophal'), nameWordKeys('Thida'))).toBe(false);
    expect(share(nameWordKeys('ស្រីពៅ'), nameWordKeys('ស្រីពោ'))).toBe(true); // a vowel sign differs: the consonant skeleton
    expect(share(nameWordKeys('សុផល'), nameWordKeys('ធីតា'))).toBe(false);
    expect(share(nameWordKeys('សុផល'), nameWordKeys('សុផល'.normalize('NFD')))).toBe(true);
  });

  it('only keys of four letters or more get deletion neighbours: short keys stay selective', () => {
    expect(nameWordKeys('Sok')).toEqual(['l:sok', 's:sk']);
    expect(nameWordKeys('Dara').filter((k) => k.startsWith('l:'))).toHaveLength(5);
  });

  it('cover every name of a person, closed-up forms too, and split a query into given and family groups', () => {
    const keys = personMatchKeys({ familyNameKm: 'ជា', givenNameKm: 'សុផល', familyNameLatin: 'Chea', givenNameLatin: 'Sophal', aliases: ['Srey Pov'] });
    expect(keys).toEqual(expect.arrayContaining(['k:ជា', 'k:សុផល', 'k:ជាសុផល', 'l:ci', 'l:sopal', 'l:sri', 'l:po', 'l:sripo']));
    expect(new Set(keys).size).toBe(keys.length);
    const q = queryMatchKeys({ nameKm: 'ជា សុផល', fatherName: 'Sokh' });
    expect(q.family).toEqual(expect.arrayContaining(['k:ជា', 'l:sok', 's:sk']));
    expect(q.given).toEqual(expect.arrayContaining(['k:សុផល', 'k:ជាសុផល']));
    expect(q.given).not.toContain('k:ជា');
  });
});
