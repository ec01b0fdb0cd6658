import type { TCaseChild, TCaseSummary, TRiskLevel, TStage, TUrgency } from '@homeward/core';
import type { RawBuilder, Selectable, SqlBool } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { CaseFileTable } from '../../platform/db/schema.js';
import { notFound } from '../../platform/errors.js';
import { caseOverdueSql } from './overdue.js';

export type CaseRow = Selectable<CaseFileTable>;

/**
 * The case by id, inside the caller's scope, locked for the rest of the transaction so two
 * changes to one case take turns. `record.not_found` outside scope. Writes no audit row: the
 * change that follows writes its own.
 */
export async function lockCase(data: ScopedData, id: string): Promise<CaseRow> {
  const row = await data.selectFrom('case_file').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** Work past its due date on an open case (of the row aliased `c`): see overdue.ts. */
export const overdueExpression = (today: string): RawBuilder<SqlBool> => caseOverdueSql('c', today);

/**
 * Cases in the caller's scope (the scope is applied inside the sub-select `c`) with the child,
 * caseworker and team each list row and page shows.
 */
export function selectCases(data: ScopedData, today: string) {
  return data.tx
    .selectFrom(data.selectFrom('case_file').selectAll().as('c'))
    .innerJoin('person as ch', 'ch.id', 'c.child_id')
    .innerJoin('app_user as cw', 'cw.id', 'c.caseworker_id')
    .leftJoin('team as tm', 'tm.id', 'c.team_id')
    .selectAll('c')
    .select([
      'ch.family_name_km as child_family_name_km', 'ch.given_name_km as child_given_name_km',
      'ch.family_name_latin as child_family_name_latin', 'ch.given_name_latin as child_given_name_latin',
      'ch.nickname as child_nickname', 'ch.sex as child_sex', 'ch.birth_date as child_birth_date',
      'ch.birth_date_estimated as child_birth_date_estimated', 'ch.address_code as child_address_code',
      'cw.name as caseworker_name', 'tm.name as team_name',
      overdueExpression(today).as('overdue'),
    ]);
}

export type CaseListRow = Awaited<ReturnType<ReturnType<typeof selectCases>['executeTakeFirstOrThrow']>>;

export const iso = (d: Date | string): string => new Date(d).toISOString();

/** The child columns of a joined row, prefixed `child_`, as the API shows a child on a case. */
export function presentChild(id: string, r: {
  child_family_name_km: string | null; child_given_name_km: string | null; child_family_name_latin: string | null; child_given_name_latin: string | null;
  child_nickname: string | null; child_sex: string; child_birth_date: string | null; child_birth_date_estimated: boolean; child_address_code: string | null;
}): TCaseChild {
  return {
    id, familyNameKm: r.child_family_name_km, givenNameKm: r.child_given_name_km, familyNameLatin: r.child_family_name_latin,
    givenNameLatin: r.child_given_name_latin, nickname: r.child_nickname, sex: r.child_sex, birthDate: r.child_birth_date,
    birthDateEstimated: r.child_birth_date_estimated, addressCode: r.child_address_code,
  };
}

export function presentCaseSummary(r: CaseListRow): TCaseSummary {
  return {
    id: r.id,
    number: r.number,
    organisationId: r.organisation_id,
    stage: r.stage as TStage,
    riskLevel: r.risk_level as TRiskLevel,
    urgency: r.urgency as TUrgency | null,
    openedOn: r.opened_on,
    closedOn: r.closed_on,
    teamId: r.team_id,
    teamName: r.team_name,
    caseworker: { id: r.caseworker_id, name: r.caseworker_name },
    child: presentChild(r.child_id, r),
    overdue: Boolean(r.overdue),
    updatedAt: iso(r.updated_at),
  };
}
