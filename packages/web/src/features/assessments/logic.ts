import {
  itemsOf, type AnswerProblem, type FieldError, type TAnswer, type TAnswers, type TAssessmentSubjectType, type TBilingual, type TInstrumentDefinition,
  type TInstrumentItem, type TInstrumentSubject, type TTrend,
} from '@homeward/core';

/*
 * Pure rules of the assessment screens: answers as the form edits them, problems by item,
 * server errors onto items, the trend's series and the comparison of two assessments.
 */

export type Language = 'en' | 'km';

/** Text in the current language, or the other one when this one was left empty. */
export function pick(text: { en: string; km: string } | null | undefined, language: Language): string {
  if (!text) return '';
  const other = language === 'km' ? text.en : text.km;
  return text[language].trim() ? text[language] : other;
}

/** The Mantine colour a level is shown in. */
export function levelColour(colour: string): string {
  return colour === 'grey' ? 'gray' : colour;
}

/** An answer with nothing in it counts as no answer (so a cleared choice is not "changed"). */
const isEmptyAnswer = (a: TAnswer | undefined): boolean => !a || ((a.value === null || a.value === '') && !a.reason?.trim());

/** Answers without empty entries: what is saved and what "unsaved changes" compares. */
export function compactAnswers(answers: TAnswers): TAnswers {
  const out: TAnswers = {};
  for (const [key, a] of Object.entries(answers)) {
    if (isEmptyAnswer(a)) continue;
    const reason = a.reason?.trim();
    out[key] = { value: a.value === '' ? null : a.value, ...(reason ? { reason: a.reason } : {}) };
  }
  return out;
}

/** Whether two sets of answers say the same thing. */
export function sameAnswers(a: TAnswers, b: TAnswers): boolean {
  const x = compactAnswers(a);
  const y = compactAnswers(b);
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const k of keys) {
    if (x[k]?.value !== y[k]?.value || (x[k]?.reason ?? '') !== (y[k]?.reason ?? '')) return false;
  }
  return true;
}

/** Answers with one item's value or reason changed. */
export function withAnswer(answers: TAnswers, key: string, change: Partial<TAnswer>): TAnswers {
  const current = answers[key] ?? { value: null };
  return { ...answers, [key]: { ...current, ...change } };
}

export type ItemProblemCode = AnswerProblem['code'];

/** The first problem of each item, keyed by item. */
export function problemsByItem(problems: readonly AnswerProblem[]): Record<string, ItemProblemCode> {
  const out: Record<string, ItemProblemCode> = {};
  for (const p of problems) out[p.itemKey] ??= p.code;
  return out;
}

/** The first item (in the order the form shows them) that has a problem. */
export function firstProblemItem(definition: TInstrumentDefinition, problems: Record<string, unknown>): string | null {
  return itemsOf(definition).find(({ item }) => problems[item.key] !== undefined)?.item.key ?? null;
}

/**
 * The server's field errors that name an answer (`answers.<itemKey>`, `answers.<itemKey>.reason`)
 * as catalogue keys by item; the rest are left for a message above the form.
 */
export function serverProblemsByItem(fields: readonly FieldError[]): { byItem: Record<string, string>; rest: FieldError[] } {
  const byItem: Record<string, string> = {};
  const rest: FieldError[] = [];
  for (const f of fields) {
    const m = /^answers\.([a-z][a-z0-9_]*)(?:\.(value|reason))?$/.exec(f.field);
    if (m?.[1]) byItem[m[1]] ??= f.key;
    else rest.push(f);
  }
  return { byItem, rest };
}

/** The catalogue key of a problem found in the browser. */
export const problemKey = (code: ItemProblemCode) => `assessments.problems.${code}` as const;

/** Which instrument subjects fit a subject: a person is assessed as a child or a young person. */
export function subjectsFor(subjectType: TAssessmentSubjectType): TInstrumentSubject[] {
  switch (subjectType) {
    case 'person':
      return ['child', 'young_person'];
    case 'household':
      return ['household'];
    case 'centre':
      return ['centre'];
  }
}

// ---- trend --------------------------------------------------------------------------------------
export type TrendRow = { assessmentId: string; assessedOn: string; total: number } & Record<string, number | string>;

/**
 * One row per submitted assessment, oldest first, with the total and each section under its key
 * (sections a version lacked are left out, so the line has a gap rather than a false zero).
 */
export function trendRows(trend: TTrend): TrendRow[] {
  const keys = new Set(trend.sections.map((s) => s.key));
  return [...trend.points]
    .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn))
    .map((p) => {
      const row: TrendRow = { assessmentId: p.assessmentId, assessedOn: p.assessedOn, total: p.total };
      for (const [k, v] of Object.entries(p.sections)) if (keys.has(k)) row[`s_${k}`] = v;
      return row;
    });
}

/** The change in total from the first to the last point, or null with fewer than two. */
export function trendChange(trend: TTrend): number | null {
  const rows = trendRows(trend);
  if (rows.length < 2) return null;
  return rows[rows.length - 1]!.total - rows[0]!.total;
}

// ---- comparison ---------------------------------------------------------------------------------
export type ComparedItem = {
  sectionKey: string;
  item: TInstrumentItem;
  before: TAnswer['value'] | undefined;
  after: TAnswer['value'] | undefined;
  /** after − before for two scale scores, else null. */
  change: number | null;
  changed: boolean;
};

/**
 * Item by item, two assessments side by side on the newer one's definition (items are matched
 * across versions by key); scale changes get a signed difference.
 */
export function compareAnswers(definition: TInstrumentDefinition, before: TAnswers, after: TAnswers): ComparedItem[] {
  return itemsOf(definition).map(({ sectionKey, item }) => {
    const b = before[item.key]?.value;
    const a = after[item.key]?.value;
    const change = item.kind === 'scale' && typeof a === 'number' && typeof b === 'number' ? a - b : null;
    return { sectionKey, item, before: b, after: a, change, changed: (a ?? null) !== (b ?? null) };
  });
}

/** A section's title by key, for labels: the newer definition first. */
export function sectionTitles(definition: TInstrumentDefinition): Record<string, TBilingual> {
  return Object.fromEntries(definition.sections.map((s) => [s.key, s.title]));
}
