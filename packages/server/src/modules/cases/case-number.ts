import { caseNumberPrefix, formatCaseNumber } from '@homeward/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

declare module '../../platform/db/schema.js' {
  interface OrganisationSettings {
    /** 2–6 capitals or digits before each case number; default: the name's initials. */
    caseNumberPrefix?: string;
  }
}

/**
 * The organisation's next case number for `year`. The counter is taken in one statement
 * (`insert … on conflict do update … returning`): the row lock makes concurrent openings take
 * turns, and a rolled-back opening simply leaves a gap.
 */
export async function nextCaseNumber(tx: Kysely<Database>, organisationId: string, year: number): Promise<string> {
  const org = await tx.selectFrom('organisation').select(['name', 'settings']).where('id', '=', organisationId).executeTakeFirstOrThrow();
  const { last } = await tx.insertInto('case_sequence')
    .values({ organisation_id: organisationId, year, last: 1 })
    .onConflict((oc) => oc.columns(['organisation_id', 'year']).doUpdateSet({ last: sql<number>`case_sequence.last + 1` }))
    .returning('last')
    .executeTakeFirstOrThrow();
  return formatCaseNumber(caseNumberPrefix(org.name, org.settings.caseNumberPrefix), year, last);
}
