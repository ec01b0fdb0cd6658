import { centreStages, todayIso, trainingAudiences, ZCentreStage, type TCentresDashboard } from '@homeward/core';
import { sql } from 'kysely';
import { scopeFilter, scopeSpecs, type ScopedData } from '../../platform/access/scoped-data.js';
import { outreachEventScope, trainingEventScope } from './event-tables.js';

/** The first day of the quarter `day` falls in. */
export function quarterStart(day: string): string {
  const month = Number(day.slice(5, 7));
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  return `${day.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
}

/**
 * Figures over the centres the caller sees, never a child's record: centres per stage and per
 * province, centres that moved stage this quarter, children reintegrated from each centre, and
 * training and outreach participants by sex. Children are counted through the centre's scope
 * (not the children's caseloads), so a viewer, who may see no child, still sees how many went
 * home from each centre.
 */
export async function centresDashboard(data: ScopedData): Promise<TCentresDashboard> {
  const tx = data.tx;
  const inScope = scopeFilter(data.actor, scopeSpecs.centre, 'c');
  const since = quarterStart(todayIso());
  const [stages, moved, provinces, reintegrated, training, outreach] = await Promise.all([
    tx.selectFrom('centre as c').innerJoin('centre_transition as t', 't.centre_id', 'c.id').where(inScope).where('c.archived_at', 'is', null)
      .select(['t.stage', sql<number>`count(*)::int`.as('n')]).groupBy('t.stage').execute(),
    tx.selectFrom('centre as c').where(inScope).where('c.archived_at', 'is', null)
      .where(({ exists, selectFrom }) => exists(selectFrom('centre_stage_change as h').select('h.id').whereRef('h.centre_id', '=', 'c.id').where('h.changed_on', '>=', since)))
      .select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
    tx.selectFrom('centre as c').where(inScope).where('c.archived_at', 'is', null).where('c.village_code', 'is not', null)
      .select([sql<string>`left(c.village_code, 2)`.as('province'), sql<number>`count(*)::int`.as('n')]).groupBy(sql`left(c.village_code, 2)`).execute(),
    tx.selectFrom('centre as c').innerJoin('placement as pl', (j) => j.onRef('pl.carer_centre_id', '=', 'c.id').onRef('pl.organisation_id', '=', 'c.organisation_id'))
      .where(inScope).where('c.archived_at', 'is', null).where('pl.status', '=', 'ended')
      .where(sql<boolean>`exists (select 1 from placement o where o.case_id = pl.case_id and o.status = 'active' and o.care_type <> 'rcc'
        and (o.carer_centre_id is null or o.carer_centre_id <> c.id))`)
      .where(sql<boolean>`not exists (select 1 from placement a where a.case_id = pl.case_id and a.status = 'active' and a.carer_centre_id = c.id)`)
      .select(['c.id', 'c.name_km', 'c.name_latin', sql<number>`count(distinct pl.case_id)::int`.as('n')])
      .groupBy(['c.id', 'c.name_km', 'c.name_latin']).orderBy(sql`count(distinct pl.case_id)`, 'desc').orderBy('c.name_km').limit(50).execute(),
    tx.selectFrom('training_participant as p').innerJoin('training_event as e', 'e.id', 'p.event_id')
      .where(trainingEventScope(data.actor, 'e')).where('e.archived_at', 'is', null)
      .select(['p.audience', sql<string>`coalesce(p.sex, 'unknown')`.as('sex'), sql<number>`count(*)::int`.as('n')])
      .groupBy(['p.audience', sql`coalesce(p.sex, 'unknown')`]).execute(),
    sql<{ female: number; male: number; events: number }>`select coalesce(sum((x->>'female')::int), 0)::int as female, coalesce(sum((x->>'male')::int), 0)::int as male,
        count(distinct e.id)::int as events
      from outreach_event e left join lateral jsonb_array_elements(e.participants) x on true
      where ${outreachEventScope(data.actor, 'e')} and e.archived_at is null`.execute(tx),
  ]);
  const perStage = new Map(stages.map((s) => [s.stage, Number(s.n)]));
  const cell = (audience: string, sex: string) => Number(training.find((r) => r.audience === audience && r.sex === sex)?.n ?? 0);
  const o = outreach.rows[0];
  return {
    perStage: centreStages.map((stage) => ({ stage: ZCentreStage.parse(stage), centres: perStage.get(stage) ?? 0 })),
    movedThisQuarter: Number(moved.n),
    quarterStart: since,
    perProvince: provinces.map((p) => ({ provinceCode: p.province, centres: Number(p.n) })).sort((a, b) => a.provinceCode.localeCompare(b.provinceCode)),
    reintegratedByCentre: reintegrated.map((r) => ({ centreId: r.id, nameKm: r.name_km, nameLatin: r.name_latin, reintegrated: Number(r.n) })),
    trainingParticipants: trainingAudiences.map((audience) => ({ audience, female: cell(audience, 'female'), male: cell(audience, 'male'), unknown: cell(audience, 'unknown') })),
    outreachParticipants: { female: Number(o?.female ?? 0), male: Number(o?.male ?? 0), events: Number(o?.events ?? 0) },
  };
}
