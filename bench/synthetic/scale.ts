/** Sizes of the synthetic dataset. `small` is about 1/50 of `national`, for tests and CI. */
export interface Scale {
  organisations: number;
  teamsPerOrganisation: number;
  caseworkersPerTeam: number;
  children: number;
  households: number;
  cases: number;
  notes: number;
  followUps: number;
  centres: number;
  assessments: number;
}

export const scales: Record<'national' | 'small' | 'tiny', Scale> = {
  national: { organisations: 10, teamsPerOrganisation: 4, caseworkersPerTeam: 5, children: 100_000, households: 60_000, cases: 150_000, notes: 1_000_000, followUps: 300_000, centres: 400, assessments: 200_000 },
  small: { organisations: 10, teamsPerOrganisation: 4, caseworkersPerTeam: 5, children: 2_000, households: 1_200, cases: 3_000, notes: 20_000, followUps: 6_000, centres: 10, assessments: 4_000 },
  tiny: { organisations: 2, teamsPerOrganisation: 2, caseworkersPerTeam: 2, children: 60, households: 40, cases: 90, notes: 400, followUps: 150, centres: 2, assessments: 120 },
};

/**
 * Where children live: most centres and so most children are in Phnom Penh, Siem Reap,
 * Battambang, Kandal and Preah Sihanouk; every other province has some.
 */
export const provinceWeights: Record<string, number> = { '12': 22, '17': 12, '02': 12, '08': 10, '18': 8 };
export const otherProvinceWeight = 1.6;

/** The date the dataset is "as of": fixed, so a seed always gives the same data. */
export const asOf = '2026-11-15';
