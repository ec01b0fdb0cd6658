import { todayIso, type TCreateCentreRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { assertCreatedInScope, resolveOwnership } from '../people/ownership.js';
import { FieldErrors } from '../people/references.js';
import { centreColumns, centreSearchText, checkCentreFields } from './centre-fields.js';

/**
 * Register a centre with its transition record (at the pipeline's first stage), advised by the
 * caller unless another adviser is named. One audited `create` for the centre.
 */
export async function createCentre(data: ScopedData, input: TCreateCentreRequest): Promise<string> {
  const errors = new FieldErrors();
  await checkCentreFields(data, errors, input);
  const owner = await resolveOwnership(data, errors, { caseworkerId: input.caseworkerId });
  errors.throwIfAny();
  const id = crypto.randomUUID();
  const cols = centreColumns(input);
  await data.insert('centre', {
    id, organisation_id: owner.organisation_id, team_id: owner.team_id, caseworker_id: owner.caseworker_id,
    ...cols, name_km: input.nameKm, type: input.type, mosvy_registered: input.mosvyRegistered, mou_status: input.mouStatus,
    name_latin: cols.name_latin ?? null, village_code: cols.village_code ?? null, mosvy_registration_number: cols.mosvy_registration_number ?? null,
    mou_signed_on: cols.mou_signed_on ?? null, mou_expires_on: cols.mou_expires_on ?? null, last_inspection_on: cols.last_inspection_on ?? null,
    capacity: cols.capacity ?? null, director: cols.director ?? null, key_staff: cols.key_staff ?? centreColumns({ keyStaff: [] }).key_staff!,
    donors: cols.donors ?? centreColumns({ donors: [] }).donors!, partner_since: cols.partner_since ?? null, engagement: cols.engagement ?? null,
    notes: cols.notes ?? null, search_text: centreSearchText(input.nameKm, input.nameLatin), created_by: data.actor.userId, archived_at: null,
  }, { parts: { transition: { before: null, after: { endGoal: input.endGoal ?? 'full_transition', stage: 'engagement' } } } });
  await data.tx.insertInto('centre_transition').values({
    id: crypto.randomUUID(), centre_id: id, organisation_id: owner.organisation_id, end_goal: input.endGoal ?? 'full_transition', stage: 'engagement',
    stage_since: todayIso(), risks: null, director_position: null, donor_position: null,
  }).execute();
  await assertCreatedInScope(data, 'centre', id, input.caseworkerId !== undefined);
  return id;
}
