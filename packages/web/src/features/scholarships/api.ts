import {
  ZPage, ZScholarship, ZScholarshipFigures, ZScholarshipSummary,
  type TAddCheckInRequest, type TAddDisbursementRequest, type TCreateScholarshipRequest, type TMoveScholarshipRequest, type TRecordScholarshipOutcomeRequest,
  type TScholarship, type TScholarshipStatus, type TUpdateScholarshipRequest,
} from '@homeward/core';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, NETWORK_ERROR_KEY, api, toErrorBody } from '../../lib/api';

export const scholarshipsQuery = (f: { status?: TScholarshipStatus; page: number }) =>
  queryOptions({
    queryKey: ['scholarships', 'list', f],
    queryFn: ({ signal }) => api.get('/scholarships', ZPage(ZScholarshipSummary), { status: f.status, page: f.page, pageSize: 25 }, signal),
    placeholderData: keepPreviousData,
  });
export const scholarshipFiguresQuery = queryOptions({ queryKey: ['scholarships', 'figures'], queryFn: () => api.get('/scholarships/figures', ZScholarshipFigures) });
export const scholarshipQuery = (id: string) => queryOptions({ queryKey: ['scholarships', 'one', id], queryFn: () => api.get(`/scholarships/${id}`, ZScholarship) });

/** Each write answers with the whole scholarship, which replaces the cached one. */
function useScholarshipWrite<V>(call: (v: V) => Promise<TScholarship>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async (s) => {
      qc.setQueryData(scholarshipQuery(s.id).queryKey, s);
      await qc.invalidateQueries({ queryKey: ['scholarships', 'list'] });
      await qc.invalidateQueries({ queryKey: ['scholarships', 'figures'] });
    },
  });
}

export const useCreateScholarship = () => useScholarshipWrite((body: TCreateScholarshipRequest) => api.post('/scholarships', ZScholarship, body));
export const useUpdateScholarship = (id: string) => useScholarshipWrite((body: TUpdateScholarshipRequest) => api.patch(`/scholarships/${id}`, ZScholarship, body));
export const useMoveScholarship = (id: string) => useScholarshipWrite((body: TMoveScholarshipRequest) => api.post(`/scholarships/${id}/status`, ZScholarship, body));
export const useRecordOutcome = (id: string) => useScholarshipWrite((body: TRecordScholarshipOutcomeRequest) => api.post(`/scholarships/${id}/outcome`, ZScholarship, body));
export const useAddDisbursement = (id: string) => useScholarshipWrite((body: TAddDisbursementRequest) => api.post(`/scholarships/${id}/disbursements`, ZScholarship, body));
export const useAddCheckIn = (id: string) => useScholarshipWrite((body: TAddCheckInRequest) => api.post(`/scholarships/${id}/check-ins`, ZScholarship, body));

/** A certificate goes as multipart (the JSON client does not carry files). */
export const useUploadCertificate = (id: string) =>
  useScholarshipWrite(async (file: File) => {
    const body = new FormData();
    body.append('file', file, file.name);
    let response: Response;
    try {
      response = await fetch(`/api/scholarships/${encodeURIComponent(id)}/certificates`, { method: 'POST', credentials: 'same-origin', headers: { accept: 'application/json' }, body });
    } catch {
      throw new ApiError(0, { code: 'internal', key: NETWORK_ERROR_KEY, message: 'Network error' });
    }
    const payload: unknown = await response.json().catch(() => undefined);
    if (!response.ok) throw new ApiError(response.status, toErrorBody(response.status, payload));
    return ZScholarship.parse(payload);
  });
