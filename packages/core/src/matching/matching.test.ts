import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consonantSkeleton, keyDistance, khmerKey, khmerSkeleton, latinNameKey, namePartSimilarity, rankCandidates, scoreCandidate, type MatchCandidate } from './index.js';

const TODAY = '2026-12-01';

describe('latinNameKey', () => {
  it.each([
    ['Sophal', 'Sophall'], ['Chea', 'Chear'], ['Chea', 'Chia'], ['Pich', 'Pech'], ['Pich', 'Petch'], ['Srey', 'Srei'], ['Sokha', 'Sokhar'],
    ['Sokha', 'Sokah'], ['Chan', 'Chann'], ['Sok', 'Sock'], ['Sok', 'Sokh'], ['Chhim', 'Jim'], ['Khiev', 'Kheav'], ['Pov', 'Peou'],
    ['Sreypov', 'Srey Pov'], ['Vong', 'Wong'], ['Nop', 'Nob'], ['Ouk', 'Uk'], ['Kanha', 'Kagna'], ['Leakhena', 'Leak Hena'], ['Rattha', 'Ratha'], ['Bătdâmbâng', 'Batdambang'],
  ])('folds %s and %s together', (a, b) => {
    expect(latinNameKey(a)).toBe(latinNameKey(b));
  });

  it('leaves a vowel class apart, half a step away: Sophal / Sophorl, Sam / Som', () => {
    expect(keyDistance(latinNameKey('Sophal'), latinNameKey('Sophorl'))).toBe(0.5);
    expect(keyDistance(latinNameKey('Sam'), latinNameKey('Som'))).toBe(0.5);
  });

  it('keeps different names apart', () => {
    expect(latinNameKey('Dara')).not.toBe(latinNameKey('Sophal'));
    expect(keyDistance(latinNameKey('Dara'), latinNameKey('Sophea'))).toBeGreaterThan(2);
  });

  it('is invariant under doubled letters and case (property)', () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-z]{1,10}$/), fc.nat(9), (name, at) => {
      const i = at % name.length;
      const doubled = name.slice(0, i + 1) + name[i] + name.slice(i + 1);
      expect(latinNameKey(doubled)).toBe(latinNameKey(name));
      expect(latinNameKey(name.toUpperCase())).toBe(latinNameKey(name));
    }));
  });

  it('gives a consonant skeleton that ignores vowels', () => {
    expect(consonantSkeleton(latinNameKey('Samnang'))).toBe(consonantSkeleton(latinNameKey('Somnang')));
  });
});

describe('keyDistance', () => {
  it('is a symmetric distance with transpositions (property)', () => {
    const key = fc.stringMatching(/^[a-z]{0,8}$/);
    fc.assert(fc.property(key, key, (a, b) => {
      expect(keyDistance(a, b)).toBe(keyDistance(b, a));
      expect(keyDistance(a, a)).toBe(0);
      expect(keyDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
    }));
    expect(keyDistance('sopal', 'spoal')).toBe(1);
  });
});

describe('Khmer keys', () => {
  it('compares Khmer after normalisation, and near-misses by consonant skeleton', () => {
    expect(khmerKey('ស\u17b8\u17d2\u179aពៅ')).toBe(khmerKey('ស\u17d2\u179a\u17b8ពៅ'));
    expect(khmerSkeleton('សុផល')).toBe(khmerSkeleton('សូផល'));
    expect(namePartSimilarity('សុផល', 'សូផល')).toMatchObject({ level: 'variant', khmer: true });
    expect(namePartSimilarity('សុផល', 'Sophal').sim).toBe(0);
  });
});

const sophal: MatchCandidate = {
  id: 'a', familyNameKm: 'ជា', givenNameKm: 'សុផល', familyNameLatin: 'Chea', givenNameLatin: 'Sophal', sex: 'male',
  birthDate: '2013-03-01', birthDateEstimated: true, addressCode: '12010101', fatherGivenName: 'Vannak', motherGivenName: 'Sokha',
};

describe('scoreCandidate', () => {
  it('scores a Latin variant with age and village as likely, with reasons', () => {
    const r = scoreCandidate({ familyName: 'Chear', givenName: 'Sophorl', ageYears: 13, villageCode: '12010101', sex: 'male' }, sophal, TODAY);
    expect(r.band).toBe('likely');
    expect(r.reasons).toEqual(['latin_variant_given', 'latin_variant_family', 'age_within', 'same_village']);
  });

  it('matches the name order swapped', () => {
    const r = scoreCandidate({ familyName: 'Sophall', givenName: 'Chea' }, sophal, TODAY);
    expect(r.reasons).toContain('name_order_swapped');
    expect(r.band).not.toBeNull();
  });

  it('applies the patronymic rule both ways and parents\' names', () => {
    const child = scoreCandidate({ givenName: 'Sophal', fatherName: 'Chear' }, sophal, TODAY);
    expect(child.reasons).toContain('patronymic_father');
    // A family name that is the candidate's father's given name counts when it is their family name too.
    const traditional = { ...sophal, familyNameLatin: 'Vannak', familyNameKm: 'វណ្ណៈ' };
    const named = scoreCandidate({ familyName: 'Vanak', givenName: 'Sophal', motherName: 'Sokhar' }, traditional, TODAY);
    expect(named.reasons).toEqual(expect.arrayContaining(['patronymic_father', 'parent_name_match']));
    expect(scoreCandidate({ familyName: 'Vanak', givenName: 'Sophal' }, sophal, TODAY).reasons).not.toContain('patronymic_father');
  });

  it('ranks nearer places higher: village > commune > district > province', () => {
    const at = (villageCode: string) => scoreCandidate({ givenName: 'Sophal', familyName: 'Chea', villageCode }, sophal, TODAY).score;
    expect(at('12010101')).toBeGreaterThan(at('12010202'));
    expect(at('12010202')).toBeGreaterThan(at('12020101'));
    expect(at('12020101')).toBeGreaterThan(at('13010101'));
  });

  it('counts a different sex and a far age against', () => {
    const same = scoreCandidate({ givenName: 'Sophal', familyName: 'Chea', sex: 'male', ageYears: 13 }, sophal, TODAY);
    const other = scoreCandidate({ givenName: 'Sophal', familyName: 'Chea', sex: 'female', ageYears: 13 }, sophal, TODAY);
    const old = scoreCandidate({ givenName: 'Sophal', familyName: 'Chea', sex: 'male', ageYears: 45 }, sophal, TODAY);
    expect(other.reasons).toContain('sex_mismatch');
    expect(other.score).toBeLessThan(same.score);
    expect(old.reasons).toContain('age_far');
    expect(old.band).toBeNull();
  });

  it('still matches with the order swapped, for any pair of listed names (property)', () => {
    const names = ['Sophal', 'Chea', 'Dara', 'Pich', 'Sokha', 'Vannak', 'Srey Pov', 'Rotha'];
    fc.assert(fc.property(fc.constantFrom(...names), fc.constantFrom(...names), (family, given) => {
      const c: MatchCandidate = { id: 'x', familyNameLatin: family, givenNameLatin: given };
      const straight = scoreCandidate({ familyName: family, givenName: given }, c, TODAY).score;
      const swapped = scoreCandidate({ familyName: given, givenName: family }, c, TODAY).score;
      expect(swapped).toBeGreaterThan(straight * 0.9);
    }));
  });

  it('is roughly symmetric: one person spelt two ways scores alike whichever is the query (property)', () => {
    const families = [['Chea', 'Chear', 'Chia'], ['Pich', 'Pech', 'Petch'], ['Sok', 'Sokh', 'Sock']];
    const givens = [['Sophal', 'Sophall', 'Sophorl'], ['Sokha', 'Sokhar', 'Sokah'], ['Sreypov', 'Srey Pov', 'Sreypeou']];
    const spelling = fc.tuple(fc.nat(2), fc.nat(2), fc.nat(2), fc.nat(2), fc.nat(2), fc.nat(2));
    fc.assert(fc.property(spelling, ([f, g, f1, g1, f2, g2]) => {
      const a = { familyName: families[f]![f1]!, givenName: givens[g]![g1]! };
      const b = { familyName: families[f]![f2]!, givenName: givens[g]![g2]! };
      const ab = scoreCandidate(a, { id: 'b', familyNameLatin: b.familyName, givenNameLatin: b.givenName }, TODAY).score;
      const ba = scoreCandidate(b, { id: 'a', familyNameLatin: a.familyName, givenNameLatin: a.givenName }, TODAY).score;
      expect(Math.abs(ab - ba)).toBeLessThanOrEqual(0.05);
      expect(ab).toBeGreaterThan(0.5);
    }));
  });

  it('ranks best first and drops non-candidates', () => {
    const other: MatchCandidate = { ...sophal, id: 'b', givenNameLatin: 'Dara', givenNameKm: 'ដារា' };
    const ranked = rankCandidates({ givenName: 'Sophall', familyName: 'Chea' }, [other, sophal], TODAY);
    expect(ranked.map((r) => r.candidate.id)).toEqual(['a']);
  });
});
