import {
  ZGroup, ZGroupSummary, ZLeaver, ZLeaverOutcomes, ZLeaverSummary, ZNetworkFigures, ZOutreach, ZPage,
  type TAddGroupMemberRequest, type TCreateGroupRequest, type TJoinNetworkRequest, type TRecordCheckInRequest, type TRecordGroupMeetingRequest,
  type TRecordOutreachRequest, type TUpdateGroupMeetingRequest, type TUpdateLeaverRequest,
} from '@homeward/core';
import { keepPreviousData, queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { PersonSource } from '../../components/ProgrammePersonSelect';
import { api } from '../../lib/api';

export const leaversQuery = (f: { q?: string; struggling: boolean; page: number }) =>
  queryOptions({
    queryKey: ['leavers', 'list', f],
    queryFn: ({ signal }) => api.get('/leavers', ZPage(ZLeaverSummary), { q: f.q, struggling: f.struggling ? 'true' : undefined, page: f.page, pageSize: 25 }, signal),
    placeholderData: keepPreviousData,
  });
export const leaverQuery = (id: string) => queryOptions({ queryKey: ['leavers', 'one', id], queryFn: () => api.get(`/leavers/${id}`, ZLeaver) });
export const networkFiguresQuery = queryOptions({ queryKey: ['leavers', 'figures'], queryFn: () => api.get('/leavers/figures', ZNetworkFigures) });
export const groupsQuery = queryOptions({ queryKey: ['leavers', 'groups'], queryFn: () => api.get('/leaver-groups', z.array(ZGroupSummary)) });
/** A group; with `includeArchived`, its archived meetings too (marked). */
export const groupQuery = (id: string, includeArchived = false) =>
  queryOptions({ queryKey: ['leavers', 'group', id, ...(includeArchived ? ['archived'] : [])], queryFn: () => api.get(`/leaver-groups/${id}`, ZGroup, includeArchived ? { includeArchived: 'true' } : {}) });
export const outcomesQuery = queryOptions({ queryKey: ['leavers', 'outcomes'], queryFn: () => api.get('/leavers/outcomes', ZLeaverOutcomes) });

/** Network members by name (the first twenty before anything is typed), for a group's member picker. */
export const networkMembers: PersonSource = {
  key: 'network',
  browse: true,
  find: async (q, signal) => (await api.get('/leavers', ZPage(ZLeaverSummary), { q: q || undefined, page: 1, pageSize: 20 }, signal)).items.map((m) => m.person),
};
export const outreachQuery = queryOptions({ queryKey: ['leavers', 'outreach'], queryFn: () => api.get('/leaver-outreach', z.array(ZOutreach)) });

const refreshAll = async (qc: QueryClient) => {
  await qc.invalidateQueries({ queryKey: ['leavers'] });
  await qc.invalidateQueries({ queryKey: ['programmes', 'person'] });
};
function useWrite<V, R>(call: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => refreshAll(qc) });
}

export const useJoinNetwork = () => useWrite((body: TJoinNetworkRequest) => api.post('/leavers', ZLeaver, body));
export const useUpdateLeaver = () => useWrite(({ id, ...body }: TUpdateLeaverRequest & { id: string }) => api.patch(`/leavers/${id}`, ZLeaver, body));
export const useRecordCheckIn = () => useWrite(({ id, ...body }: TRecordCheckInRequest & { id: string }) => api.post(`/leavers/${id}/check-ins`, ZLeaver, body));
export const useCreateGroup = () => useWrite((body: TCreateGroupRequest) => api.post('/leaver-groups', ZGroup, body));
export const useAddGroupMember = () => useWrite(({ id, ...body }: TAddGroupMemberRequest & { id: string }) => api.post(`/leaver-groups/${id}/members`, ZGroup, body));
export const useRecordGroupMeeting = () => useWrite(({ id, ...body }: TRecordGroupMeetingRequest & { id: string }) => api.post(`/leaver-groups/${id}/meetings`, ZGroup, body));
export const useSaveGroupAttendance = (id: string, meetingId: string) =>
  useWrite((presentIds: string[]) => api.put(`/leaver-groups/${id}/meetings/${meetingId}/attendance`, ZGroup, { presentIds }));
export const useRecordOutreach = () => useWrite((body: TRecordOutreachRequest) => api.post('/leaver-outreach', z.array(ZOutreach), body));
export const useEndGroupMember = () =>
  useWrite(({ id, memberId, leftOn }: { id: string; memberId: string; leftOn: string }) => api.post(`/leaver-groups/${id}/members/${memberId}/leave`, ZGroup, { leftOn }));
export const useUpdateGroupMeeting = () =>
  useWrite(({ id, meetingId, ...body }: TUpdateGroupMeetingRequest & { id: string; meetingId: string }) => api.patch(`/leaver-groups/${id}/meetings/${meetingId}`, ZGroup, body));
export const useArchiveGroupMeeting = () =>
  useWrite(({ id, meetingId, version }: { id: string; meetingId: string; version: number }) => api.post(`/leaver-groups/${id}/meetings/${meetingId}/archive`, ZGroup, { version }));
