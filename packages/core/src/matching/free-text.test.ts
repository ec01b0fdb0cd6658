import { describe, expect, it } from 'vitest';
import { matchQueryFromText } from './free-text.js';
import { queryMatchKeys, personMatchKeys } from './retrieval.js';
import { rankCandidates } from './score.js';

describe('matchQueryFromText', () => {
  it('reads Latin words family name first, Khmer words as the Khmer name, a small number as an age and a code as the place', () => {
    expect(matchQueryFromText('Chear  Sophorl 13 12010101')).toEqual({ familyName: 'Chear', givenName: 'Sophorl', ageYears: 13, villageCode: '12010101' });
    expect(matchQueryFromText('ជា សុផល')).toEqual({ nameKm: 'ជា សុផល' });
    expect(matchQueryFromText('Sophal')).toEqual({ givenName: 'Sophal' });
    expect(matchQueryFromText('ជា Srey Pov, 2010')).toEqual({ nameKm: 'ជា', familyName: 'Srey', givenName: 'Pov' });
    expect(matchQueryFromText('  ')).toEqual({});
  });

  it('finds the person by either script or a spelling variant in either order through the retrieval keys', () => {
    const sophal = { id: 'a', familyNameKm: 'ជា', givenNameKm: 'សុផល', familyNameLatin: 'Chea', givenNameLatin: 'Sophal', sex: 'male' };
    const thida = { id: 'b', familyNameKm: 'ជា', givenNameKm: 'ធីតា', familyNameLatin: 'Chea', givenNameLatin: 'Thida', sex: 'female' };
    for (const text of ['Sophorl Chear', 'chea sophall', 'ជាសុផល', 'សុផល']) {
      const q = matchQueryFromText(text);
      const keys = new Set(personMatchKeys(sophal));
      expect(queryMatchKeys(q).all.some((k) => keys.has(k)), text).toBe(true);
      expect(rankCandidates(q, [sophal, thida], '2026-12-01')[0]?.candidate.id, text).toBe('a');
    }
  });
});
