import { ZPersonProgrammes, ZProgrammeCentre } from '@homeward/core';
import { queryOptions } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { api, isApiError } from '../../lib/api';
import { translateMessage } from '../../lib/i18n';
import { fieldMessage } from '../../lib/messages';

export const personProgrammesQuery = (personId: string) =>
  queryOptions({ queryKey: ['programmes', 'person', personId], queryFn: () => api.get(`/people/${personId}/programmes`, ZPersonProgrammes) });

export const programmeCentresQuery = queryOptions({ queryKey: ['programmes', 'centres'], queryFn: () => api.get('/programmes/centres', z.array(ZProgrammeCentre)), staleTime: 5 * 60_000 });

/** The server's field errors, translated, by their full field path (`candidates.0.position`). */
export function fieldErrorsOf(t: TFunction, error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const out: Record<string, string> = {};
  for (const f of error.fields) out[f.field] ??= translateMessage(t, fieldMessage(f));
  return out;
}

/** Today in the browser's zone, as the date inputs and the server read it. */
export const todayLocal = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
