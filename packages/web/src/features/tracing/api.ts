import {
  ZMatchResponse, ZTracingAttempt, ZTracingRequest, type TChangeTracingStatusRequest, type TCreateTracingAttemptRequest, type TCreateTracingRequest, type TMatchRequest,
  type TRecordFoundRelativeRequest, type TUpdateTracingRequest,
} from '@homeward/core';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../lib/api';

export const tracingRequestsQuery = (caseId: string) =>
  queryOptions({ queryKey: ['cases', caseId, 'tracing'], queryFn: () => api.get(`/cases/${caseId}/tracing-requests`, z.array(ZTracingRequest)) });

/** The matcher's possible matches for what a request knows (POST /api/tracing/match). */
export const tracingMatchesQuery = (requestId: string, body: TMatchRequest | null) =>
  queryOptions({
    queryKey: ['tracing', 'matches', requestId, body],
    queryFn: () => api.post('/tracing/match', ZMatchResponse, body),
    enabled: body !== null,
    staleTime: 60_000,
  });

/** The matcher over free text typed in a search box, either script (POST /api/tracing/match). */
export const textMatchesQuery = (text: string) =>
  queryOptions({
    queryKey: ['tracing', 'matches', 'text', text],
    queryFn: () => api.post('/tracing/match', ZMatchResponse, { text, limit: 10 }),
    // A name is needed: digits alone (an age, a code) are refused by the API.
    enabled: /\p{L}/u.test(text),
    staleTime: 60_000,
  });

/** Every tracing write refreshes the case (its tabs, and the people and households a found relative joins). */
function useTracingMutation<V, R>(caseId: string, fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['cases', caseId] });
      await qc.invalidateQueries({ queryKey: ['people'] });
      await qc.invalidateQueries({ queryKey: ['households'] });
    },
  });
}

export const useCreateTracingRequest = (caseId: string) =>
  useTracingMutation(caseId, (body: TCreateTracingRequest) => api.post(`/cases/${caseId}/tracing-requests`, ZTracingRequest, body));
export const useUpdateTracingRequest = (caseId: string) =>
  useTracingMutation(caseId, ({ id, ...body }: TUpdateTracingRequest & { id: string }) => api.patch(`/tracing-requests/${id}`, ZTracingRequest, body));
export const useAddTracingAttempt = (caseId: string) =>
  useTracingMutation(caseId, ({ id, ...body }: TCreateTracingAttemptRequest & { id: string }) => api.post(`/tracing-requests/${id}/attempts`, ZTracingAttempt, body));
export const useChangeTracingStatus = (caseId: string) =>
  useTracingMutation(caseId, ({ id, ...body }: TChangeTracingStatusRequest & { id: string }) => api.post(`/tracing-requests/${id}/status`, ZTracingRequest, body));
export const useRecordFoundRelative = (caseId: string) =>
  useTracingMutation(caseId, ({ id, ...body }: TRecordFoundRelativeRequest & { id: string }) => api.post(`/tracing-requests/${id}/found`, ZTracingRequest, body));
