import {
  ZClub, ZClubMeeting, ZClubSummary, ZPage,
  type TAddClubMemberRequest, type TClub, type TCreateClubRequest, type TEndClubMemberRequest, type TRecordClubMeetingRequest, type TRecordElectionRequest,
  type TUpdateClubMeetingRequest, type TUpdateClubRequest, type TUpdateElectionRequest,
} from '@homeward/core';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const clubsQuery = (f: { q?: string; page: number }) =>
  queryOptions({
    queryKey: ['clubs', 'list', f],
    queryFn: ({ signal }) => api.get('/clubs', ZPage(ZClubSummary), { q: f.q, page: f.page, pageSize: 25 }, signal),
    placeholderData: keepPreviousData,
  });
/** A club; with `includeArchived`, its archived meetings and elections too (marked). */
export const clubQuery = (id: string, includeArchived = false) =>
  queryOptions({ queryKey: ['clubs', 'one', id, ...(includeArchived ? ['archived'] : [])], queryFn: () => api.get(`/clubs/${id}`, ZClub, includeArchived ? { includeArchived: 'true' } : {}) });
export const clubMeetingQuery = (id: string, meetingId: string) =>
  queryOptions({ queryKey: ['clubs', 'meeting', meetingId], queryFn: () => api.get(`/clubs/${id}/meetings/${meetingId}`, ZClubMeeting) });

/** Every club write answers with the whole club, which replaces the cached one. */
function useClubWrite<V>(call: (v: V) => Promise<TClub>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async (club) => {
      qc.setQueryData(clubQuery(club.id).queryKey, club);
      await qc.invalidateQueries({ queryKey: [...clubQuery(club.id).queryKey, 'archived'] });
      await qc.invalidateQueries({ queryKey: ['clubs', 'meeting'] });
      await qc.invalidateQueries({ queryKey: ['clubs', 'list'] });
      await qc.invalidateQueries({ queryKey: ['programmes', 'person'] });
    },
  });
}

export const useCreateClub = () => useClubWrite((body: TCreateClubRequest) => api.post('/clubs', ZClub, body));
export const useUpdateClub = () => useClubWrite(({ id, ...body }: TUpdateClubRequest & { id: string }) => api.patch(`/clubs/${id}`, ZClub, body));
export const useAddClubMember = () => useClubWrite(({ id, ...body }: TAddClubMemberRequest & { id: string }) => api.post(`/clubs/${id}/members`, ZClub, body));
export const useEndClubMember = () =>
  useClubWrite(({ id, memberId, ...body }: TEndClubMemberRequest & { id: string; memberId: string }) => api.post(`/clubs/${id}/members/${memberId}/leave`, ZClub, body));
export const useRecordElection = () => useClubWrite(({ id, ...body }: TRecordElectionRequest & { id: string }) => api.post(`/clubs/${id}/elections`, ZClub, body));

export const useUpdateElection = () =>
  useClubWrite(({ id, electionId, ...body }: TUpdateElectionRequest & { id: string; electionId: string }) => api.patch(`/clubs/${id}/elections/${electionId}`, ZClub, body));
export const useArchiveElection = () =>
  useClubWrite(({ id, electionId, version }: { id: string; electionId: string; version: number }) => api.post(`/clubs/${id}/elections/${electionId}/archive`, ZClub, { version }));
export const useArchiveClubMeeting = () =>
  useClubWrite(({ id, meetingId, version }: { id: string; meetingId: string; version: number }) => api.post(`/clubs/${id}/meetings/${meetingId}/archive`, ZClub, { version }));

export function useUpdateClubMeeting(id: string, meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateClubMeetingRequest) => api.patch(`/clubs/${id}/meetings/${meetingId}`, ZClubMeeting, body),
    onSuccess: async (m) => {
      qc.setQueryData(clubMeetingQuery(id, meetingId).queryKey, m);
      await qc.invalidateQueries({ queryKey: ['clubs', 'one', id] });
      await qc.invalidateQueries({ queryKey: ['clubs', 'list'] });
    },
  });
}

export function useRecordClubMeeting() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: TRecordClubMeetingRequest & { id: string }) => api.post(`/clubs/${id}/meetings`, ZClubMeeting, body),
    onSuccess: async (_m, v) => {
      await qc.invalidateQueries({ queryKey: clubQuery(v.id).queryKey });
    },
  });
}

export function useSaveClubAttendance(id: string, meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (presentIds: string[]) => api.put(`/clubs/${id}/meetings/${meetingId}/attendance`, ZClubMeeting, { presentIds }),
    onSuccess: async (m) => {
      qc.setQueryData(clubMeetingQuery(id, meetingId).queryKey, m);
      await qc.invalidateQueries({ queryKey: clubQuery(id).queryKey });
      await qc.invalidateQueries({ queryKey: ['programmes', 'person'] });
    },
  });
}
