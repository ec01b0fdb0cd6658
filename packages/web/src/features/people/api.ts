import {
  ZAttachment, ZCreatePersonResponse, ZDuplicateCheckResponse, ZPage, ZPerson, ZPersonSummary,
  type TArchiveRequest, type TAttachment, type TAttachmentKind, type TCreatePersonRequest, type TCreateRelationRequest,
  type TDuplicateCheckRequest, type TPerson, type TPersonKind, type TUpdatePersonRequest,
} from '@homeward/core';
import { keepPreviousData, queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, ApiError, toErrorBody } from '../../lib/api';
import { attachmentUrl, uploadFile } from '../attachments/upload';

export interface PeopleFilter {
  q?: string;
  kind?: TPersonKind;
  archived?: boolean;
  page: number;
  pageSize?: number;
}

const ZPeoplePage = ZPage(ZPersonSummary);

export const peopleQuery = (f: PeopleFilter) =>
  queryOptions({
    queryKey: ['people', 'list', f],
    queryFn: ({ signal }) =>
      api.get('/people', ZPeoplePage, { q: f.q, kind: f.kind, includeArchived: f.archived ? 'true' : undefined, page: f.page, pageSize: f.pageSize ?? 25 }, signal),
    placeholderData: keepPreviousData,
  });

export const personQuery = (id: string) => queryOptions({ queryKey: ['people', 'one', id], queryFn: () => api.get(`/people/${id}`, ZPerson) });

/** After any change to people: lists and pages may all show it (kin appear on both sides). */
const refreshPeople = async (qc: QueryClient, person?: TPerson) => {
  if (person) qc.setQueryData(personQuery(person.id).queryKey, person);
  await qc.invalidateQueries({ queryKey: ['people'], predicate: (q) => !person || q.queryKey[2] !== person.id });
  await qc.invalidateQueries({ queryKey: ['households'] });
};

export const checkDuplicates = (body: TDuplicateCheckRequest) => api.post('/people/duplicates', ZDuplicateCheckResponse, body);

export function useRegisterPerson() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreatePersonRequest) => api.post('/people', ZCreatePersonResponse, body),
    onSuccess: async (created) => {
      const { possibleDuplicates: _, ...person } = created;
      await refreshPeople(qc, person);
    },
  });
}

export function useUpdatePerson() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: TUpdatePersonRequest & { id: string }) => api.patch(`/people/${id}`, ZPerson, body),
    onSuccess: (person) => refreshPeople(qc, person),
  });
}

export function useArchivePerson() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: TArchiveRequest & { id: string }) => api.post(`/people/${id}/archive`, ZPerson, body),
    onSuccess: (person) => refreshPeople(qc, person),
  });
}

export function useAddRelation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, ...body }: TCreateRelationRequest & { personId: string }) => api.post(`/people/${personId}/relations`, ZPerson, body),
    onSuccess: (person) => refreshPeople(qc, person),
  });
}

export function useArchiveRelation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, relationId }: { personId: string; relationId: string }) => api.post(`/people/${personId}/relations/${relationId}/archive`, ZPerson, {}),
    onSuccess: (person) => refreshPeople(qc, person),
  });
}

// ---- attachments ---------------------------------------------------------------------------

export const attachmentsQuery = (personId: string) =>
  queryOptions({ queryKey: ['people', 'attachments', personId], queryFn: () => api.get(`/people/${personId}/attachments`, z.array(ZAttachment)) });

/** Where an attachment's file is fetched (shared with cases' documents). */
export { attachmentUrl };

const upload = (personId: string, kind: TAttachmentKind, file: Blob, filename: string): Promise<TAttachment> =>
  uploadFile(`/api/people/${encodeURIComponent(personId)}/attachments`, { kind }, file, filename);

const refreshAttachments = async (qc: QueryClient, personId: string) => {
  await qc.invalidateQueries({ queryKey: attachmentsQuery(personId).queryKey });
  await qc.invalidateQueries({ queryKey: personQuery(personId).queryKey });
};

export function useUploadAttachment(personId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, file }: { kind: TAttachmentKind; file: File }) => upload(personId, kind, file, file.name),
    onSuccess: () => refreshAttachments(qc, personId),
  });
}

export function useArchiveAttachment(personId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post(`/attachments/${id}/archive`, ZAttachment, {}),
    onSuccess: () => refreshAttachments(qc, personId),
  });
}

/**
 * Make an image already attached the person's photo. The API sets the photo only when a file is
 * uploaded as a photo, so the file is fetched and sent again as one; an earlier photo's copy is
 * then archived so the list shows it once. (Replace with a direct call when the API has one.)
 */
export function useSetAsPhoto(personId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (attachment: TAttachment) => {
      const response = await fetch(attachmentUrl(attachment.id), { credentials: 'same-origin' });
      if (!response.ok) throw new ApiError(response.status, toErrorBody(response.status, undefined));
      const blob = await response.blob();
      const created = await upload(personId, 'photo', blob, attachment.filename);
      if (attachment.kind === 'photo') await api.post(`/attachments/${attachment.id}/archive`, ZAttachment, {});
      return created;
    },
    onSuccess: () => refreshAttachments(qc, personId),
  });
}
