import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { formResolver } from '../../lib/forms';

/**
 * Form values as a request: a blank text field is a value not given (so an optional field
 * passes and a required one reads "required"), in nested goals and actions too.
 */
export function blankAsMissing<T>(value: T): T {
  if (typeof value === 'string') return (value.trim() === '' ? undefined : value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => blankAsMissing(v)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, blankAsMissing(v)])) as T;
  }
  return value;
}

/** The core schema's resolver, reading blank fields as missing. */
export function caseFormResolver<S extends z.ZodType<FieldValues, FieldValues>>(schema: S): Resolver<z.input<S>, unknown, z.output<S>> {
  const base = formResolver(schema);
  return (values, context, options) => base(blankAsMissing(values), context, options);
}

/** On an edit, a field left blank clears the stored value (`null`), where a new record simply leaves it out. */
export function missingAsNull<T extends Record<string, unknown>, K extends keyof T>(values: T, keys: readonly K[]): T {
  const out = { ...values };
  for (const k of keys) if (out[k] === undefined) out[k] = null as T[K];
  return out;
}
