import { checkDefinition, type FieldError, type TInstrumentDefinition } from '@homeward/core';
import { AppError } from '../../platform/errors.js';

/** Whether a definition carries a threshold that closure guidance reports. */
export const allowsClosure = (definition: TInstrumentDefinition): boolean => definition.thresholds.some((t) => t.allowsClosure);

/** Translation keys of `checkDefinition` problems (written out, so the i18n check sees them). */
const definitionProblemKey = {
  duplicate_key: 'validation.duplicate_key',
  levels_not_consecutive: 'validation.levels_not_consecutive',
  unknown_threshold_target: 'validation.unknown_threshold_target',
} as const;

/** 400 naming each field of a definition that breaks the rules zod cannot express. */
export function assertDefinition(definition: TInstrumentDefinition): void {
  const fields: FieldError[] = checkDefinition(definition).map((p) => ({ field: p.path, key: definitionProblemKey[p.code] }));
  if (fields.length) throw new AppError('validation.failed', 'The instrument definition is not valid', fields);
}
