import { todayIso } from '@homeward/core';
import { can, roles, type FieldError, type Role } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError, forbidden } from '../../platform/errors.js';

/** Field errors gathered over a whole request, so the form shows every problem at once. */
export class FieldErrors {
  private readonly list: FieldError[] = [];
  add(field: string, key: string): void {
    this.list.push({ field, key });
  }
  throwIfAny(): void {
    if (this.list.length) throw new AppError('validation.failed', 'The request is not valid', this.list);
  }
}

export const fieldError = (field: string, key: string): AppError => new AppError('validation.failed', 'The request is not valid', [{ field, key }]);

/**
 * Today in Cambodia ('YYYY-MM-DD'). Dates people record (a referral, a visit) are local dates; a
 * visit written up at 6 a.m. in Phnom Penh is still "yesterday" in UTC.
 */
export const localToday = (now: Date = new Date()): string => todayIso(now);

/** Recorded events cannot be dated in the future. */
export function checkNotFuture(errors: FieldErrors, field: string, date: string | null | undefined): void {
  if (date && date > localToday()) errors.add(field, 'validation.date_in_future');
}

/**
 * Every value must be an active entry of the organisation's lookup `list`. Values in `keep`
 * (what the record holds already) stay valid even after an administrator retires them.
 */
export async function checkLookups(
  data: ScopedData, errors: FieldErrors, organisationId: string, list: string, field: string,
  values: ReadonlyArray<string | null | undefined>, keep: ReadonlyArray<string | null> = [],
): Promise<void> {
  const wanted = [...new Set(values.filter((v): v is string => !!v && !keep.includes(v)))];
  if (!wanted.length) return;
  const found = await data.selectFrom('lookup').select('value')
    .where('organisation_id', '=', organisationId).where('list', '=', list).where('active', '=', true).where('value', 'in', wanted).execute();
  const have = new Set(found.map((r) => r.value));
  if (wanted.some((v) => !have.has(v))) errors.add(field, 'validation.lookup_unknown');
}

/** A place recorded on a note or case is a village of the gazetteer. */
export async function checkVillage(data: ScopedData, errors: FieldErrors, field: string, code: string | null | undefined): Promise<void> {
  if (!code) return;
  // Places are public reference data, not organisation records: no scope applies.
  const place = await data.tx.selectFrom('place').select('code').where('code', '=', code).where('level', '=', 'village').executeTakeFirst();
  if (!place) errors.add(field, 'validation.village_unknown');
}

export interface Assignment {
  caseworkerId: string;
  teamId: string | null;
}

const isRole = (r: string): r is Role => (roles as readonly string[]).includes(r);

/**
 * Who holds a case: `caseworkerId` (default the caller) must be an active member of staff of the
 * case's organisation whose role may work on cases; someone other than the caller only with
 * `case.assign`. The team is `teamId` (one of the caseworker's teams) or, by default, a team the
 * caseworker shares with the caller, else the caseworker's first team, else none. A supervisor
 * assigns only within their own teams, so the case stays in their sight.
 */
export async function resolveAssignment(
  data: ScopedData, organisationId: string, input: { caseworkerId?: string | undefined; teamId?: string | undefined },
): Promise<Assignment> {
  const actor = data.actor;
  const caseworkerId = input.caseworkerId ?? actor.userId;
  if (caseworkerId !== actor.userId && !can(actor.role, 'case.assign')) throw forbidden();
  // Staff accounts are checked, not shown: a caseworker may name a colleague without user.read.
  const user = await data.tx.selectFrom('app_user').select(['id', 'role', 'active'])
    .where('id', '=', caseworkerId).where('organisation_id', '=', organisationId).executeTakeFirst();
  if (!user || !user.active || !isRole(user.role) || !can(user.role, 'case.write')) throw fieldError('caseworkerId', 'validation.caseworker_invalid');
  const teams = (await data.tx.selectFrom('team_member as tm').innerJoin('team as t', 't.id', 'tm.team_id').select('t.id')
    .where('tm.user_id', '=', caseworkerId).where('t.organisation_id', '=', organisationId).where('t.archived_at', 'is', null)
    .orderBy('t.name').orderBy('t.id').execute()).map((r) => r.id);
  let teamId: string | null;
  if (input.teamId) {
    if (!teams.includes(input.teamId)) throw fieldError('teamId', 'validation.team_invalid');
    teamId = input.teamId;
  } else {
    teamId = teams.find((t) => actor.teamIds.includes(t)) ?? teams[0] ?? null;
  }
  if (actor.scope === 'team' && caseworkerId !== actor.userId && (teamId === null || !actor.teamIds.includes(teamId))) {
    throw fieldError('caseworkerId', 'validation.caseworker_not_in_team');
  }
  return { caseworkerId, teamId };
}

/** A unique-index violation from the one-open-case-per-child index, from either driver. */
export function isOpenCaseConflict(err: unknown): boolean {
  const e = err as { code?: string; constraint?: string; message?: string };
  return e.code === '23505' && (e.constraint === 'case_file_one_open_key' || (e.message ?? '').includes('case_file_one_open_key'));
}

export const alreadyOpen = (): AppError =>
  new AppError('case.already_open', 'The child has an open case in this organisation', [{ field: 'childId', key: 'errors.case.already_open' }]);
