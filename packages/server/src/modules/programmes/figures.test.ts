import { struggleSignsOf, type TProgrammePerson } from '@homeward/core';
import { describe, expect, it } from 'vitest';
import { programmeFigures } from './figures.js';

const person = (id: string, sex: TProgrammePerson['sex'], age: number | null): TProgrammePerson =>
  ({ id, familyNameKm: null, givenNameKm: id, familyNameLatin: null, givenNameLatin: null, nickname: null, sex, age });

describe('programme figures', () => {
  it('counts members by sex and age band, and attendance only of those who were members that day', () => {
    const members = [person('a', 'female', 13), person('b', 'male', 17), person('c', 'female', null)];
    const stretches = [
      { personId: 'a', from: '2025-01-01', to: null },
      { personId: 'b', from: '2025-01-01', to: null },
      { personId: 'c', from: '2025-03-01', to: null },
      { personId: 'd', from: '2025-01-01', to: '2025-01-31' },
    ];
    const f = programmeFigures(members, stretches, [
      // a, b and d were members; a and d came, and a walk-in who counts for neither side.
      { heldOn: '2025-01-15', presentIds: ['a', 'd', 'walk-in'] },
      // a, b and c were members; all three came.
      { heldOn: '2025-03-15', presentIds: ['a', 'b', 'c'] },
    ]);
    expect(f).toMatchObject({ members: 3, meetingsHeld: 2, bySex: { female: 2, male: 1 }, byAgeBand: { '12_14': 1, '15_17': 1, unknown: 1 } });
    expect(f.attendanceRate).toBeCloseTo(5 / 6);
  });

  it('has no attendance rate before the first meeting', () => {
    expect(programmeFigures([], [], []).attendanceRate).toBeNull();
  });
});

describe('signs that a care leaver is struggling', () => {
  const fine = { housing: 'stable', work: 'employed', idDocuments: 'complete', health: 'good', supportNetwork: 'some', wellbeing: 3 } as const;
  it('reads each domain of the latest check-in', () => {
    expect(struggleSignsOf(fine)).toEqual([]);
    expect(struggleSignsOf({ ...fine, housing: 'homeless', work: 'not_working', wellbeing: 2 })).toEqual(['homeless', 'no_work', 'low_wellbeing']);
    expect(struggleSignsOf({ ...fine, idDocuments: 'none', health: 'poor', supportNetwork: 'isolated' })).toEqual(['no_documents', 'poor_health', 'isolated']);
  });
  it('counts someone never checked in as needing a visit', () => {
    expect(struggleSignsOf(null)).toEqual(['no_check_in']);
  });
});
