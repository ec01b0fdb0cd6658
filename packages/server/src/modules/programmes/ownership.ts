import type { ScopedData } from '../../platform/access/scoped-data.js';
import { resolveOwnership } from '../people/ownership.js';
import type { FieldErrors } from '../people/references.js';

/**
 * The team and staff facilitator a new programme record (a club, a network member, a group)
 * belongs to: the facilitator named, or the caller, and that person's first team — the same
 * rule as a caseload, so supervisors see their team's programmes and facilitators their own.
 */
export async function programmeOwnership(data: ScopedData, errors: FieldErrors, facilitatorId: string | undefined) {
  if (facilitatorId && facilitatorId !== data.actor.userId) {
    const user = await data.selectFrom('app_user').select('id')
      .where('id', '=', facilitatorId).where('organisation_id', '=', data.actor.organisationId).where('active', '=', true).executeTakeFirst();
    if (!user) {
      errors.add('facilitatorId', 'validation.user_unknown');
      return { organisation_id: data.actor.organisationId, team_id: null, facilitator_id: data.actor.userId };
    }
  }
  const owner = await resolveOwnership(data, errors, { caseworkerId: facilitatorId ?? data.actor.userId });
  return { organisation_id: owner.organisation_id, team_id: owner.team_id, facilitator_id: owner.caseworker_id };
}

/** A centre of the caller's organisation by id (a club or visit names it; no caseload applies to naming it). */
export async function centreExists(data: ScopedData, centreId: string): Promise<boolean> {
  const row = await data.tx.selectFrom('centre').select('id')
    .where('id', '=', centreId).where('organisation_id', '=', data.actor.organisationId).where('archived_at', 'is', null).executeTakeFirst();
  return !!row;
}
