import { todayIso, ZCentreStage, type TCentreBoard, type TCentreBoardQuery } from '@homeward/core';
import { sql } from 'kysely';
import { scopeFilter, scopeSpecs, type ScopedData } from '../../platform/access/scoped-data.js';

const limit = 1000;

/** The pipeline board: every centre in the caller's scope with its stage, by province and adviser. */
export async function centreBoard(data: ScopedData, query: TCentreBoardQuery): Promise<TCentreBoard> {
  let rows = data.tx.selectFrom('centre as c').innerJoin('centre_transition as t', 't.centre_id', 'c.id').leftJoin('app_user as u', 'u.id', 'c.caseworker_id')
    .where(scopeFilter(data.actor, scopeSpecs.centre, 'c')).where('c.archived_at', 'is', null)
    .select([
      'c.id', 'c.name_km', 'c.name_latin', 'c.village_code', 't.stage', 't.stage_since', 't.version', 'c.caseworker_id', 'u.name as adviser_name',
      sql<number>`(select count(*) from centre_milestone m where m.centre_id = c.id and m.status = 'open' and m.due_on < ${todayIso()})::int`.as('overdue'),
    ]);
  if (query.province) rows = rows.where('c.village_code', 'like', `${query.province}%`);
  if (query.adviserId) rows = rows.where('c.caseworker_id', '=', query.adviserId);
  const found = await rows.orderBy('c.name_km').orderBy('c.id').limit(limit + 1).execute();
  return {
    truncated: found.length > limit,
    cards: found.slice(0, limit).map((r) => ({
      id: r.id, nameKm: r.name_km, nameLatin: r.name_latin, provinceCode: r.village_code?.slice(0, 2) ?? null, stage: ZCentreStage.parse(r.stage),
      stageSince: r.stage_since, transitionVersion: r.version, adviserId: r.caseworker_id, adviserName: r.adviser_name, overdueMilestones: Number(r.overdue),
    })),
  };
}
