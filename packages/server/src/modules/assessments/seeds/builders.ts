import { ZInstrumentInput, type TInstrumentInput, type TInstrumentItem, type TInstrumentSection, type TScaleLevel, type TThreshold } from '@homeward/core';

/*
 * Small builders so the shipped instruments read as wording, not as JSON. Every pair is
 * [English, Khmer]; the result is parsed by the same zod schema an administrator's input is.
 */
export type Pair = readonly [en: string, km: string];
type Colour = TScaleLevel['colour'];

const bi = ([en, km]: Pair) => ({ en, km });

/** A 1…n scale's levels: labels and colours shared by an instrument, guidance per item. */
export interface LevelSet { labels: readonly Pair[]; colours: readonly Colour[] }

export function levels(set: LevelSet, guidance?: readonly Pair[]): TScaleLevel[] {
  return set.labels.map((label, i) => ({
    value: i + 1,
    label: bi(label),
    colour: set.colours[i] ?? 'grey',
    ...(guidance?.[i] ? { guidance: bi(guidance[i]) } : {}),
  }));
}

export function scale(key: string, label: Pair, set: LevelSet, options: { guidance?: readonly Pair[]; help?: Pair; reasonRequired?: boolean; optional?: boolean } = {}): TInstrumentItem {
  return {
    kind: 'scale', key, label: bi(label), levels: levels(set, options.guidance),
    reasonRequired: options.reasonRequired ?? false, optional: options.optional ?? false,
    ...(options.help ? { help: bi(options.help) } : {}),
  };
}

export const yesNo = (key: string, label: Pair, optional = true): TInstrumentItem => ({ kind: 'yes_no', key, label: bi(label), optional });
export const text = (key: string, label: Pair, optional = true): TInstrumentItem => ({ kind: 'text', key, label: bi(label), optional });
export const section = (key: string, title: Pair, items: TInstrumentItem[]): TInstrumentSection => ({ key, title: bi(title), items });

export const threshold = (key: string, label: Pair, on: string, op: '>=' | '<=', value: number, allowsClosure = false): TThreshold =>
  ({ key, label: bi(label), on, op, value, allowsClosure });

export function instrument(input: {
  code: string; name: Pair; description?: Pair; subject: TInstrumentInput['subject']; frequencyDays: number | null;
  sections: TInstrumentSection[]; thresholds?: TThreshold[]; lowScoreAtMost?: number;
}): TInstrumentInput {
  return ZInstrumentInput.parse({
    code: input.code, name: bi(input.name), ...(input.description ? { description: bi(input.description) } : {}),
    subject: input.subject, frequencyDays: input.frequencyDays,
    definition: { sections: input.sections, thresholds: input.thresholds ?? [], lowScoreAtMost: input.lowScoreAtMost ?? 2 },
  });
}
