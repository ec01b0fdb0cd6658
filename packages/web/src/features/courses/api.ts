import {
  ZCourse, ZCourseFigures, ZCourseResults, ZCourseSummary, ZCourseTopic, ZPage,
  type TAddCourseSessionRequest, type TCourse, type TCreateCourseRequest, type TEnrolRequest, type TUpdateCourseRequest, type TWithdrawRequest,
} from '@homeward/core';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../lib/api';

/** A page of courses; archived ones only with `includeArchived`. */
export const coursesQuery = (page: number, includeArchived = false) =>
  queryOptions({
    queryKey: ['courses', 'list', page, includeArchived],
    queryFn: ({ signal }) => api.get('/courses', ZPage(ZCourseSummary), { page, pageSize: 25, includeArchived: includeArchived ? 'true' : undefined }, signal),
    placeholderData: keepPreviousData,
  });
export const courseFiguresQuery = queryOptions({ queryKey: ['courses', 'figures'], queryFn: () => api.get('/courses/figures', ZCourseFigures) });
export const courseQuery = (id: string) => queryOptions({ queryKey: ['courses', 'one', id], queryFn: () => api.get(`/courses/${id}`, ZCourse) });
export const courseResultsQuery = (id: string) => queryOptions({ queryKey: ['courses', 'results', id], queryFn: () => api.get(`/courses/${id}/results`, ZCourseResults) });
export const topicsQuery = queryOptions({ queryKey: ['courses', 'topics'], queryFn: () => api.get('/courses/topics', z.array(ZCourseTopic)) });

/** Each course write answers with the whole course, which replaces the cached one. */
function useCourseWrite<V>(call: (v: V) => Promise<TCourse>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async (c) => {
      qc.setQueryData(courseQuery(c.id).queryKey, c);
      await qc.invalidateQueries({ queryKey: ['courses', 'list'] });
      await qc.invalidateQueries({ queryKey: ['courses', 'figures'] });
      await qc.invalidateQueries({ queryKey: ['courses', 'results', c.id] });
    },
  });
}

export const useCreateCourse = () => useCourseWrite((body: TCreateCourseRequest) => api.post('/courses', ZCourse, body));
export const useAddSession = (id: string) => useCourseWrite((body: TAddCourseSessionRequest) => api.post(`/courses/${id}/sessions`, ZCourse, body));
export const useEnrol = (id: string) => useCourseWrite((body: TEnrolRequest) => api.post(`/courses/${id}/enrolments`, ZCourse, body));
export const useTakeAttendance = () => useCourseWrite(({ sessionId, presentIds }: { sessionId: string; presentIds: string[] }) => api.put(`/course-sessions/${sessionId}/attendance`, ZCourse, { presentIds }));

export const useUpdateCourse = (id: string) => useCourseWrite((body: TUpdateCourseRequest) => api.patch(`/courses/${id}`, ZCourse, body));
export const useArchiveCourse = (id: string) => useCourseWrite((version: number) => api.post(`/courses/${id}/archive`, ZCourse, { version }));
export const useWithdraw = (id: string) =>
  useCourseWrite(({ personId, ...body }: TWithdrawRequest & { personId: string }) => api.post(`/courses/${id}/enrolments/${personId}/withdraw`, ZCourse, body));

export function useSavePlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ topic, plan }: { topic: string; plan: string }) => api.put(`/courses/topics/${topic}/plan`, z.array(ZCourseTopic), { plan }),
    onSuccess: (topics) => qc.setQueryData(topicsQuery.queryKey, topics),
  });
}

/** Field-error keys the course endpoints send, so the catalogue check knows they are in use. */
export const courseServerKeys = ['courses.errors.staff_unknown', 'courses.errors.centre_unknown', 'courses.errors.before_course'] as const;
