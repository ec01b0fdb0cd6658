import type { TAnswers, TScore } from './schemas/assessments.js';
import type { TInstrumentDefinition, TInstrumentItem, TScaleItem } from './schemas/instruments.js';

// Scoring rules for assessments (issue 5). The server scores what it stores; the browser runs the
// same functions for the live total, so the two can never disagree.

export type AnswerProblem = { itemKey: string; code: 'required' | 'reason_required' | 'out_of_range' | 'wrong_type' | 'unknown_item' };

const scaleItems = (items: readonly TInstrumentItem[]): TScaleItem[] => items.filter((i): i is TScaleItem => i.kind === 'scale');
const levelValues = (item: TScaleItem): number[] => item.levels.map((l) => l.value);
export const scaleMax = (item: TScaleItem): number => Math.max(...levelValues(item));

/** Every item of a definition in order, with the section it sits in. */
export function itemsOf(definition: TInstrumentDefinition): Array<{ sectionKey: string; item: TInstrumentItem }> {
  return definition.sections.flatMap((s) => s.items.map((item) => ({ sectionKey: s.key, item })));
}

/** Highest possible total: the sum of every scale item's top level. */
export function maxTotalOf(definition: TInstrumentDefinition): number {
  return definition.sections.reduce((sum, s) => sum + scaleItems(s.items).reduce((a, i) => a + scaleMax(i), 0), 0);
}

/**
 * What is wrong with a set of answers. A draft is checked for shape only (`final: false`);
 * submission also needs every required item, and a reason wherever the item asks for one.
 */
export function checkAnswers(definition: TInstrumentDefinition, answers: TAnswers, final: boolean): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const known = new Set<string>();
  for (const { item } of itemsOf(definition)) {
    known.add(item.key);
    const answer = answers[item.key];
    const value = answer?.value ?? null;
    const empty = value === null || value === '';
    if (empty) {
      if (final && !item.optional) problems.push({ itemKey: item.key, code: 'required' });
      continue;
    }
    if (item.kind === 'scale') {
      if (typeof value !== 'number') problems.push({ itemKey: item.key, code: 'wrong_type' });
      else if (!levelValues(item).includes(value)) problems.push({ itemKey: item.key, code: 'out_of_range' });
      else if (final && item.reasonRequired && !answer?.reason?.trim()) problems.push({ itemKey: item.key, code: 'reason_required' });
    } else if (item.kind === 'yes_no' && typeof value !== 'boolean') {
      problems.push({ itemKey: item.key, code: 'wrong_type' });
    } else if (item.kind === 'text' && typeof value !== 'string') {
      problems.push({ itemKey: item.key, code: 'wrong_type' });
    }
  }
  for (const key of Object.keys(answers)) if (!known.has(key)) problems.push({ itemKey: key, code: 'unknown_item' });
  return problems;
}

/** Section subtotals, total, thresholds and low items, from whatever has been answered so far. */
export function scoreAssessment(definition: TInstrumentDefinition, answers: TAnswers): TScore {
  const scoreOf = (item: TScaleItem): number | null => {
    const v = answers[item.key]?.value;
    return typeof v === 'number' && levelValues(item).includes(v) ? v : null;
  };
  const sections = definition.sections.map((s) => {
    const items = scaleItems(s.items);
    const scores = items.map(scoreOf);
    return {
      key: s.key,
      score: scores.reduce<number>((a, v) => a + (v ?? 0), 0),
      max: items.reduce((a, i) => a + scaleMax(i), 0),
      answered: scores.filter((v) => v !== null).length,
      items: items.length,
    };
  });
  const total = sections.reduce((a, s) => a + s.score, 0);
  const valueOn = (on: string): number => (on === 'total' ? total : (sections.find((s) => s.key === on)?.score ?? 0));
  const lowItems = definition.sections.flatMap((s) =>
    scaleItems(s.items).filter((i) => { const v = scoreOf(i); return v !== null && v <= definition.lowScoreAtMost; }).map((i) => i.key));
  return {
    sections,
    total,
    maxTotal: maxTotalOf(definition),
    complete: checkAnswers(definition, answers, true).length === 0,
    thresholds: definition.thresholds.map((t) => ({
      key: t.key, label: t.label, allowsClosure: t.allowsClosure,
      met: t.op === '>=' ? valueOn(t.on) >= t.value : valueOn(t.on) <= t.value,
    })),
    lowItems,
  };
}

export type DefinitionProblem = { path: string; code: 'duplicate_key' | 'levels_not_consecutive' | 'unknown_threshold_target' };

/**
 * Structural rules zod can't express: keys unique across the whole instrument (answers are keyed
 * by them), levels consecutive whole numbers, thresholds aimed at the total or a real section.
 */
export function checkDefinition(definition: TInstrumentDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const seen = new Set<string>();
  definition.sections.forEach((s, si) => {
    if (seen.has(s.key)) problems.push({ path: `definition.sections.${si}.key`, code: 'duplicate_key' });
    seen.add(s.key);
    s.items.forEach((item, ii) => {
      const path = `definition.sections.${si}.items.${ii}`;
      if (seen.has(item.key)) problems.push({ path: `${path}.key`, code: 'duplicate_key' });
      seen.add(item.key);
      if (item.kind === 'scale') {
        const values = levelValues(item);
        if (values.some((v, i) => i > 0 && v !== values[i - 1]! + 1)) problems.push({ path: `${path}.levels`, code: 'levels_not_consecutive' });
      }
    });
  });
  const sectionKeys = new Set(definition.sections.map((s) => s.key));
  definition.thresholds.forEach((t, ti) => {
    if (t.on !== 'total' && !sectionKeys.has(t.on)) problems.push({ path: `definition.thresholds.${ti}.on`, code: 'unknown_threshold_target' });
  });
  return problems;
}

/** The level an item was scored at, for labels and colours. */
export function levelOf(item: TScaleItem, value: number) {
  return item.levels.find((l) => l.value === value) ?? null;
}
