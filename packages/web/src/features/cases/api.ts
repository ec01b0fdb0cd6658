import {
  ZApproval, ZApprovalPage, ZCarePlan, ZCarePlanAction, ZCase, ZCaseNote, ZCaseSummary, ZCaseTransfer, ZCaseworkerHome, ZConsent, ZFollowUp, ZNotificationPage, ZOk,
  ZPage, ZPlacement, ZProposePlacementResponse, ZServiceRecord, ZSupervisorHome, ZTransferDestination,
  type TAcceptTransferRequest, type TAssignCaseRequest, type TCreateCarePlanRequest, type TCreateServiceRequest, type TEndPlacementRequest, type TListCasesQuery,
  type TMissFollowUpRequest, type TMoveStageRequest, type TOpenCaseRequest, type TProposePlacementRequest, type TRecordCaseNoteRequest, type TRecordConsentRequest,
  type TRecordFollowUpRequest, type TRequestClosureRequest, type TRequestTransferRequest, type TRescheduleFollowUpRequest, type TUpdateCarePlanActionRequest,
  type TUpdateCarePlanRequest, type TUpdateCaseNoteRequest, type TUpdateCaseRequest, type TWithdrawConsentRequest,
} from '@homeward/core';
import { keepPreviousData, queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../lib/api';

/*
 * The cases API (issue 3) as TanStack Query options and mutations. Query keys start with
 * `cases` (a case and everything under it), `approvals`, `notifications` or `home`, so a
 * change can refresh exactly what it touches.
 */

export type CaseListFilter = Partial<Omit<TListCasesQuery, 'page' | 'pageSize'>> & { page: number; pageSize?: number };

const ZCasePage = ZPage(ZCaseSummary);
const ZNotePage = ZPage(ZCaseNote);

export const casesQuery = (f: CaseListFilter) =>
  queryOptions({
    queryKey: ['cases', 'list', f],
    queryFn: ({ signal }) =>
      api.get('/cases', ZCasePage, { stage: f.stage, caseworkerId: f.caseworkerId, teamId: f.teamId, risk: f.risk, province: f.province, overdue: f.overdue, childId: f.childId, q: f.q, page: f.page, pageSize: f.pageSize ?? 25 }, signal),
    placeholderData: keepPreviousData,
  });

export const caseQuery = (id: string) => queryOptions({ queryKey: ['cases', id, 'case'], queryFn: () => api.get(`/cases/${id}`, ZCase) });

export const caseNotesQuery = (id: string, page: number, pageSize = 20) =>
  queryOptions({
    queryKey: ['cases', id, 'notes', page, pageSize],
    queryFn: () => api.get(`/cases/${id}/notes`, ZNotePage, { page, pageSize }),
    placeholderData: keepPreviousData,
  });

/** Whether a final assessment (a note of that type) is on record: what closure needs. */
export const finalAssessmentQuery = (id: string) =>
  queryOptions({
    queryKey: ['cases', id, 'notes', 'final_assessment'],
    queryFn: async () => (await api.get(`/cases/${id}/notes`, ZNotePage, { type: 'final_assessment', page: 1, pageSize: 1 })).total > 0,
  });

export const carePlansQuery = (id: string) => queryOptions({ queryKey: ['cases', id, 'plans'], queryFn: () => api.get(`/cases/${id}/care-plans`, z.array(ZCarePlan)) });
export const placementsQuery = (id: string) => queryOptions({ queryKey: ['cases', id, 'placements'], queryFn: () => api.get(`/cases/${id}/placements`, z.array(ZPlacement)) });
export const followUpsQuery = (id: string) => queryOptions({ queryKey: ['cases', id, 'followUps'], queryFn: () => api.get(`/cases/${id}/follow-ups`, z.array(ZFollowUp)) });
export const servicesQuery = (id: string) => queryOptions({ queryKey: ['cases', id, 'services'], queryFn: () => api.get(`/cases/${id}/services`, z.array(ZServiceRecord)) });
export const caseApprovalsQuery = (id: string) => queryOptions({ queryKey: ['cases', id, 'approvals'], queryFn: () => api.get(`/cases/${id}/approvals`, z.array(ZApproval)) });

export const approvalQueueQuery = (page: number, kind?: string) =>
  queryOptions({
    queryKey: ['approvals', 'queue', page, kind ?? ''],
    queryFn: () => api.get('/approvals', ZApprovalPage, { page, pageSize: 20, kind }),
    placeholderData: keepPreviousData,
  });

export const caseworkerHomeQuery = queryOptions({ queryKey: ['home', 'caseworker'], queryFn: () => api.get('/home/caseworker', ZCaseworkerHome) });
export const supervisorHomeQuery = queryOptions({ queryKey: ['home', 'supervisor'], queryFn: () => api.get('/home/supervisor', ZSupervisorHome) });

export const notificationsQuery = queryOptions({
  queryKey: ['notifications'],
  queryFn: () => api.get('/notifications', ZNotificationPage, { page: 1, pageSize: 15 }),
  refetchInterval: 60_000,
  refetchOnWindowFocus: true,
});

export const transferDestinationsQuery = queryOptions({ queryKey: ['transfers', 'destinations'], queryFn: () => api.get('/case-transfers/destinations', z.array(ZTransferDestination)) });
export const incomingTransfersQuery = queryOptions({
  queryKey: ['transfers', 'incoming'],
  queryFn: () => api.get('/case-transfers', ZPage(ZCaseTransfer), { direction: 'incoming', status: 'pending', page: 1, pageSize: 50 }),
});

// ---- mutations ---------------------------------------------------------------------------------
/** After a change to a case: the case and its parts, lists, homes and the queue. */
async function refreshCase(qc: QueryClient, caseId: string): Promise<void> {
  await Promise.all([
    qc.invalidateQueries({ queryKey: ['cases', caseId] }),
    qc.invalidateQueries({ queryKey: ['cases', 'list'] }),
    qc.invalidateQueries({ queryKey: ['home'] }),
    qc.invalidateQueries({ queryKey: ['approvals'] }),
  ]);
}

/** A mutation on one case: refreshes that case and whatever lists it shows in. */
function useCaseMutation<V, R>(caseId: string, fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => refreshCase(qc, caseId) });
}

export function useOpenCase() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TOpenCaseRequest) => api.post('/cases', ZCase, body),
    onSuccess: async (kase) => {
      qc.setQueryData(caseQuery(kase.id).queryKey, kase);
      await refreshCase(qc, kase.id);
    },
  });
}

export const useUpdateCase = (caseId: string) => useCaseMutation(caseId, (body: TUpdateCaseRequest) => api.patch(`/cases/${caseId}`, ZCase, body));
export const useMoveStage = (caseId: string) => useCaseMutation(caseId, (body: TMoveStageRequest) => api.post(`/cases/${caseId}/stage`, ZCase, body));
export const useReopenCase = (caseId: string) => useCaseMutation(caseId, (reason: string) => api.post(`/cases/${caseId}/reopen`, ZCase, { reason }));
export const useAssignCase = (caseId: string) => useCaseMutation(caseId, (body: TAssignCaseRequest) => api.post(`/cases/${caseId}/assign`, ZCase, body));
export const useRecordConsent = (caseId: string) => useCaseMutation(caseId, (body: TRecordConsentRequest) => api.post(`/cases/${caseId}/consents`, ZConsent, body));
export const useWithdrawConsent = (caseId: string) =>
  useCaseMutation(caseId, ({ consentId, ...body }: TWithdrawConsentRequest & { consentId: string }) => api.post(`/cases/${caseId}/consents/${consentId}/withdraw`, ZConsent, body));

export const useRecordNote = (caseId: string) => useCaseMutation(caseId, (body: TRecordCaseNoteRequest) => api.post(`/cases/${caseId}/notes`, ZCaseNote, body));
export const useUpdateNote = (caseId: string) =>
  useCaseMutation(caseId, ({ noteId, ...body }: TUpdateCaseNoteRequest & { noteId: string }) => api.patch(`/cases/${caseId}/notes/${noteId}`, ZCaseNote, body));

export const useCreateCarePlan = (caseId: string) => useCaseMutation(caseId, (body: TCreateCarePlanRequest) => api.post(`/cases/${caseId}/care-plans`, ZCarePlan, body));
export const useUpdateCarePlan = (caseId: string) =>
  useCaseMutation(caseId, ({ planId, ...body }: TUpdateCarePlanRequest & { planId: string }) => api.patch(`/care-plans/${planId}`, ZCarePlan, body));
export const useSubmitCarePlan = (caseId: string) =>
  useCaseMutation(caseId, ({ planId, version, comment }: { planId: string; version: number; comment?: string }) => api.post(`/care-plans/${planId}/submit`, ZApproval, { version, comment }));
export const useUpdateAction = (caseId: string) =>
  useCaseMutation(caseId, ({ actionId, ...body }: TUpdateCarePlanActionRequest & { actionId: string }) => api.patch(`/care-plan-actions/${actionId}`, ZCarePlanAction, body));

export const useProposePlacement = (caseId: string) => useCaseMutation(caseId, (body: TProposePlacementRequest) => api.post(`/cases/${caseId}/placements`, ZProposePlacementResponse, body));
export const useEndPlacement = (caseId: string) =>
  useCaseMutation(caseId, ({ placementId, ...body }: TEndPlacementRequest & { placementId: string }) => api.post(`/placements/${placementId}/end`, ZPlacement, body));

export const useRecordFollowUp = (caseId: string) =>
  useCaseMutation(caseId, ({ id, ...body }: TRecordFollowUpRequest & { id: string }) => api.post(`/follow-ups/${id}/record`, ZFollowUp, body));
export const useMissFollowUp = (caseId: string) => useCaseMutation(caseId, ({ id, ...body }: TMissFollowUpRequest & { id: string }) => api.post(`/follow-ups/${id}/miss`, ZFollowUp, body));
export const useRescheduleFollowUp = (caseId: string) =>
  useCaseMutation(caseId, ({ id, ...body }: TRescheduleFollowUpRequest & { id: string }) => api.post(`/follow-ups/${id}/reschedule`, ZFollowUp, body));

export const useRecordService = (caseId: string) => useCaseMutation(caseId, (body: TCreateServiceRequest) => api.post(`/cases/${caseId}/services`, ZServiceRecord, body));
export const useRequestClosure = (caseId: string) => useCaseMutation(caseId, (body: TRequestClosureRequest) => api.post(`/cases/${caseId}/closure`, ZApproval, body));
export const useRequestTransfer = (caseId: string) => useCaseMutation(caseId, (body: TRequestTransferRequest) => api.post(`/cases/${caseId}/transfers`, ZCaseTransfer, body));

export function useDecideTransfer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, ...body }: TAcceptTransferRequest & { id: string; decision: 'accept' | 'decline' }) =>
      api.post(`/case-transfers/${id}/${decision}`, ZCaseTransfer, decision === 'decline' ? { comment: body.comment } : body),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['transfers'] });
      await qc.invalidateQueries({ queryKey: ['cases'] });
      await qc.invalidateQueries({ queryKey: ['home'] });
    },
  });
}

/** Approve or send back a request; the case it belongs to changes too (plan approved, child placed, case closed). */
export function useDecideApproval() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, comment }: { id: string; decision: 'approve' | 'reject'; comment?: string }) =>
      api.post(`/approvals/${id}/${decision}`, ZApproval, comment ? { comment } : {}),
    onSuccess: (approval) => refreshCase(qc, approval.case.id),
  });
}

export function useReadNotification() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string | 'all') => (id === 'all' ? api.post('/notifications/read-all', ZOk, {}) : api.post(`/notifications/${id}/read`, ZOk, {})),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
