import { ZOrganisation, type TCreateOrganisationRequest, type TUpdateOrganisationRequest } from '@homeward/core';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';

export const organisationsQuery = queryOptions({
  queryKey: ['organisations'],
  queryFn: () => api.get('/organisations', z.array(ZOrganisation)),
});

export const organisationQuery = (id: string) =>
  queryOptions({ queryKey: ['organisations', id], queryFn: () => api.get(`/organisations/${id}`, ZOrganisation), staleTime: 5 * 60_000 });

export function useCreateOrganisation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateOrganisationRequest) => api.post('/organisations', ZOrganisation, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['organisations'] }),
  });
}

export function useUpdateOrganisation(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateOrganisationRequest) => api.patch(`/organisations/${id}`, ZOrganisation, body),
    onSuccess: (org) => {
      qc.setQueryData(['organisations', id], org);
      return qc.invalidateQueries({ queryKey: ['organisations'] });
    },
  });
}
