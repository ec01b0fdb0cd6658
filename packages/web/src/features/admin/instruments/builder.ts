import {
  checkDefinition, ZInstrumentInput, type TInstrument, type TInstrumentInput, type TInstrumentItem, type TInstrumentSection, type TScaleLevel, type TThreshold,
} from '@homeward/core';
import { issueMessage, type Message } from '../../../lib/messages';

/*
 * Pure rules of the instrument builder: blank parts to add, moving and keys, and every problem
 * with a draft (zod's and the structural ones) as a message by path, e.g.
 * `definition.sections.0.items.2.label.km`.
 */

/** The four CSI levels (1 very bad … 4 good, red / yellow / blue / green) to start a scale from. */
export function defaultLevels(): TScaleLevel[] {
  return [
    { value: 1, label: { en: 'Very bad', km: 'អាក្រក់ខ្លាំង' }, colour: 'red' },
    { value: 2, label: { en: 'Bad', km: 'អាក្រក់' }, colour: 'yellow' },
    { value: 3, label: { en: 'Fair', km: 'មធ្យម' }, colour: 'blue' },
    { value: 4, label: { en: 'Good', km: 'ល្អ' }, colour: 'green' },
  ];
}

/** A key not yet used in the instrument: `base`, else `base_2`, `base_3` … */
export function uniqueKey(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}_${n}`)) return `${base}_${n}`;
}

/** Every section and item key of a draft (they share one namespace: answers are keyed by them). */
export function keysOf(input: Pick<TInstrumentInput, 'definition'>): string[] {
  return input.definition.sections.flatMap((s) => [s.key, ...s.items.map((i) => i.key)]);
}

export function newItem(kind: TInstrumentItem['kind'], key: string): TInstrumentItem {
  const label = { en: '', km: '' };
  if (kind === 'scale') return { kind, key, label, levels: defaultLevels(), reasonRequired: false, optional: false };
  return { kind, key, label, optional: true };
}

/** An item turned into another kind, keeping its key, label and help. */
export function changeKind(item: TInstrumentItem, kind: TInstrumentItem['kind']): TInstrumentItem {
  if (item.kind === kind) return item;
  const fresh = newItem(kind, item.key);
  return { ...fresh, label: item.label, ...(item.help ? { help: item.help } : {}) };
}

export function newSection(key: string): TInstrumentSection {
  return { key, title: { en: '', km: '' }, items: [newItem('scale', `${key}_1`)] };
}

export function newThreshold(key: string): TThreshold {
  return { key, label: { en: '', km: '' }, on: 'total', op: '>=', value: 0, allowsClosure: false };
}

/** A copy of a list with one element moved up (-1) or down (+1); unchanged at the ends. */
export function move<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= list.length) return [...list];
  const out = [...list];
  [out[index], out[to]] = [out[to]!, out[index]!];
  return out;
}

/** Levels renumbered from the lowest value up, so they stay consecutive after adding or removing. */
export function renumber(levels: readonly TScaleLevel[]): TScaleLevel[] {
  const start = levels[0]?.value ?? 1;
  return levels.map((l, i) => ({ ...l, value: start + i }));
}

/** An instrument as the editor's starting values. */
export function inputOf(i: TInstrument): TInstrumentInput {
  return {
    code: i.code,
    name: i.name,
    ...(i.description ? { description: i.description } : {}),
    subject: i.subject,
    frequencyDays: i.frequencyDays,
    definition: i.definition,
  };
}

export function blankInput(): TInstrumentInput {
  return { code: '', name: { en: '', km: '' }, subject: 'child', frequencyDays: 180, definition: { sections: [newSection('section_1')], thresholds: [], lowScoreAtMost: 2 } };
}

const definitionProblemKeys = {
  duplicate_key: 'instruments.problems.duplicate_key',
  levels_not_consecutive: 'instruments.problems.levels_not_consecutive',
  unknown_threshold_target: 'instruments.problems.unknown_threshold_target',
} as const;

/** Every problem with a draft, by path; the first of each path only. */
export function problemsOf(input: TInstrumentInput): Record<string, Message> {
  const out: Record<string, Message> = {};
  const parsed = ZInstrumentInput.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      const last = issue.path[issue.path.length - 1];
      const message = (last === 'key' || last === 'code') && issue.code === 'invalid_format' ? { key: 'instruments.problems.invalid_key' } : issueMessage(issue as Parameters<typeof issueMessage>[0]);
      out[path] ??= message;
    }
    return out;
  }
  for (const p of checkDefinition(parsed.data.definition)) out[p.path] ??= { key: definitionProblemKeys[p.code] };
  return out;
}

/** Problems at a path or under it (for a section or an item that holds them). */
export function countUnder(problems: Record<string, Message>, prefix: string): number {
  return Object.keys(problems).filter((p) => p === prefix || p.startsWith(`${prefix}.`)).length;
}
