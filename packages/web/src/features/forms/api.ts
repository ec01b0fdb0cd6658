import { ZCaseForms, type TFormLanguage } from '@homeward/core';
import { queryOptions } from '@tanstack/react-query';
import { api, ApiError, NETWORK_ERROR_KEY, toErrorBody } from '../../lib/api';

/** The six MoSVY forms of a case: ready, or what each still needs. Refreshed with the case. */
export const caseFormsQuery = (caseId: string) =>
  queryOptions({ queryKey: ['cases', caseId, 'forms'], queryFn: ({ signal }) => api.get(`/cases/${caseId}/forms`, ZCaseForms, undefined, signal) });

/** Where a form's PDF is served (same origin, the session cookie authorises it). */
export const formPdfUrl = (caseId: string, form: number, lang: TFormLanguage): string => `/api/cases/${caseId}/forms/${form}.pdf?lang=${lang}`;

/** The file name the server gives the PDF, or a sensible one. */
function filenameOf(response: Response, form: number, lang: TFormLanguage): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
  return match?.[1] ?? `mosvy-form-${form}-${lang}.pdf`;
}

/**
 * Fetch a form's PDF and hand it to the browser as a download. Fetched rather than linked, so
 * a refusal (a form still missing something, printing unavailable) reaches the page as an
 * `ApiError` shown in the user's language, not as JSON in a new tab.
 */
export async function downloadFormPdf(caseId: string, form: number, lang: TFormLanguage): Promise<void> {
  let response: Response;
  try {
    response = await fetch(formPdfUrl(caseId, form, lang), { credentials: 'same-origin', headers: { accept: 'application/pdf, application/json' } });
  } catch {
    throw new ApiError(0, { code: 'internal', key: NETWORK_ERROR_KEY, message: 'Network error' });
  }
  if (!response.ok) {
    let payload: unknown;
    try {
      payload = await response.json();
    } catch {
      payload = undefined;
    }
    throw new ApiError(response.status, toErrorBody(response.status, payload));
  }
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = filenameOf(response, form, lang);
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    // Give the browser a moment to start the download before the blob goes.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
