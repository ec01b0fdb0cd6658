import { ZAttachment, type TAttachment } from '@homeward/core';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../lib/api';
import type { UploadInput } from '../attachments/AttachmentsPanel';
import { uploadFile } from '../attachments/upload';

/** A case's documents, under the case's query key so a change to the case refreshes them too. */
export const caseAttachmentsQuery = (caseId: string) =>
  queryOptions({ queryKey: ['cases', caseId, 'attachments'], queryFn: () => api.get(`/cases/${caseId}/attachments`, z.array(ZAttachment)) });

/**
 * Upload to a case. A file that documents a consent or placement changes that record too (and the
 * placement's version), so everything under the case is refreshed, not only the list.
 */
export function useUploadCaseAttachment(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, file, link }: UploadInput): Promise<TAttachment> =>
      uploadFile(`/api/cases/${encodeURIComponent(caseId)}/attachments`, { kind, ...(link ? { [link.field]: link.id } : {}) }, file, file.name),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['cases', caseId] }),
  });
}

export function useArchiveCaseAttachment(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post(`/attachments/${id}/archive`, ZAttachment, {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['cases', caseId] }),
  });
}
