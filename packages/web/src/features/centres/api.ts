import {
  ZCentre, ZCentreChildren, ZCentreSummary, ZOverdueMilestone, ZPage, ZTimelineEntry,
  type TAddActivityRequest, type TAddCentreCountRequest, type TAddMilestoneRequest, type TCentre, type TCentreStage, type TCreateCentreRequest,
  type TMoveCentreStageRequest, type TUpdateCentreRequest, type TUpdateMilestoneRequest, type TUpdateTransitionRequest,
} from '@homeward/core';
import { keepPreviousData, queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../lib/api';

export interface CentresFilter {
  q?: string;
  stage?: TCentreStage;
  province?: string;
  page: number;
  pageSize?: number;
}

const ZCentresPage = ZPage(ZCentreSummary);

export const centresQuery = (f: CentresFilter) =>
  queryOptions({
    queryKey: ['centres', 'list', f],
    queryFn: ({ signal }) => api.get('/centres', ZCentresPage, { q: f.q, stage: f.stage, province: f.province, page: f.page, pageSize: f.pageSize ?? 25 }, signal),
    placeholderData: keepPreviousData,
  });

export const centreQuery = (id: string) => queryOptions({ queryKey: ['centres', 'one', id], queryFn: () => api.get(`/centres/${id}`, ZCentre) });
export const centreChildrenQuery = (id: string) => queryOptions({ queryKey: ['centres', 'children', id], queryFn: () => api.get(`/centres/${id}/children`, ZCentreChildren) });
export const centreTimelineQuery = (id: string) => queryOptions({ queryKey: ['centres', 'timeline', id], queryFn: () => api.get(`/centres/${id}/timeline`, z.array(ZTimelineEntry)) });
export const overdueMilestonesQuery = queryOptions({ queryKey: ['centres', 'overdue'], queryFn: () => api.get('/centres/milestones/overdue', z.array(ZOverdueMilestone)) });

const refresh = async (qc: QueryClient, centre: TCentre) => {
  qc.setQueryData(centreQuery(centre.id).queryKey, centre);
  await qc.invalidateQueries({ queryKey: ['centres', 'list'] });
  await qc.invalidateQueries({ queryKey: ['centres', 'timeline', centre.id] });
  await qc.invalidateQueries({ queryKey: ['centres', 'overdue'] });
};

/** One mutation per centre write; each answers with the whole centre, which replaces the cached one. */
function useCentreWrite<V>(call: (v: V) => Promise<TCentre>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: (c) => refresh(qc, c) });
}

export const useCreateCentre = () => useCentreWrite((body: TCreateCentreRequest) => api.post('/centres', ZCentre, body));
export const useUpdateCentre = () => useCentreWrite(({ id, ...body }: TUpdateCentreRequest & { id: string }) => api.patch(`/centres/${id}`, ZCentre, body));
export const useAddCount = () => useCentreWrite(({ id, ...body }: TAddCentreCountRequest & { id: string }) => api.post(`/centres/${id}/counts`, ZCentre, body));
export const useUpdateTransition = () => useCentreWrite(({ id, ...body }: TUpdateTransitionRequest & { id: string }) => api.patch(`/centres/${id}/transition`, ZCentre, body));
export const useMoveStage = () => useCentreWrite(({ id, ...body }: TMoveCentreStageRequest & { id: string }) => api.post(`/centres/${id}/transition/stage`, ZCentre, body));
export const useAddMilestone = () => useCentreWrite(({ id, ...body }: TAddMilestoneRequest & { id: string }) => api.post(`/centres/${id}/milestones`, ZCentre, body));
export const useUpdateMilestone = () =>
  useCentreWrite(({ id, milestoneId, ...body }: TUpdateMilestoneRequest & { id: string; milestoneId: string }) => api.patch(`/centres/${id}/milestones/${milestoneId}`, ZCentre, body));
export const useAddActivity = () => useCentreWrite(({ id, ...body }: TAddActivityRequest & { id: string }) => api.post(`/centres/${id}/activities`, ZCentre, body));
