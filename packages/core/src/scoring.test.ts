import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TAnswers } from './schemas/assessments.js';
import { ZInstrumentDefinition, type TInstrumentDefinition, type TInstrumentItem } from './schemas/instruments.js';
import { checkAnswers, checkDefinition, itemsOf, levelOf, maxTotalOf, scoreAssessment } from './scoring.js';

const bi = (en: string) => ({ en, km: `${en} ខ្មែរ` });
const scale = (key: string, top = 4, options: { reasonRequired?: boolean; optional?: boolean } = {}): TInstrumentItem => ({
  kind: 'scale', key, label: bi(key), reasonRequired: options.reasonRequired ?? false, optional: options.optional ?? false,
  levels: Array.from({ length: top }, (_, i) => ({ value: i + 1, label: bi(`L${i + 1}`), colour: 'blue' as const })),
});
const def = (overrides: Partial<TInstrumentDefinition> = {}): TInstrumentDefinition => ZInstrumentDefinition.parse({
  sections: [
    { key: 'a', title: bi('A'), items: [scale('a1', 4, { reasonRequired: true }), scale('a2'), { kind: 'yes_no', key: 'a3', label: bi('a3'), optional: false }] },
    { key: 'b', title: bi('B'), items: [scale('b1', 4, { optional: true }), { kind: 'text', key: 'b2', label: bi('b2'), optional: true }] },
  ],
  thresholds: [
    { key: 'close', label: bi('close'), on: 'total', op: '>=', value: 9, allowsClosure: true },
    { key: 'a_low', label: bi('a low'), on: 'a', op: '<=', value: 3 },
  ],
  ...overrides,
});

describe('checkAnswers', () => {
  it('a draft is checked for shape only; submission needs required items and reasons', () => {
    const d = def();
    expect(checkAnswers(d, {}, false)).toEqual([]);
    expect(checkAnswers(d, {}, true)).toEqual([
      { itemKey: 'a1', code: 'required' }, { itemKey: 'a2', code: 'required' }, { itemKey: 'a3', code: 'required' },
    ]);
    const answers: TAnswers = { a1: { value: 2 }, a2: { value: 5 }, a3: { value: 'yes' }, zz: { value: 1 }, b2: { value: 3 } };
    expect(checkAnswers(d, answers, false)).toEqual([
      { itemKey: 'a2', code: 'out_of_range' }, { itemKey: 'a3', code: 'wrong_type' }, { itemKey: 'b2', code: 'wrong_type' }, { itemKey: 'zz', code: 'unknown_item' },
    ]);
    expect(checkAnswers(d, { a1: { value: 2, reason: '  ' }, a2: { value: 1 }, a3: { value: false } }, true)).toEqual([{ itemKey: 'a1', code: 'reason_required' }]);
    expect(checkAnswers(d, { a1: { value: 2, reason: 'seen' }, a2: { value: 1 }, a3: { value: false } }, true)).toEqual([]);
  });
});

describe('scoreAssessment', () => {
  it('adds sections and total, reads thresholds, lists low items, skips optional unanswered ones', () => {
    const score = scoreAssessment(def(), { a1: { value: 1, reason: 'x' }, a2: { value: 4 }, a3: { value: true }, b1: { value: 2 } });
    expect(score).toMatchObject({
      total: 7, maxTotal: 12, complete: true, lowItems: ['a1', 'b1'],
      sections: [{ key: 'a', score: 5, max: 8, answered: 2, items: 2 }, { key: 'b', score: 2, max: 4, answered: 1, items: 1 }],
      thresholds: [{ key: 'close', met: false, allowsClosure: true }, { key: 'a_low', met: false, allowsClosure: false }],
    });
  });

  // Random definitions: sections of scale items with 2…5 levels, and random answer sets.
  const definitionArb = fc.array(fc.array(fc.integer({ min: 2, max: 5 }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 })
    .chain((shape) => {
      const sections = shape.map((tops, si) => ({ key: `s${si}`, title: bi(`S${si}`), items: tops.map((top, ii) => scale(`i${si}_${ii}`, top)) }));
      const d = ZInstrumentDefinition.parse({ sections, thresholds: [], lowScoreAtMost: 2 });
      const answers = fc.record(Object.fromEntries(itemsOf(d).map(({ item }) => [item.key, fc.option(fc.integer({ min: -1, max: 7 }).map((value) => ({ value })), { nil: undefined })])));
      return fc.tuple(fc.constant(d), answers);
    });
  const clean = (a: Record<string, { value: number } | undefined>): TAnswers => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as TAnswers;

  it('total is the sum of sections and lies between 0 and the maximum', () => {
    fc.assert(fc.property(definitionArb, ([d, raw]) => {
      const s = scoreAssessment(d, clean(raw));
      expect(s.total).toBe(s.sections.reduce((a, x) => a + x.score, 0));
      expect(s.total).toBeGreaterThanOrEqual(0);
      expect(s.total).toBeLessThanOrEqual(maxTotalOf(d));
      for (const x of s.sections) expect(x.score).toBeLessThanOrEqual(x.max);
    }));
  });

  it('out-of-range answers count for nothing and are reported; a complete valid set scores with no problems', () => {
    fc.assert(fc.property(definitionArb, ([d, raw]) => {
      const answers = clean(raw);
      const problems = checkAnswers(d, answers, false);
      const valid = Object.fromEntries(Object.entries(answers).filter(([k]) => !problems.some((p) => p.itemKey === k)));
      expect(scoreAssessment(d, answers).total).toBe(scoreAssessment(d, valid).total);
      const full: TAnswers = Object.fromEntries(itemsOf(d).map(({ item }) => [item.key, { value: 1 }]));
      expect(checkAnswers(d, full, true)).toEqual([]);
      expect(scoreAssessment(d, full).complete).toBe(true);
    }));
  });

  it('raising one answer never lowers the total (scores are monotone)', () => {
    fc.assert(fc.property(definitionArb, fc.nat(), ([d], pick) => {
      const items = itemsOf(d);
      const low: TAnswers = Object.fromEntries(items.map(({ item }) => [item.key, { value: 1 }]));
      const { item } = items[pick % items.length]!;
      const high = { ...low, [item.key]: { value: 2 } };
      expect(scoreAssessment(d, high).total).toBe(scoreAssessment(d, low).total + 1);
      expect(scoreAssessment(d, low).lowItems).toHaveLength(items.length);
    }));
  });
});

describe('checkDefinition, maxTotalOf, levelOf', () => {
  it('finds duplicate keys, gaps in levels and thresholds on no section', () => {
    const d = def();
    expect(checkDefinition(d)).toEqual([]);
    const broken = structuredClone(d);
    broken.sections[1]!.items[0]!.key = 'a2';
    broken.sections[1]!.key = 'a';
    (broken.sections[0]!.items[1] as Extract<TInstrumentItem, { kind: 'scale' }>).levels[2]!.value = 9;
    broken.thresholds[1]!.on = 'c';
    expect(checkDefinition(broken)).toEqual([
      { path: 'definition.sections.0.items.1.levels', code: 'levels_not_consecutive' },
      { path: 'definition.sections.1.key', code: 'duplicate_key' },
      { path: 'definition.sections.1.items.0.key', code: 'duplicate_key' },
      { path: 'definition.thresholds.1.on', code: 'unknown_threshold_target' },
    ]);
  });

  it('the maximum is the sum of top levels; levels are found by value', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 2, max: 11 }), { minLength: 1, maxLength: 20 }), (tops) => {
      const d = ZInstrumentDefinition.parse({ sections: [{ key: 's', title: bi('S'), items: tops.map((top, i) => scale(`i${i}`, top)) }] });
      expect(maxTotalOf(d)).toBe(tops.reduce((a, b) => a + b, 0));
    }));
    const item = scale('x', 4) as Extract<TInstrumentItem, { kind: 'scale' }>;
    expect(levelOf(item, 3)?.label.en).toBe('L3');
    expect(levelOf(item, 5)).toBeNull();
  });
});
