import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_PREFIX_PATTERN, caseNumberPrefix, formatCaseNumber } from './case-number.js';

describe('case numbers', () => {
  it('uses the initials of the organisation name', () => {
    expect(caseNumberPrefix("M'Lup Russey")).toBe('MR');
    expect(caseNumberPrefix('Friends International Cambodia')).toBe('FIC');
    expect(caseNumberPrefix('Homeward')).toBe('HOM');
    expect(caseNumberPrefix('Bătdâmbâng Children Aid')).toBe('BCA');
  });
  it('prefers a valid configured prefix and falls back for a Khmer-only name', () => {
    expect(caseNumberPrefix('Anything', 'MLR')).toBe('MLR');
    expect(caseNumberPrefix('Anything', 'bad prefix')).toBe('ANY');
    expect(caseNumberPrefix('អង្គការ')).toBe('HW');
  });
  it('always yields a valid prefix', () => {
    fc.assert(fc.property(fc.string(), (name) => CASE_PREFIX_PATTERN.test(caseNumberPrefix(name))));
  });
  it('pads the counter to six digits', () => {
    expect(formatCaseNumber('MR', 2026, 123)).toBe('MR-2026-000123');
    expect(formatCaseNumber('MR', 2026, 1234567)).toBe('MR-2026-1234567');
  });
});
