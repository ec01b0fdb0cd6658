import type { ScopedData } from '../../platform/access/scoped-data.js';
import { notFound } from '../../platform/errors.js';

/** End a relation recorded in error or no longer true: archived, never deleted; from either side. */
export async function archiveRelation(data: ScopedData, personId: string, relationId: string): Promise<void> {
  await data.get('person', personId);
  const relation = await data.tx.selectFrom('person_relation').selectAll().where('id', '=', relationId)
    .where((eb) => eb.or([eb('person_id', '=', personId), eb('relative_id', '=', personId)])).executeTakeFirst();
  if (!relation) throw notFound();
  if (relation.archived_at) return;
  await data.tx.updateTable('person_relation').set({ archived_at: new Date() }).where('id', '=', relationId).execute();
  const link = { relationId, personId: relation.person_id, relativeId: relation.relative_id, relationship: relation.relationship };
  for (const recordId of [relation.person_id, relation.relative_id]) {
    await data.audit({ action: 'relation.archive', recordType: 'person', recordId, changes: { relation: { before: link, after: null } } });
  }
}
