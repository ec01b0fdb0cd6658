import { ZTeam, type TCreateTeamRequest, type TUpdateTeamRequest } from '@homeward/core';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';

/** All teams the caller can see, archived ones included (screens filter). */
export const teamsQuery = queryOptions({
  queryKey: ['teams'],
  queryFn: () => api.get('/teams', z.array(ZTeam), { includeArchived: 'true' }),
});

export function useCreateTeam() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateTeamRequest) => api.post('/teams', ZTeam, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['teams'] }),
  });
}

export function useUpdateTeam() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: TUpdateTeamRequest & { id: string }) => api.patch(`/teams/${id}`, ZTeam, body),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['teams'] });
      await qc.invalidateQueries({ queryKey: ['users'] });
    },
  });
}
