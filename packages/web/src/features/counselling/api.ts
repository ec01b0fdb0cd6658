import {
  ZCounsellingSession, ZLegalMatter, ZPersonCounselling,
  type TChangeLegalMatterStatusRequest, type TCreateCounsellingSessionRequest, type TCreateLegalMatterRequest,
} from '@homeward/core';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const personCounsellingQuery = (personId: string) =>
  queryOptions({ queryKey: ['counselling', personId], queryFn: () => api.get(`/people/${personId}/counselling`, ZPersonCounselling) });

function useCounsellingWrite<V, R>(personId: string, call: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => qc.invalidateQueries({ queryKey: ['counselling', personId] }) });
}

export const useRecordSession = (personId: string) =>
  useCounsellingWrite(personId, (body: TCreateCounsellingSessionRequest) => api.post(`/people/${personId}/counselling-sessions`, ZCounsellingSession, body));
export const useOpenMatter = (personId: string) =>
  useCounsellingWrite(personId, (body: TCreateLegalMatterRequest) => api.post(`/people/${personId}/legal-matters`, ZLegalMatter, body));
export const useChangeMatterStatus = (personId: string) =>
  useCounsellingWrite(personId, ({ id, ...body }: TChangeLegalMatterStatusRequest & { id: string }) => api.post(`/legal-matters/${id}/status`, ZLegalMatter, body));
