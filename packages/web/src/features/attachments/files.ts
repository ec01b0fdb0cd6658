import { ATTACHMENT_MAX_BYTES, attachmentContentTypes, type TAttachmentKind } from '@homeward/core';
import type { Message } from '../../lib/messages';

/**
 * The checks the server makes on an upload, made first in the browser so a caseworker on a slow
 * connection learns at once that a file is too large or of the wrong type. The server checks the
 * bytes themselves again; this only reads what the browser says.
 */

const byExtension: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', pdf: 'application/pdf' };

/** The type a file says it is, or what its name suggests when the browser does not know. */
export function declaredType(file: { name: string; type: string }): string {
  if (file.type) return file.type;
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return byExtension[ext] ?? '';
}

export const isImageType = (type: string): boolean => type.startsWith('image/');

/** Null when the file may be sent; otherwise why not, as a message. */
export function checkFile(file: { name: string; type: string; size: number }, kind: TAttachmentKind): Message | null {
  const type = declaredType(file);
  if (!(attachmentContentTypes as readonly string[]).includes(type)) return { key: 'attachments.errors.type' };
  if (kind === 'photo' && !isImageType(type)) return { key: 'attachments.errors.photoType' };
  if (file.size > ATTACHMENT_MAX_BYTES) return { key: 'attachments.errors.tooLarge', params: { max: Math.round(ATTACHMENT_MAX_BYTES / (1024 * 1024)) } };
  if (file.size === 0) return { key: 'attachments.errors.empty' };
  return null;
}

/** What the file picker offers. */
export const acceptFor = (kind: TAttachmentKind): string => (kind === 'photo' ? 'image/jpeg,image/png,image/webp' : attachmentContentTypes.join(','));
