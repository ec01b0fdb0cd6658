import { describe, expect, it } from 'vitest';
import { percentile } from './load.js';

// The benchmark's figures are only as good as this: nearest rank, never interpolated, never
// reading past either end.
describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('gives the smallest value with at least p of the values at or below it', () => {
    expect(percentile(hundred, 0.5)).toBe(50);
    expect(percentile(hundred, 0.95)).toBe(95);
    expect(percentile(hundred, 0.99)).toBe(99);
    expect(percentile(hundred, 1)).toBe(100);
  });

  it('rounds the rank up on small samples instead of interpolating', () => {
    expect(percentile([10, 20, 30], 0.5)).toBe(20);
    expect(percentile([10, 20, 30], 0.95)).toBe(30);
    expect(percentile([10, 20, 30, 40], 0.5)).toBe(20);
    expect(percentile([10, 20, 30, 40], 0.51)).toBe(30);
  });

  it('stays inside the samples at the edges and is 0 with none', () => {
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([3, 9], 0)).toBe(3);
    expect(percentile([], 0.95)).toBe(0);
  });
});
