import { ageBandOf, type TProgrammeFigures, type TProgrammePerson } from '@homeward/core';

export interface Stretch {
  personId: string;
  from: string;
  to: string | null;
}

export interface Held {
  heldOn: string;
  presentIds: readonly string[];
}

/**
 * A programme's simple figures: current members by sex and age band, meetings held, and the
 * attendance rate — of the people who were members on each meeting's day, the share present.
 * Walk-ins who were not members count for neither side, so the rate cannot pass 100 %.
 */
export function programmeFigures(current: readonly TProgrammePerson[], memberships: readonly Stretch[], meetings: readonly Held[]): TProgrammeFigures {
  const bySex: Record<string, number> = {};
  const byAgeBand: Record<string, number> = {};
  for (const p of current) {
    bySex[p.sex] = (bySex[p.sex] ?? 0) + 1;
    const band = ageBandOf(p.age);
    byAgeBand[band] = (byAgeBand[band] ?? 0) + 1;
  }
  let expected = 0;
  let attended = 0;
  for (const m of meetings) {
    const present = new Set(m.presentIds);
    const members = new Set(memberships.filter((s) => s.from <= m.heldOn && (s.to === null || s.to >= m.heldOn)).map((s) => s.personId));
    expected += members.size;
    for (const id of members) if (present.has(id)) attended += 1;
  }
  return { members: current.length, bySex, byAgeBand, meetingsHeld: meetings.length, attendanceRate: expected ? attended / expected : null };
}
