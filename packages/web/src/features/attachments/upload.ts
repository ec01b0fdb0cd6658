import { ZAttachment, type TAttachment } from '@homeward/core';
import { ApiError, NETWORK_ERROR_KEY, toErrorBody } from '../../lib/api';

/** Where an attachment's file is fetched: only through the API, which checks access and audits the read. */
export const attachmentUrl = (id: string): string => `/api/attachments/${encodeURIComponent(id)}`;

/**
 * Send one file as multipart/form-data to `url` (the JSON client does not carry files); the
 * kind and any link travel in the query string, as the API reads them.
 */
export async function uploadFile(url: string, query: Record<string, string | undefined>, file: Blob, filename: string): Promise<TAttachment> {
  const body = new FormData();
  body.append('file', file, filename);
  const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined));
  let response: Response;
  try {
    response = await fetch(`${url}?${params.toString()}`, { method: 'POST', credentials: 'same-origin', headers: { accept: 'application/json' }, body });
  } catch {
    throw new ApiError(0, { code: 'internal', key: NETWORK_ERROR_KEY, message: 'Network error' });
  }
  let payload: unknown;
  try {
    payload = await response.json();
  } catch {
    payload = undefined;
  }
  if (!response.ok) throw new ApiError(response.status, toErrorBody(response.status, payload));
  const parsed = ZAttachment.safeParse(payload);
  if (!parsed.success) throw new ApiError(response.status, { code: 'internal', key: 'errors.internal', message: 'Unexpected response' });
  return parsed.data;
}
