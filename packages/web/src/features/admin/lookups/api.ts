import { ZLookup, type TCreateLookupRequest, type TUpdateLookupRequest } from '@homeward/core';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';

/** Every value of every list, retired ones included; screens filter. */
export const lookupsQuery = queryOptions({
  queryKey: ['lookups'],
  queryFn: () => api.get('/lookups', z.array(ZLookup), { includeInactive: 'true' }),
});

export function useCreateLookup() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateLookupRequest) => api.post('/lookups', ZLookup, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['lookups'] }),
  });
}

export function useUpdateLookup() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: TUpdateLookupRequest & { id: string }) => api.patch(`/lookups/${id}`, ZLookup, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['lookups'] }),
  });
}
