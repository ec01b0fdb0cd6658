import type { TAttachment } from '@homeward/core';
import type { Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { AttachmentTable } from '../../platform/db/schema.js';
import type { FileStorage } from '../../platform/files/storage.js';
import { notFound } from '../../platform/errors.js';

export const presentAttachment = (row: Selectable<AttachmentTable>): TAttachment => ({
  id: row.id,
  personId: row.person_id,
  caseId: row.case_id,
  kind: row.kind,
  filename: row.filename,
  contentType: row.content_type,
  sizeBytes: row.size_bytes,
  uploadedBy: row.uploaded_by,
  createdAt: new Date(row.created_at).toISOString(),
  archived: row.archived_at !== null,
});

/** A person's attachments (newest first), the person and the list audited as read. */
export async function listPersonAttachments(data: ScopedData, personId: string, includeArchived: boolean): Promise<TAttachment[]> {
  await data.get('person', personId);
  let q = data.selectFrom('attachment').selectAll().where('person_id', '=', personId);
  if (!includeArchived) q = q.where('archived_at', 'is', null);
  const rows = await q.orderBy('created_at', 'desc').orderBy('id').execute();
  await data.auditList('attachment', rows.map((r) => r.id), { personId });
  return rows.map(presentAttachment);
}

/** An attachment's row and bytes, for download: 404 outside scope; the read is audited. */
export async function openAttachment(data: ScopedData, files: FileStorage, id: string): Promise<{ attachment: TAttachment; bytes: Buffer }> {
  const row = await data.get('attachment', id);
  const bytes = await files.get(row.sha256);
  // A row whose file is gone is a storage fault (restored database, lost disk), not the caller's.
  if (!bytes) throw notFound();
  return { attachment: presentAttachment(row), bytes };
}
