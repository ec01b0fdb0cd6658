import { ZMe, type Action, type TMe } from '@homeward/core';
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, isApiError } from '../../lib/api';

export const meQueryKey = ['me'] as const;

/** Who is signed in, or `null` when no one is (the server answers 401). */
async function fetchMe(): Promise<TMe | null> {
  try {
    return await api.get('/me', ZMe);
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const meQuery = queryOptions({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 60_000 });

/** The signed-in person; `null` when signed out, `undefined` while still loading. */
export function useMe(): TMe | null | undefined {
  return useQuery(meQuery).data;
}

/** Whether the signed-in person may take an action: the server computed this, so buttons match. */
export function useCan(): (action: Action) => boolean {
  const me = useMe();
  return (action) => me?.abilities[action] === true;
}

/** What a signed-in person still has to do before using the app. */
export type PendingSetUp = 'password' | 'two-factor' | null;
export function pendingSetUp(me: TMe): PendingSetUp {
  if (me.user.mustChangePassword) return 'password';
  if (me.mustSetUpTwoFactor) return 'two-factor';
  return null;
}

// ---- auth endpoints (the auth library's, bridged by the server) ---------------------------------
const ZAnything = z.looseObject({});
const ZSignInResponse = z.looseObject({ twoFactorRedirect: z.boolean().optional() });
export const ZTwoFactorEnableResponse = z.object({ totpURI: z.string(), backupCodes: z.array(z.string()) });

/** Sign in with email and password; `twoFactor` when a code is needed next. */
export async function signIn(email: string, password: string): Promise<'signed-in' | 'two-factor'> {
  const r = await api.post('/auth/sign-in/email', ZSignInResponse, { email, password });
  return r.twoFactorRedirect ? 'two-factor' : 'signed-in';
}

export const verifyTotp = (code: string) => api.post('/auth/two-factor/verify-totp', ZAnything, { code });
export const verifyBackupCode = (code: string) => api.post('/auth/two-factor/verify-backup-code', ZAnything, { code });
export const enableTwoFactor = (password: string) => api.post('/auth/two-factor/enable', ZTwoFactorEnableResponse, { password });
export const disableTwoFactor = (password: string) => api.post('/auth/two-factor/disable', ZAnything, { password });
export const changePassword = (currentPassword: string, newPassword: string) =>
  api.post('/auth/change-password', ZAnything, { currentPassword, newPassword, revokeOtherSessions: true });

/** Why the last session ended, told once on the sign-in screen. */
export type SessionEndReason = 'idle' | 'expired' | 'signed_out';
let endReason: SessionEndReason | null = null;

/** The reason the last session ended: every way of ending one records it. */
export const lastEndReason = (): SessionEndReason => endReason ?? 'expired';

/** Forget everything cached for this person, so the next person on a shared phone sees none of it. */
export function forgetSession(queryClient: QueryClient, reason: SessionEndReason): void {
  endReason = reason;
  // `me` is set to null, not removed, so the screens watching it follow at once to sign-in.
  void queryClient.cancelQueries();
  queryClient.setQueryData(meQueryKey, null);
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
  queryClient.getMutationCache().clear();
}

/** End the session on the server (it may have ended already), then forget it here. */
export async function signOut(queryClient: QueryClient, reason: SessionEndReason): Promise<void> {
  try {
    await api.post('/auth/sign-out', ZAnything, {});
  } catch {
    // Already signed out on the server (idle expiry, another tab): forgetting here is what matters.
  } finally {
    forgetSession(queryClient, reason);
  }
}

/** Touch the server so its sliding session follows activity that makes no request of its own. */
export const pingSession = () => api.get('/me', ZMe);
