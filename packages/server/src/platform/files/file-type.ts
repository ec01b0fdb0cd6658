import type { TAttachmentContentType } from '@homeward/core';

const startsWith = (bytes: Uint8Array, signature: ReadonlyArray<number>, offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/**
 * The type of a file from its first bytes ("magic numbers"), or null when it is none of the
 * accepted types. The declared type of an upload is whatever the sender said; these bytes are
 * what a browser or viewer will actually interpret.
 */
export function sniffContentType(bytes: Uint8Array): TAttachmentContentType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  return null;
}

export const isImage = (type: TAttachmentContentType): boolean => type.startsWith('image/');
