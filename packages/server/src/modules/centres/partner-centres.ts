import type { TUserCentre } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { FieldErrors } from '../people/references.js';

/** The centres a user is linked to (a partner sees exactly these), by name. */
export async function userCentres(data: ScopedData, userId: string): Promise<TUserCentre[]> {
  const user = await data.get('app_user', userId);
  const rows = await data.tx.selectFrom('centre_user as cu').innerJoin('centre as c', 'c.id', 'cu.centre_id')
    .select(['c.id', 'c.name_km', 'c.name_latin']).where('cu.user_id', '=', user.id).where('c.archived_at', 'is', null)
    .orderBy('c.name_km').execute();
  return rows.map((r) => ({ id: r.id, nameKm: r.name_km, nameLatin: r.name_latin }));
}

/**
 * Link a partner account (a centre's director) to the centres they work in, replacing the
 * previous links: from their next request they see those centres and the children recorded
 * under them, and nothing else. Only partners are linked (other roles' scope never reads the
 * links, so a link would mislead), and only to centres of the user's own organisation.
 */
export async function setUserCentres(data: ScopedData, userId: string, centreIds: readonly string[]): Promise<void> {
  const user = await data.get('app_user', userId);
  const wanted = [...new Set(centreIds)];
  const errors = new FieldErrors();
  if (wanted.length && user.role !== 'partner') throw new AppError('validation.failed', 'Only partner accounts are linked to centres', [{ field: 'centreIds', key: 'centres.partner.onlyPartners' }]);
  if (wanted.length) {
    const found = await data.tx.selectFrom('centre').select('id').where('id', 'in', wanted)
      .where('organisation_id', '=', user.organisation_id).where('archived_at', 'is', null).execute();
    if (found.length !== wanted.length) errors.add('centreIds', 'validation.choice');
  }
  errors.throwIfAny();
  const before = (await data.tx.selectFrom('centre_user').select('centre_id').where('user_id', '=', user.id).execute()).map((r) => r.centre_id).sort();
  if (JSON.stringify(before) === JSON.stringify([...wanted].sort())) return;
  await data.tx.deleteFrom('centre_user').where('user_id', '=', user.id).execute();
  if (wanted.length) {
    await data.tx.insertInto('centre_user').values(wanted.map((centre_id) => ({ user_id: user.id, centre_id, organisation_id: user.organisation_id }))).execute();
  }
  await data.audit({ action: 'user.centres', recordType: 'user', recordId: user.id, changes: { centres: { before, after: [...wanted].sort() } } });
}
