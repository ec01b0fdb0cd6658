import {
  ZAssessment, ZAssessmentPage, ZClosureGuidance, ZDueAssessmentPage, ZInstrument, ZInstrumentSummary, ZSuggestedGoal, ZTrend,
  type TAnswers, type TAssessment, type TAssessmentSubjectType, type TCreateAssessmentRequest, type TInstrumentInput, type TInstrumentSubject,
} from '@homeward/core';
import { keepPreviousData, queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../lib/api';

/*
 * The assessments API (issue 5) as TanStack Query options and mutations. Keys start with
 * `assessments` (lists, one assessment, trend, due, goals) or `instruments`; the closure guidance
 * lives under the case (`cases`, id, …) so a change to the case refreshes it too.
 */

/** Whatever a DELETE answers (often nothing): only success matters. */
const ZAnything = z.unknown();

export type AssessmentListFilter = {
  subjectType?: TAssessmentSubjectType;
  subjectId?: string;
  caseId?: string;
  instrumentCode?: string;
  status?: 'draft' | 'submitted';
  page?: number;
  pageSize?: number;
};

export const assessmentsQuery = (f: AssessmentListFilter) =>
  queryOptions({
    queryKey: ['assessments', 'list', f],
    queryFn: ({ signal }) => api.get('/assessments', ZAssessmentPage, { ...f, page: f.page ?? 1, pageSize: f.pageSize ?? 50 }, signal),
    placeholderData: keepPreviousData,
  });

export const assessmentQuery = (id: string) => queryOptions({ queryKey: ['assessments', 'one', id], queryFn: () => api.get(`/assessments/${id}`, ZAssessment) });

export const trendQuery = (subjectType: TAssessmentSubjectType, subjectId: string, instrumentCode: string) =>
  queryOptions({
    queryKey: ['assessments', 'trend', subjectType, subjectId, instrumentCode],
    queryFn: () => api.get('/assessments/trend', ZTrend, { subjectType, subjectId, instrumentCode }),
  });

export const dueAssessmentsQuery = queryOptions({
  queryKey: ['assessments', 'due'],
  queryFn: () => api.get('/assessments/due', ZDueAssessmentPage, { page: 1, pageSize: 10 }),
});

export const suggestedGoalsQuery = (assessmentId: string) =>
  queryOptions({ queryKey: ['assessments', 'one', assessmentId, 'goals'], queryFn: () => api.get(`/assessments/${assessmentId}/suggested-goals`, z.array(ZSuggestedGoal)) });

export const closureGuidanceQuery = (caseId: string) =>
  queryOptions({ queryKey: ['cases', caseId, 'closureGuidance'], queryFn: () => api.get(`/cases/${caseId}/closure-guidance`, ZClosureGuidance) });

export const instrumentsQuery = (filter: { subject?: TInstrumentSubject; versions?: 'current' | 'all' } = {}) =>
  queryOptions({ queryKey: ['instruments', 'list', filter], queryFn: () => api.get('/instruments', z.array(ZInstrumentSummary), filter) });

export const instrumentQuery = (id: string) => queryOptions({ queryKey: ['instruments', 'one', id], queryFn: () => api.get(`/instruments/${id}`, ZInstrument) });

// ---- assessment mutations -----------------------------------------------------------------------
async function refreshAssessments(qc: QueryClient, a?: Pick<TAssessment, 'id' | 'caseId'>): Promise<void> {
  await Promise.all([
    qc.invalidateQueries({ queryKey: ['assessments', 'list'] }),
    qc.invalidateQueries({ queryKey: ['assessments', 'trend'] }),
    qc.invalidateQueries({ queryKey: ['assessments', 'due'] }),
    a?.caseId ? qc.invalidateQueries({ queryKey: ['cases', a.caseId, 'closureGuidance'] }) : Promise.resolve(),
  ]);
}

export function useStartAssessment() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateAssessmentRequest) => api.post('/assessments', ZAssessment, body),
    onSuccess: async (a) => {
      qc.setQueryData(assessmentQuery(a.id).queryKey, a);
      await refreshAssessments(qc, a);
    },
  });
}

export type SaveDraftBody = { rowVersion: number; assessedOn?: string; answers: TAnswers; notes?: string | null };

export function useSaveDraft(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveDraftBody) => api.put(`/assessments/${id}`, ZAssessment, body),
    onSuccess: async (a) => {
      qc.setQueryData(assessmentQuery(a.id).queryKey, a);
      await refreshAssessments(qc, a);
    },
  });
}

export function useSubmitAssessment(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (rowVersion: number) => api.post(`/assessments/${id}/submit`, ZAssessment, { rowVersion }),
    onSuccess: async (a) => {
      qc.setQueryData(assessmentQuery(a.id).queryKey, a);
      await refreshAssessments(qc, a);
    },
  });
}

export function useDiscardDraft(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: Pick<TAssessment, 'id' | 'caseId'>) => api.delete(`/assessments/${id}`, ZAnything).then(() => a),
    onSuccess: async (a) => {
      qc.removeQueries({ queryKey: assessmentQuery(id).queryKey });
      await refreshAssessments(qc, a);
    },
  });
}

// ---- instrument mutations -----------------------------------------------------------------------
function useInstrumentMutation<V>(fn: (v: V) => Promise<z.output<typeof ZInstrument>>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (i) => {
      qc.setQueryData(instrumentQuery(i.id).queryKey, i);
      await qc.invalidateQueries({ queryKey: ['instruments', 'list'] });
    },
  });
}

export const useCreateInstrument = () => useInstrumentMutation((body: TInstrumentInput) => api.post('/instruments', ZInstrument, body));
export const useUpdateInstrument = (id: string) =>
  useInstrumentMutation((body: Omit<TInstrumentInput, 'code'> & { rowVersion: number }) => api.put(`/instruments/${id}`, ZInstrument, body));
export const usePublishInstrument = (id: string) => useInstrumentMutation((rowVersion: number) => api.post(`/instruments/${id}/publish`, ZInstrument, { rowVersion }));
export const useReviseInstrument = (id: string) => useInstrumentMutation(() => api.post(`/instruments/${id}/revise`, ZInstrument, {}));

export function useDeleteInstrument(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(`/instruments/${id}`, ZAnything),
    onSuccess: async () => {
      qc.removeQueries({ queryKey: instrumentQuery(id).queryKey });
      await qc.invalidateQueries({ queryKey: ['instruments', 'list'] });
    },
  });
}
