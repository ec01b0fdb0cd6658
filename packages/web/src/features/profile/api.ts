import { ZMe, type TUpdateMeRequest } from '@homeward/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { meQueryKey } from '../auth/session';

export function useUpdateMe() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateMeRequest) => api.patch('/me', ZMe, body),
    onSuccess: (me) => qc.setQueryData(meQueryKey, me),
  });
}
