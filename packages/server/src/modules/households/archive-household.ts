import type { ScopedData } from '../../platform/access/scoped-data.js';
import { notFound } from '../../platform/errors.js';

/** Archive a household: out of lists, nothing deleted; its members and history stay. */
export async function archiveHousehold(data: ScopedData, id: string, reason: string | undefined): Promise<void> {
  const household = await data.selectFrom('household').select(['archived_at', 'version']).where('id', '=', id).executeTakeFirst();
  if (!household) throw notFound();
  if (household.archived_at) return;
  await data.update('household', id, { archived_at: new Date(), version: household.version + 1, updated_at: new Date() }, {
    action: 'archive', details: reason ? { reason } : undefined,
  });
}
