import type { TNotification } from '@homeward/core';
import type { CaseTab } from './tabs';

export type NotificationTarget = { to: 'approvals' } | { to: 'case'; caseId: string; tab?: CaseTab } | { to: 'none' };

/**
 * Where a notification leads: a request waiting for me to the approvals queue; a decision on my
 * request to the case, on the tab of what was decided.
 */
export function notificationTarget(n: Pick<TNotification, 'kind' | 'caseId' | 'params'>): NotificationTarget {
  if (n.kind === 'approval.requested') return { to: 'approvals' };
  if (!n.caseId) return { to: 'none' };
  const kind = n.params.approvalKind;
  const tab: CaseTab | undefined = kind === 'care_plan' ? 'plan' : kind === 'placement' ? 'placement' : undefined;
  return tab ? { to: 'case', caseId: n.caseId, tab } : { to: 'case', caseId: n.caseId };
}
