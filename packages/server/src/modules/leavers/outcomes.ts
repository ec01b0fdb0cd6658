import { todayIso, type TLeaverOutcomes, type TOutcomeWindow } from '@homeward/core';
import { sql } from 'kysely';
import { scopeFilter, scopeSpecs, type ScopedData } from '../../platform/access/scoped-data.js';

/**
 * The windows the outcome report looks in, in months after the leaving-care date (both ends
 * included): "12 months" is any check-in from 9 to 15 months after, "24 months" from 21 to 27.
 */
export const outcomeWindows = [
  { months: 12, fromMonths: 9, toMonths: 15 },
  { months: 24, fromMonths: 21, toMonths: 27 },
] as const;

interface Row {
  months: number;
  housing: string | null;
  education: string | null;
  work: string | null;
  id_documents: string | null;
  people: number | string;
  with_income: number | string;
  income: number | string | null;
}

const bump = (counts: Record<string, number>, key: string | null, n: number) => {
  if (key !== null) counts[key] = (counts[key] ?? 0) + n;
};

/**
 * Outcomes of the care leavers in the caller's scope at 12 and 24 months after leaving care.
 * For each window, everyone whose window has opened by today counts; their latest check-in inside
 * the window (by day, then by when it was recorded) gives their housing, education, work, income
 * and ID documents, and those with none in the window are counted as such. One statement over
 * the members, windows and check-ins; counts only, no one is named.
 */
export async function leaverOutcomes(data: ScopedData): Promise<TLeaverOutcomes> {
  const windows = sql.join(outcomeWindows.map((w) => sql`(${w.months}::int, ${w.fromMonths}::int, ${w.toMonths}::int)`));
  const today = todayIso();
  const inScope = scopeFilter(data.actor, scopeSpecs.leaver_member, 'm');
  const result = await sql<Row>`
    with w(months, from_months, to_months) as (values ${windows}),
    due as (
      select w.months, m.id as member_id,
        (m.left_care_on + make_interval(months => w.from_months))::date as opens_on,
        (m.left_care_on + make_interval(months => w.to_months))::date as closes_on
      from leaver_member m cross join w
      where ${inScope} and m.left_care_on is not null
        and (m.left_care_on + make_interval(months => w.from_months))::date <= ${today}::date
    )
    select due.months, l.housing, l.education, l.work, l.id_documents, count(*) as people,
      count(l.monthly_income_usd) as with_income, sum(l.monthly_income_usd) as income
    from due left join lateral (
      select c.housing, c.education, c.work, c.id_documents, c.monthly_income_usd from leaver_check_in c
      where c.member_id = due.member_id and c.checked_on between due.opens_on and due.closes_on
      order by c.checked_on desc, c.created_at desc limit 1
    ) l on true
    group by due.months, l.housing, l.education, l.work, l.id_documents`.execute(data.tx);
  const undated = await data.selectFrom('leaver_member').select(sql<number>`count(*)`.as('n')).where('left_care_on', 'is', null).executeTakeFirstOrThrow();
  return {
    windows: outcomeWindows.map((w): TOutcomeWindow => {
      const out: TOutcomeWindow = {
        ...w, due: 0, checkedIn: 0, noCheckIn: 0, housing: {}, education: {}, work: {}, idDocuments: {}, meanIncomeUsd: null, withIncome: 0,
      };
      let income = 0;
      for (const r of result.rows.filter((x) => Number(x.months) === w.months)) {
        const n = Number(r.people);
        out.due += n;
        if (r.housing === null) {
          out.noCheckIn += n;
          continue;
        }
        out.checkedIn += n;
        bump(out.housing, r.housing, n);
        bump(out.education, r.education, n);
        bump(out.work, r.work, n);
        bump(out.idDocuments, r.id_documents, n);
        out.withIncome += Number(r.with_income);
        income += Number(r.income ?? 0);
      }
      out.meanIncomeUsd = out.withIncome ? Math.round(income / out.withIncome) : null;
      return out;
    }),
    noLeavingDate: Number(undated.n),
  };
}
