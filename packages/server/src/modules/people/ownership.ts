import { sql } from 'kysely';
import type { ScopedData, ScopedTable } from '../../platform/access/scoped-data.js';
import { AppError, forbidden } from '../../platform/errors.js';
import type { FieldErrors } from './references.js';

/** Whose caseload a new person or household joins. */
export interface Ownership {
  organisation_id: string;
  team_id: string | null;
  caseworker_id: string;
  centre_id: string | null;
}

/**
 * The owner of a new record: the caseworker named, or the caller; the team named, or that
 * caseworker's first team (by name). Both must belong to the caller's organisation.
 */
export async function resolveOwnership(data: ScopedData, errors: FieldErrors, input: { caseworkerId?: string; teamId?: string }): Promise<Ownership> {
  const actor = data.actor;
  const organisationId = actor.organisationId;
  const caseworkerId = input.caseworkerId ?? actor.userId;
  if (input.caseworkerId && input.caseworkerId !== actor.userId) {
    const user = await data.selectFrom('app_user').select('id')
      .where('id', '=', input.caseworkerId).where('organisation_id', '=', organisationId).where('active', '=', true).executeTakeFirst();
    if (!user) errors.add('caseworkerId', 'validation.user_unknown');
  }
  let teamId: string | null = null;
  if (input.teamId) {
    const team = await data.selectFrom('team').select('id')
      .where('id', '=', input.teamId).where('organisation_id', '=', organisationId).where('archived_at', 'is', null).executeTakeFirst();
    if (!team) errors.add('teamId', 'validation.team_unknown');
    teamId = input.teamId;
  } else {
    // A team the caller shares with the caseworker comes first, so a supervisor assigning
    // within their team keeps the record in view.
    // (A bare constant in ORDER BY would be read as a column position, so with no teams of
    // the caller's own the preference is left out altogether.)
    let teams = data.tx.selectFrom('team_member as tm').innerJoin('team as t', 't.id', 'tm.team_id').select('t.id')
      .where('tm.user_id', '=', caseworkerId).where('t.organisation_id', '=', organisationId).where('t.archived_at', 'is', null);
    if (actor.teamIds.length) teams = teams.orderBy(sql`case when t.id = any(${sql.val(actor.teamIds)}::uuid[]) then 0 else 1 end`);
    const first = await teams.orderBy('t.name').orderBy('t.id').limit(1).executeTakeFirst();
    teamId = first?.id ?? null;
  }
  // A partner's records belong to their centre (once partners have centres).
  const centreId = actor.scope === 'centre' ? (actor.centreIds[0] ?? null) : null;
  return { organisation_id: organisationId, team_id: teamId, caseworker_id: caseworkerId, centre_id: centreId };
}

/**
 * Refuse a new record the caller could not see afterwards (a caseworker registering a child
 * into someone else's caseload): checked in SQL with the caller's own scope, so the rule is
 * exactly the one every read applies. Throwing rolls the insert back.
 */
export async function assertCreatedInScope(data: ScopedData, table: ScopedTable, id: string, ownerNamed: boolean): Promise<void> {
  const row = await data.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  if (row) return;
  if (!ownerNamed) throw forbidden();
  throw new AppError('validation.failed', 'The record would be outside your caseload', [{ field: 'caseworkerId', key: 'validation.owner_outside_scope' }]);
}
