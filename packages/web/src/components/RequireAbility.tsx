import type { Action } from '@homeward/core';
import type { ReactNode } from 'react';
import { useCan } from '../features/auth/session';
import { NoAccess } from './States';

/** Shows a screen only to people whose role allows it; the server checks the same ability. */
export function RequireAbility({ action, children }: { action: Action; children: ReactNode }) {
  const can = useCan();
  return can(action) ? <>{children}</> : <NoAccess />;
}
