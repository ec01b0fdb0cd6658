import { ZAuditEntry, ZPage } from '@homeward/core';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export interface AuditFilter {
  q?: string;
  action?: string;
  actorId?: string;
  recordType?: string;
  recordId?: string;
  from?: string;
  to?: string;
  page: number;
}

const ZAuditPage = ZPage(ZAuditEntry);
export const AUDIT_PAGE_SIZE = 25;

export const auditQuery = (f: AuditFilter) =>
  queryOptions({
    queryKey: ['audit', 'log', f],
    queryFn: ({ signal }) => api.get('/audit', ZAuditPage, { ...f, pageSize: AUDIT_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

export const recordAuditQuery = (type: string, id: string, page: number) =>
  queryOptions({
    queryKey: ['audit', 'record', type, id, page],
    queryFn: ({ signal }) => api.get(`/audit/records/${encodeURIComponent(type)}/${encodeURIComponent(id)}`, ZAuditPage, { page, pageSize: AUDIT_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
