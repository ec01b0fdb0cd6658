import type { ScopedData } from '../../platform/access/scoped-data.js';
import { notFound } from '../../platform/errors.js';

/**
 * Archive an attachment (uploaded in error, or replaced): it leaves lists, the bytes and the
 * row stay. A person's archived photo is no longer their photo; an archived consent form or
 * signed agreement no longer documents its consent or placement (they show none, so a new one is
 * asked for rather than a file nobody lists).
 */
export async function archiveAttachment(data: ScopedData, id: string): Promise<void> {
  const attachment = await data.selectFrom('attachment').select(['archived_at', 'person_id', 'case_id']).where('id', '=', id).executeTakeFirst();
  if (!attachment) throw notFound();
  if (attachment.archived_at) return;
  await data.update('attachment', id, { archived_at: new Date() }, { action: 'archive' });
  if (attachment.person_id) {
    const person = await data.selectFrom('person').select('photo_attachment_id').where('id', '=', attachment.person_id).executeTakeFirst();
    if (person?.photo_attachment_id === id) {
      await data.update('person', attachment.person_id, { photo_attachment_id: null, updated_at: new Date() }, { action: 'photo.change' });
    }
  }
  if (attachment.case_id) {
    const consents = await data.selectFrom('consent').select('id').where('case_id', '=', attachment.case_id).where('document_attachment_id', '=', id).execute();
    for (const c of consents) await data.update('consent', c.id, { document_attachment_id: null }, { details: { caseId: attachment.case_id } });
    const placements = await data.selectFrom('placement').select(['id', 'version']).where('case_id', '=', attachment.case_id).where('agreement_attachment_id', '=', id).execute();
    for (const p of placements) {
      await data.update('placement', p.id, { agreement_attachment_id: null, version: p.version + 1, updated_at: new Date() }, { details: { caseId: attachment.case_id } });
    }
  }
}
