import {
  ZCentreBoard, ZCentresDashboard, ZOutreachEvent, ZPage, ZTrainingEvent, ZTrainingEventSummary, ZUserCentres,
  type TAddParticipantRequest, type TCentreBoardQuery, type TEvaluateParticipantRequest, type TOutreachEventRequest, type TOutreachKind,
  type TTrainingAttendanceRequest, type TTrainingEvent, type TTrainingEventRequest, type TUpdateTrainingEventRequest,
} from '@homeward/core';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

// Training events, outreach events, the pipeline board, the dashboard and partners' centres.

export const trainingsQuery = (f: { page: number; centreId?: string }) =>
  queryOptions({
    queryKey: ['trainings', 'list', f],
    queryFn: ({ signal }) => api.get('/trainings', ZPage(ZTrainingEventSummary), { page: f.page, pageSize: 25, centreId: f.centreId }, signal),
    placeholderData: keepPreviousData,
  });
export const trainingQuery = (id: string) => queryOptions({ queryKey: ['trainings', 'one', id], queryFn: () => api.get(`/trainings/${id}`, ZTrainingEvent) });

export const outreachQuery = (f: { page: number; kind?: TOutreachKind; centreId?: string }) =>
  queryOptions({
    queryKey: ['outreach', 'list', f],
    queryFn: ({ signal }) => api.get('/outreach-events', ZPage(ZOutreachEvent), { page: f.page, pageSize: 25, kind: f.kind, centreId: f.centreId }, signal),
    placeholderData: keepPreviousData,
  });

export const boardQuery = (f: TCentreBoardQuery) =>
  queryOptions({ queryKey: ['centres', 'board', f], queryFn: ({ signal }) => api.get('/centres/board', ZCentreBoard, { ...f }, signal), placeholderData: keepPreviousData });
export const dashboardQuery = queryOptions({ queryKey: ['centres', 'dashboard'], queryFn: () => api.get('/centres/dashboard', ZCentresDashboard) });
export const userCentresQuery = (userId: string) => queryOptions({ queryKey: ['users', 'centres', userId], queryFn: () => api.get(`/users/${userId}/centres`, ZUserCentres) });

/** Each training write answers with the whole event, which replaces the cached one. */
function useTrainingWrite<V>(call: (v: V) => Promise<TTrainingEvent>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async (e) => {
      qc.setQueryData(trainingQuery(e.id).queryKey, e);
      await qc.invalidateQueries({ queryKey: ['trainings', 'list'] });
      await qc.invalidateQueries({ queryKey: ['centres', 'dashboard'] });
    },
  });
}

export const useCreateTraining = () => useTrainingWrite((body: TTrainingEventRequest) => api.post('/trainings', ZTrainingEvent, body));
export const useUpdateTraining = () => useTrainingWrite(({ id, ...body }: TUpdateTrainingEventRequest & { id: string }) => api.put(`/trainings/${id}`, ZTrainingEvent, body));
export const useAddParticipant = () => useTrainingWrite(({ id, ...body }: TAddParticipantRequest & { id: string }) => api.post(`/trainings/${id}/participants`, ZTrainingEvent, body));
export const useEvaluateParticipant = () =>
  useTrainingWrite(({ id, participantId, ...body }: TEvaluateParticipantRequest & { id: string; participantId: string }) =>
    api.patch(`/trainings/${id}/participants/${participantId}`, ZTrainingEvent, body));
export const useTakeAttendance = () => useTrainingWrite(({ id, ...body }: TTrainingAttendanceRequest & { id: string }) => api.put(`/trainings/${id}/attendance`, ZTrainingEvent, body));

export function useRecordOutreach() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TOutreachEventRequest) => api.post('/outreach-events', ZOutreachEvent, body),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['outreach', 'list'] });
      await qc.invalidateQueries({ queryKey: ['centres', 'dashboard'] });
    },
  });
}

export function useSetUserCentres(userId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (centreIds: string[]) => api.put(`/users/${userId}/centres`, ZUserCentres, { centreIds }),
    onSuccess: (centres) => qc.setQueryData(userCentresQuery(userId).queryKey, centres),
  });
}
