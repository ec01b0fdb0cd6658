import { levelOf, scoreAssessment, type TAnswers, type TBilingual, type TScaleItem, type TSuggestedGoal } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { getAssessmentRow } from './assessment-queries.js';
import { definitionOf } from './instrument-queries.js';

/**
 * Goal wording from an item's label. A short label ("Food security") reads as "Improve food
 * security"; a statement ("Staff have social-work skills.") as a goal to reach it.
 */
export function goalWording(label: TBilingual): TBilingual {
  if (/[.!?]$/.test(label.en)) return { en: `Work towards: ${label.en}`, km: `ខិតខំឱ្យសម្រេច៖ ${label.km}` };
  const en = label.en.charAt(0).toLowerCase() + label.en.slice(1);
  return { en: `Improve ${en}`, km: `ធ្វើឱ្យ${label.km}ប្រសើរឡើង` };
}

/** Items of a submitted assessment scored at or below the low mark, as goals for the care plan (MoSVY form 3). */
export async function suggestedGoals(data: ScopedData, assessmentId: string): Promise<TSuggestedGoal[]> {
  const row = await getAssessmentRow(data, assessmentId);
  if (row.status !== 'submitted') throw new AppError('assessment.not_submitted');
  const instrument = await data.tx.selectFrom('instrument').select('definition').where('id', '=', row.instrument_id).executeTakeFirstOrThrow();
  const definition = definitionOf(instrument);
  const answers = (row.answers ?? {}) as TAnswers;
  const low = new Set(scoreAssessment(definition, answers).lowItems);
  return definition.sections.flatMap((section) => section.items
    .filter((i): i is TScaleItem => i.kind === 'scale' && low.has(i.key))
    .map((item) => {
      const score = answers[item.key]!.value as number;
      return {
        itemKey: item.key, sectionTitle: section.title, itemLabel: item.label, score,
        levelLabel: levelOf(item, score)!.label, reason: answers[item.key]?.reason?.trim() || null, goal: goalWording(item.label),
      };
    }));
}
