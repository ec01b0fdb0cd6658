import type { ScopedData } from '../../platform/access/scoped-data.js';
import { notFound } from '../../platform/errors.js';

/**
 * Archive an attachment (uploaded in error, or replaced): it leaves lists, the bytes and the
 * row stay. A person's archived photo is no longer their photo.
 */
export async function archiveAttachment(data: ScopedData, id: string): Promise<void> {
  const attachment = await data.selectFrom('attachment').select(['archived_at', 'person_id']).where('id', '=', id).executeTakeFirst();
  if (!attachment) throw notFound();
  if (attachment.archived_at) return;
  await data.update('attachment', id, { archived_at: new Date() }, { action: 'archive' });
  if (attachment.person_id) {
    const person = await data.selectFrom('person').select('photo_attachment_id').where('id', '=', attachment.person_id).executeTakeFirst();
    if (person?.photo_attachment_id === id) {
      await data.update('person', attachment.person_id, { photo_attachment_id: null, updated_at: new Date() }, { action: 'photo.change' });
    }
  }
}
