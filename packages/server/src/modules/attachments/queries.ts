import type { TAttachment } from '@homeward/core';
import { sql, type Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { AttachmentTable } from '../../platform/db/schema.js';
import type { FileStorage } from '../../platform/files/storage.js';
import { notFound } from '../../platform/errors.js';

export const presentAttachment = (row: Selectable<AttachmentTable> & { consent_id?: string | null; placement_id?: string | null }): TAttachment => ({
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
  ...(row.case_id ? { consentId: row.consent_id ?? null, placementId: row.placement_id ?? null } : {}),
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

/**
 * A case's attachments in scope, each with the consent or placement of the case it documents
 * (the record points at the file, so one look-up each; the newest record wins if several do).
 */
export const selectCaseAttachments = (data: ScopedData, caseId: string) =>
  data.selectFrom('attachment').selectAll('attachment').select([
    sql<string | null>`(select c.id from consent c where c.case_id = attachment.case_id and c.document_attachment_id = attachment.id order by c.created_at desc limit 1)`.as('consent_id'),
    sql<string | null>`(select p.id from placement p where p.case_id = attachment.case_id and p.agreement_attachment_id = attachment.id order by p.created_at desc limit 1)`.as('placement_id'),
  ]).where('attachment.case_id', '=', caseId);

/** A case's attachments (newest first), the case and the list audited as read. */
export async function listCaseAttachments(data: ScopedData, caseId: string, includeArchived: boolean): Promise<TAttachment[]> {
  await data.get('case_file', caseId);
  let q = selectCaseAttachments(data, caseId);
  if (!includeArchived) q = q.where('attachment.archived_at', 'is', null);
  const rows = await q.orderBy('attachment.created_at', 'desc').orderBy('attachment.id').execute();
  await data.auditList('attachment', rows.map((r) => r.id), { caseId });
  return rows.map(presentAttachment);
}

/** One attachment as lists show it (a case's with the record it documents). */
export async function loadAttachment(data: ScopedData, id: string): Promise<TAttachment> {
  const row = await data.selectFrom('attachment').select('case_id').where('id', '=', id).executeTakeFirstOrThrow();
  if (row.case_id) return presentAttachment(await selectCaseAttachments(data, row.case_id).where('attachment.id', '=', id).executeTakeFirstOrThrow());
  return presentAttachment(await data.selectFrom('attachment').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
}

/** An attachment's row and bytes, for download: 404 outside scope; the read is audited. */
export async function openAttachment(data: ScopedData, files: FileStorage, id: string): Promise<{ attachment: TAttachment; bytes: Buffer }> {
  const row = await data.get('attachment', id);
  const bytes = await files.get(row.sha256);
  // A row whose file is gone is a storage fault (restored database, lost disk), not the caller's.
  if (!bytes) throw notFound();
  return { attachment: presentAttachment(row), bytes };
}
