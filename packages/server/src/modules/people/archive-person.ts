import type { ScopedData } from '../../platform/access/scoped-data.js';
import { notFound } from '../../platform/errors.js';

/**
 * Archive a person: they leave lists and searches but nothing is deleted; their households,
 * kin and history stay, and the audit log says who archived them and why. Archiving twice is
 * harmless.
 */
export async function archivePerson(data: ScopedData, id: string, reason: string | undefined): Promise<void> {
  const person = await data.selectFrom('person').select(['archived_at', 'version']).where('id', '=', id).executeTakeFirst();
  if (!person) throw notFound();
  if (person.archived_at) return;
  await data.update('person', id, { archived_at: new Date(), version: person.version + 1, updated_at: new Date() }, {
    action: 'archive', details: reason ? { reason } : undefined,
  });
}
