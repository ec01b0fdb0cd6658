import type { ScopedData } from '../../platform/access/scoped-data.js';
import type { FileStorage } from '../../platform/files/storage.js';
import type { Upload } from '../../platform/files/uploads.js';
import { storeAttachment } from '../attachments/store-attachment.js';
import { ownershipOfRow } from './person-ref.js';
import { invalid, lockScholarship } from './scholarship-access.js';

/**
 * Attach a certificate: stored as one of the young person's papers (kind certificate, so it also
 * shows among their documents) and linked to the scholarship it proves. Only once training has begun.
 */
export async function attachCertificate(data: ScopedData, files: FileStorage, id: string, upload: Upload): Promise<string> {
  const row = await lockScholarship(data, id);
  if (row.status !== 'in_training' && row.status !== 'completed') throw invalid({ field: 'file', key: 'scholarships.errors.certificate_too_early' });
  const owner = ownershipOfRow(row);
  const attachmentId = await storeAttachment(data, files, { owner, personId: row.person_id, caseId: null }, 'certificate', upload);
  await data.insert('scholarship_certificate', { ...owner, id: crypto.randomUUID(), scholarship_id: id, attachment_id: attachmentId });
  return attachmentId;
}
