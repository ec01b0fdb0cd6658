import type { Role, TUser } from '@homeward/core';

export interface Manager {
  userId: string;
  role: Role;
  canManage: boolean;
}

/**
 * Whether `manager` may change `target` at all, as the server decides: user.manage, and only a
 * network administrator touches a network administrator's account.
 */
export const canEditUser = (manager: Manager, target: Pick<TUser, 'id' | 'role'>): boolean =>
  manager.canManage && (target.role !== 'network_admin' || manager.role === 'network_admin');

/** Nobody changes their own role or locks themselves out. */
export const canChangeRole = (manager: Manager, target: Pick<TUser, 'id' | 'role'>): boolean =>
  canEditUser(manager, target) && target.id !== manager.userId;

export const canDeactivate = canChangeRole;
