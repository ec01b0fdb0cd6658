import {
  ZHousehold, ZHouseholdSummary, ZPage,
  type TAddHouseholdMemberRequest, type TArchiveRequest, type TCreateHouseholdRequest, type THousehold,
  type TUpdateHouseholdMemberRequest, type TUpdateHouseholdRequest,
} from '@homeward/core';
import { keepPreviousData, queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export interface HouseholdsFilter {
  q?: string;
  archived?: boolean;
  page: number;
  pageSize?: number;
}

const ZHouseholdsPage = ZPage(ZHouseholdSummary);

export const householdsQuery = (f: HouseholdsFilter) =>
  queryOptions({
    queryKey: ['households', 'list', f],
    queryFn: ({ signal }) =>
      api.get('/households', ZHouseholdsPage, { q: f.q, includeArchived: f.archived ? 'true' : undefined, page: f.page, pageSize: f.pageSize ?? 25 }, signal),
    placeholderData: keepPreviousData,
  });

export const householdQuery = (id: string) => queryOptions({ queryKey: ['households', 'one', id], queryFn: () => api.get(`/households/${id}`, ZHousehold) });

/** A household change shows on its members' pages too (their households and kin). */
const refresh = async (qc: QueryClient, household: THousehold) => {
  qc.setQueryData(householdQuery(household.id).queryKey, household);
  await qc.invalidateQueries({ queryKey: ['households', 'list'] });
  await qc.invalidateQueries({ queryKey: ['people'] });
};

export function useCreateHousehold() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateHouseholdRequest) => api.post('/households', ZHousehold, body),
    onSuccess: (h) => refresh(qc, h),
  });
}

export function useUpdateHousehold() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: TUpdateHouseholdRequest & { id: string }) => api.patch(`/households/${id}`, ZHousehold, body),
    onSuccess: (h) => refresh(qc, h),
  });
}

export function useArchiveHousehold() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: TArchiveRequest & { id: string }) => api.post(`/households/${id}/archive`, ZHousehold, body),
    onSuccess: (h) => refresh(qc, h),
  });
}

export function useAddMember() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ householdId, ...body }: TAddHouseholdMemberRequest & { householdId: string }) => api.post(`/households/${householdId}/members`, ZHousehold, body),
    onSuccess: (h) => refresh(qc, h),
  });
}

export function useUpdateMember() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ householdId, memberId, ...body }: TUpdateHouseholdMemberRequest & { householdId: string; memberId: string }) =>
      api.patch(`/households/${householdId}/members/${memberId}`, ZHousehold, body),
    onSuccess: (h) => refresh(qc, h),
  });
}
