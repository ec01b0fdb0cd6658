import { describe, expect, it } from 'vitest';
import { abilitiesOf, actions, assignableRoles, can, permissions, roles, roleScope } from './roles.js';

describe('roles', () => {
  it('decides every action for every role', () => {
    for (const role of roles) expect(Object.keys(permissions[role]).sort()).toEqual([...actions].sort());
  });
  it('keeps personal data from viewers, who see aggregates only', () => {
    expect(can('viewer', 'person.read')).toBe(false);
    expect(can('viewer', 'case.read')).toBe(false);
    expect(roleScope.viewer).toBe('none');
  });
  it('lets only network administrators see all organisations and create them', () => {
    expect(roles.filter((r) => roleScope[r] === 'all')).toEqual(['network_admin']);
    expect(roles.filter((r) => can(r, 'organisation.create'))).toEqual(['network_admin']);
  });
  it('keeps administration from caseworkers and partners', () => {
    for (const role of ['caseworker', 'partner', 'facilitator', 'viewer'] as const) {
      expect(can(role, 'user.manage')).toBe(false);
      expect(can(role, 'audit.read_log')).toBe(false);
    }
  });
  it('does not let an organisation administrator hand out network administration', () => {
    expect(assignableRoles('administrator')).not.toContain('network_admin');
    expect(assignableRoles('network_admin')).toContain('network_admin');
  });
  it('sends the UI exactly the server-side permissions', () => {
    expect(abilitiesOf('supervisor')).toEqual(permissions.supervisor);
  });
});
