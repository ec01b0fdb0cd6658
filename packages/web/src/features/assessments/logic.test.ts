import { checkAnswers, type TInstrumentDefinition, type TTrend } from '@homeward/core';
import { describe, expect, it } from 'vitest';
import {
  compactAnswers, compareAnswers, firstProblemItem, pick, problemsByItem, sameAnswers, serverProblemsByItem, subjectsFor, trendChange, trendRows, withAnswer,
} from './logic';

const levels = [1, 2, 3, 4].map((value) => ({ value, label: { en: `L${value}`, km: `ក${value}` }, colour: 'red' as const }));
const definition: TInstrumentDefinition = {
  sections: [
    { key: 'food', title: { en: 'Food', km: 'អាហារ' }, items: [
      { kind: 'scale', key: 'food_security', label: { en: 'Food security', km: 'សន្តិសុខស្បៀង' }, levels, reasonRequired: true, optional: false },
      { kind: 'scale', key: 'nutrition', label: { en: 'Nutrition', km: 'អាហារូបត្ថម្ភ' }, levels, reasonRequired: false, optional: false },
    ] },
    { key: 'home', title: { en: 'Home', km: 'ផ្ទះ' }, items: [
      { kind: 'yes_no', key: 'has_bed', label: { en: 'Has a bed', km: 'មានគ្រែ' }, optional: false },
      { kind: 'text', key: 'comment', label: { en: 'Comment', km: 'មតិ' }, optional: true },
    ] },
  ],
  thresholds: [],
  lowScoreAtMost: 2,
};

describe('answers as the form edits them', () => {
  it('drops empty answers, so a cleared choice is not an unsaved change', () => {
    const a = withAnswer(withAnswer({}, 'nutrition', { value: 3 }), 'comment', { value: '' });
    expect(compactAnswers(a)).toEqual({ nutrition: { value: 3 } });
    expect(sameAnswers(a, { nutrition: { value: 3 } })).toBe(true);
    expect(sameAnswers(a, { nutrition: { value: 2 } })).toBe(false);
  });

  it('keeps the value when only the reason changes, and the other way round', () => {
    const a = withAnswer({ food_security: { value: 2 } }, 'food_security', { reason: 'No rice left' });
    expect(a.food_security).toEqual({ value: 2, reason: 'No rice left' });
    expect(sameAnswers(a, { food_security: { value: 2 } })).toBe(false);
  });
});

describe('problems by item', () => {
  it('finds the first problem in the order the form shows the items', () => {
    const answers = { nutrition: { value: 3 }, food_security: { value: 1 } };
    const problems = problemsByItem(checkAnswers(definition, answers, true));
    expect(problems).toEqual({ food_security: 'reason_required', has_bed: 'required' });
    expect(firstProblemItem(definition, problems)).toBe('food_security');
    expect(firstProblemItem(definition, {})).toBeNull();
  });

  it('puts the server field errors on their items and keeps the rest for the form', () => {
    const { byItem, rest } = serverProblemsByItem([
      { field: 'answers.food_security.reason', key: 'validation.reason_required' },
      { field: 'answers.has_bed', key: 'validation.required' },
      { field: 'rowVersion', key: 'validation.invalid' },
    ]);
    expect(byItem).toEqual({ food_security: 'validation.reason_required', has_bed: 'validation.required' });
    expect(rest).toEqual([{ field: 'rowVersion', key: 'validation.invalid' }]);
    expect(firstProblemItem(definition, byItem)).toBe('food_security');
  });
});

describe('text and subjects', () => {
  it('falls back to the other language when one is empty', () => {
    expect(pick({ en: 'Food', km: 'អាហារ' }, 'km')).toBe('អាហារ');
    expect(pick({ en: 'Food', km: '' }, 'km')).toBe('Food');
    expect(pick(undefined, 'en')).toBe('');
  });

  it('offers a person both child and young-person instruments', () => {
    expect(subjectsFor('person')).toEqual(['child', 'young_person']);
    expect(subjectsFor('household')).toEqual(['household']);
  });
});

describe('trend', () => {
  const trend: TTrend = {
    instrumentCode: 'csi',
    sections: [{ key: 'food', title: { en: 'Food', km: 'អាហារ' }, max: 8 }, { key: 'home', title: { en: 'Home', km: 'ផ្ទះ' }, max: 8 }],
    points: [
      { assessmentId: 'b', assessedOn: '2026-06-01', instrumentVersion: 2, total: 12, maxTotal: 16, sections: { food: 6, home: 6, retired: 1 } },
      { assessmentId: 'a', assessedOn: '2026-01-10', instrumentVersion: 1, total: 7, maxTotal: 16, sections: { food: 3 } },
    ],
  };

  it('orders points oldest first and leaves a section a version lacked as a gap, not a zero', () => {
    const rows = trendRows(trend);
    expect(rows.map((r) => r.assessmentId)).toEqual(['a', 'b']);
    expect(rows[0]).toEqual({ assessmentId: 'a', assessedOn: '2026-01-10', total: 7, s_food: 3 });
    expect(rows[1]).toEqual({ assessmentId: 'b', assessedOn: '2026-06-01', total: 12, s_food: 6, s_home: 6 });
  });

  it('reports the change from the first to the last total', () => {
    expect(trendChange(trend)).toBe(5);
    expect(trendChange({ ...trend, points: trend.points.slice(0, 1) })).toBeNull();
  });
});

describe('comparison', () => {
  it('gives a signed change for two scale scores and marks what changed', () => {
    const rows = compareAnswers(definition, { food_security: { value: 1 }, has_bed: { value: false } }, { food_security: { value: 3 }, has_bed: { value: true }, nutrition: { value: 2 } });
    const by = Object.fromEntries(rows.map((r) => [r.item.key, r]));
    expect(by.food_security).toMatchObject({ before: 1, after: 3, change: 2, changed: true });
    expect(by.nutrition).toMatchObject({ before: undefined, after: 2, change: null, changed: true });
    expect(by.has_bed).toMatchObject({ change: null, changed: true });
    expect(by.comment).toMatchObject({ changed: false });
    expect(rows.map((r) => r.sectionKey)).toEqual(['food', 'food', 'home', 'home']);
  });
});
