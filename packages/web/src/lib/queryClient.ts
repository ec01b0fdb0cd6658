import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api';

/** Errors a retry cannot fix: the server understood and said no. */
const isFinal = (error: unknown): boolean => isApiError(error) && error.status >= 400 && error.status < 500;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failures, error) => !isFinal(error) && failures < 2,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
