import { abilitiesOf, roles, type Action, type Role, type TLookup } from '@homeward/core';
import { describe, expect, it } from 'vitest';
import { generateTemporaryPassword } from '../../lib/password';
import { canAdminister, visibleAdminEntries } from '../shell/navigation';
import { inDisplayOrder, moveValue, valueFromLabel } from './lookups/order';
import { canChangeRole, canDeactivate, canEditUser } from './users/rules';
import { auditActionColor } from './audit/values';

const canAs = (role: Role) => (a: Action) => abilitiesOf(role)[a];

describe('navigation by abilities', () => {
  it('shows no Administration to caseworkers, facilitators, partners or viewers', () => {
    for (const role of ['caseworker', 'facilitator', 'partner', 'viewer'] as const) {
      expect(canAdminister(canAs(role))).toBe(false);
      expect(visibleAdminEntries(canAs(role))).toEqual([]);
    }
  });
  it('shows an administrator every screen but the list of all organisations', () => {
    const screens = visibleAdminEntries(canAs('administrator')).map((e) => e.to);
    expect(screens).toContain('/admin/users');
    expect(screens).toContain('/admin/audit');
    expect(screens).not.toContain('/admin/organisations');
    expect(visibleAdminEntries(canAs('network_admin')).map((e) => e.to)).toContain('/admin/organisations');
  });
  it('shows a supervisor the staff but not the audit log or roles', () => {
    const screens = visibleAdminEntries(canAs('supervisor')).map((e) => e.to);
    expect(screens).toContain('/admin/users');
    expect(screens).not.toContain('/admin/audit');
    expect(screens).not.toContain('/admin/roles');
  });
  it('never offers a screen whose ability the role lacks', () => {
    for (const role of roles) {
      for (const e of visibleAdminEntries(canAs(role))) expect(abilitiesOf(role)[e.action]).toBe(true);
    }
  });
});

describe('user rules', () => {
  const admin = { userId: 'a', role: 'administrator' as const, canManage: true };
  it('lets an administrator manage staff but not a network administrator', () => {
    expect(canEditUser(admin, { id: 'b', role: 'caseworker' })).toBe(true);
    expect(canEditUser(admin, { id: 'n', role: 'network_admin' })).toBe(false);
    expect(canEditUser({ ...admin, role: 'network_admin' }, { id: 'n', role: 'network_admin' })).toBe(true);
  });
  it('never lets someone change their own role or deactivate themselves', () => {
    expect(canEditUser(admin, { id: 'a', role: 'administrator' })).toBe(true);
    expect(canChangeRole(admin, { id: 'a', role: 'administrator' })).toBe(false);
    expect(canDeactivate(admin, { id: 'a', role: 'administrator' })).toBe(false);
  });
  it('gives nothing without user.manage', () => {
    expect(canEditUser({ ...admin, canManage: false }, { id: 'b', role: 'caseworker' })).toBe(false);
  });
});

const lookup = (id: string, sortOrder: number, labelEn = id): TLookup => ({ id, list: 'l', value: id, labelEn, labelKm: id, sortOrder, active: true });

describe('list order', () => {
  it('sorts by order, then by English label', () => {
    expect(inDisplayOrder([lookup('b', 10), lookup('c', 5), lookup('a', 10)]).map((l) => l.id)).toEqual(['c', 'a', 'b']);
  });
  it('moves a value and renumbers only what changed', () => {
    const items = [lookup('a', 10), lookup('b', 20), lookup('c', 30)];
    expect(moveValue(items, 'c', -1)).toEqual([{ id: 'c', sortOrder: 20 }, { id: 'b', sortOrder: 30 }]);
    expect(moveValue(items, 'a', -1)).toEqual([]);
    expect(moveValue(items, 'c', 1)).toEqual([]);
  });
  it('spreads out equal orders when moving', () => {
    const items = [lookup('a', 0), lookup('b', 0), lookup('c', 0)];
    expect(moveValue(items, 'a', 1)).toEqual([{ id: 'b', sortOrder: 10 }, { id: 'a', sortOrder: 20 }, { id: 'c', sortOrder: 30 }]);
  });
});

describe('valueFromLabel', () => {
  it('makes a stored code the server accepts', () => {
    expect(valueFromLabel('Pagoda or religious place')).toBe('pagoda_or_religious_place');
    expect(valueFromLabel('  Bătdâmbâng / DoSVY!  ')).toBe('batdambang_dosvy');
    expect(valueFromLabel('ភ្នំពេញ')).toBe('');
    expect(valueFromLabel('x'.repeat(100))).toHaveLength(80);
  });
});

describe('generateTemporaryPassword', () => {
  it('is long enough and free of look-alike characters', () => {
    const p = generateTemporaryPassword();
    expect(p).toMatch(/^[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}$/);
    expect(p).not.toMatch(/[01lIoO]/);
  });
  it('uses the random source it is given', () => {
    expect(generateTemporaryPassword((n) => new Uint32Array(n))).toBe('aaaa-aaaa-aaaa');
  });
});

describe('auditActionColor', () => {
  it('makes failures stand out', () => {
    expect(auditActionColor('auth.sign_in_failed')).toBe('red');
    expect(auditActionColor('auth.sign_in_locked')).toBe('red');
    expect(auditActionColor('read')).toBe('gray');
  });
});
