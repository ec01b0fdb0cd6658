import { describe, expect, it } from 'vitest';
import { blankInput, changeKind, countUnder, defaultLevels, keysOf, move, newItem, newSection, problemsOf, renumber, uniqueKey } from './builder';

const filled = () => {
  const input = blankInput();
  input.code = 'wellbeing';
  input.name = { en: 'Wellbeing', km: 'សុខុមាលភាព' };
  input.definition.sections[0]!.title = { en: 'Health', km: 'សុខភាព' };
  input.definition.sections[0]!.items[0]!.label = { en: 'Eats enough', km: 'ញ៉ាំគ្រប់គ្រាន់' };
  return input;
};

describe('instrument builder', () => {
  it('finds no problem with a complete draft', () => {
    expect(problemsOf(filled())).toEqual({});
  });

  it('names the missing Khmer label by its path', () => {
    const input = filled();
    input.definition.sections[0]!.items[0]!.label.km = '';
    const problems = problemsOf(input);
    expect(Object.keys(problems)).toEqual(['definition.sections.0.items.0.label.km']);
    expect(countUnder(problems, 'definition.sections.0')).toBe(1);
    expect(countUnder(problems, 'definition.sections.1')).toBe(0);
  });

  it('reads a badly formed key as an invalid key, not a generic format error', () => {
    const input = filled();
    input.code = 'Bad Code';
    expect(problemsOf(input).code).toEqual({ key: 'instruments.problems.invalid_key' });
  });

  it('reports the structural rules zod cannot see: duplicate keys and unknown threshold targets', () => {
    const input = filled();
    input.definition.sections.push({ ...newSection('section_2'), items: [newItem('yes_no', 'section_1_1')] });
    input.definition.sections[1]!.title = { en: 'Home', km: 'ផ្ទះ' };
    input.definition.sections[1]!.items[0]!.label = { en: 'Has a bed', km: 'មានគ្រែ' };
    input.definition.thresholds = [{ key: 'closure', label: { en: 'Closure', km: 'បិទករណី' }, on: 'nowhere', op: '>=', value: 3, allowsClosure: true }];
    expect(problemsOf(input)).toEqual({
      'definition.sections.1.items.0.key': { key: 'instruments.problems.duplicate_key' },
      'definition.thresholds.0.on': { key: 'instruments.problems.unknown_threshold_target' },
    });
  });

  it('makes keys unique across sections and items', () => {
    const input = filled();
    expect(keysOf(input)).toEqual(['section_1', 'section_1_1']);
    expect(uniqueKey('section_1', keysOf(input))).toBe('section_1_2');
    expect(uniqueKey('section_2', keysOf(input))).toBe('section_2');
  });

  it('moves within bounds only', () => {
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });

  it('keeps levels consecutive after one is removed', () => {
    const levels = defaultLevels();
    levels.splice(1, 1);
    expect(renumber(levels).map((l) => l.value)).toEqual([1, 2, 3]);
  });

  it('keeps the key and label when an item changes kind', () => {
    const item = { ...newItem('scale', 'food'), label: { en: 'Food', km: 'អាហារ' } };
    const yesNo = changeKind(item, 'yes_no');
    expect(yesNo).toEqual({ kind: 'yes_no', key: 'food', label: { en: 'Food', km: 'អាហារ' }, optional: true });
  });
});
