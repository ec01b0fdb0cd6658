import { describe, expect, it } from 'vitest';
import { idleState, secondsLeft } from './idle';
import { groupSecret, totpSecret } from './totp';
import { safeRedirect } from './redirect';

describe('idleState', () => {
  const min = 60_000;
  it('is active, then warns a minute before the end, then expires', () => {
    expect(idleState(0, 28 * min, 30 * min)).toBe('active');
    expect(idleState(0, 29 * min + 1, 30 * min)).toBe('warning');
    expect(idleState(0, 30 * min, 30 * min)).toBe('expired');
  });
  it('shortens the warning for a very short timeout instead of warning at once', () => {
    expect(idleState(0, 1_000, 60_000)).toBe('active');
    expect(idleState(0, 46_000, 60_000)).toBe('warning');
  });
  it('counts the seconds left, never below zero', () => {
    expect(secondsLeft(0, 29 * min + 30_500, 30 * min)).toBe(30);
    expect(secondsLeft(0, 31 * min, 30 * min)).toBe(0);
  });
});

describe('totp', () => {
  const uri = 'otpauth://totp/Homeward:admin%40example.org?secret=jbswy3dpehpk3pxpjbswy3dp&issuer=Homeward&digits=6&period=30';
  it('finds the secret in the URI', () => {
    expect(totpSecret(uri)).toBe('JBSWY3DPEHPK3PXPJBSWY3DP');
    expect(totpSecret('otpauth://totp/x?issuer=y')).toBeNull();
  });
  it('groups it in fours for typing', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXPJB')).toBe('JBSW Y3DP EHPK 3PXP JB');
  });
});

describe('safeRedirect', () => {
  it('only follows paths inside the app', () => {
    expect(safeRedirect('/admin/users?page=2')).toBe('/admin/users?page=2');
    expect(safeRedirect('//evil.example/x')).toBe('/');
    expect(safeRedirect('https://evil.example')).toBe('/');
    expect(safeRedirect('/sign-in?redirect=/x')).toBe('/');
    expect(safeRedirect(undefined)).toBe('/');
  });
});
