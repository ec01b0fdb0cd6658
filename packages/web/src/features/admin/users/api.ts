import { ZOk, ZPage, ZUser, type TCreateUserRequest, type TUpdateUserRequest } from '@homeward/core';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export interface UsersFilter {
  q?: string;
  teamId?: string;
  inactive?: boolean;
  page: number;
  pageSize?: number;
}

const ZUsersPage = ZPage(ZUser);

export const usersQuery = (f: UsersFilter) =>
  queryOptions({
    queryKey: ['users', 'list', f],
    queryFn: ({ signal }) =>
      api.get('/users', ZUsersPage, { q: f.q, teamId: f.teamId, includeInactive: f.inactive ? 'true' : undefined, page: f.page, pageSize: f.pageSize ?? 25 }, signal),
    placeholderData: keepPreviousData,
  });

export const userQuery = (id: string) => queryOptions({ queryKey: ['users', 'one', id], queryFn: () => api.get(`/users/${id}`, ZUser) });

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateUserRequest) => api.post('/users', ZUser, body),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['users'] });
      await qc.invalidateQueries({ queryKey: ['teams'] });
    },
  });
}

export function useUpdateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: TUpdateUserRequest & { id: string }) => api.patch(`/users/${id}`, ZUser, body),
    onSuccess: async (user) => {
      qc.setQueryData(['users', 'one', user.id], user);
      await qc.invalidateQueries({ queryKey: ['users', 'list'] });
      await qc.invalidateQueries({ queryKey: ['teams'] });
    },
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) => api.post(`/users/${id}/reset-password`, ZOk, { password }),
  });
}
