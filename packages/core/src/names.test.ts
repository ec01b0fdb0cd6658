import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayName, hasGivenName, personSearchKey, searchWords } from './names.js';

describe('personSearchKey', () => {
  it('holds every name and alias once, normalised, with the Khmer full name and several-word names closed up', () => {
    const key = personSearchKey({
      familyNameKm: 'ចាន់', givenNameKm: 'សុផល', familyNameLatin: 'Chăn', givenNameLatin: 'Srey Pov', nickname: 'Pou', aliases: ['Sophorl', 'chan'],
    });
    expect(key.split(' ')).toEqual(['ចាន់', 'សុផល', 'ចាន់សុផល', 'chan', 'srey', 'pov', 'sreypov', 'pou', 'sophorl']);
  });

  it('keys a Khmer name typed in another order as the usual form is keyed', () => {
    expect(personSearchKey({ givenNameKm: 'ស\u17b8\u17d2\u179aព\u17c5' })).toBe(personSearchKey({ givenNameKm: 'ស\u17d2\u179a\u17b8ព\u17c5' }));
  });

  it('contains every word of any query made from the names (the search rule)', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,8}$/);
    fc.assert(fc.property(word, word, word, (family, given, alias) => {
      const key = personSearchKey({ familyNameLatin: family, givenNameLatin: given, aliases: [alias] }).split(' ');
      return searchWords(`${given} ${family.toUpperCase()} ${alias}`).every((w) => key.includes(w));
    }));
  });
});

describe('names', () => {
  it('needs a given name in either script', () => {
    expect(hasGivenName({ givenNameKm: '  ', givenNameLatin: null })).toBe(false);
    expect(hasGivenName({ givenNameLatin: 'Dara' })).toBe(true);
  });
  it('shows the Khmer name first, else the Latin one', () => {
    expect(displayName({ familyNameKm: 'ចាន់', givenNameKm: 'សុភា', givenNameLatin: 'Sophea' })).toBe('ចាន់ សុភា');
    expect(displayName({ familyNameLatin: 'Chan', givenNameLatin: 'Sophea' })).toBe('Chan Sophea');
  });
});
