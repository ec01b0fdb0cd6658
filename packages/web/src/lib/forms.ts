import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldError as FormFieldError, FieldValues, Path, Resolver, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from './api';
import { translateMessage } from './i18n';
import { decodeMessage, encodeMessage, fieldMessage, issueMessage } from './messages';
import { useFormat } from './useFormat';

/**
 * A react-hook-form resolver from a core zod schema whose messages are catalogue keys, so the
 * same limits as the server's are checked in the browser and read in the user's language.
 */
export function formResolver<S extends z.ZodType<FieldValues, FieldValues>>(schema: S): Resolver<z.input<S>, unknown, z.output<S>> {
  return zodResolver(schema, { error: (issue) => encodeMessage(issueMessage(issue)) });
}

/** A message key as a react-hook-form error message (for hand-made checks). */
export const messageText = (key: string, params?: Record<string, string | number>): string =>
  encodeMessage(params ? { key, params } : { key });

/**
 * Put the server's field errors next to their fields. Returns true when every field error found
 * a field, so the caller knows whether to show the error as a whole too.
 */
export function applyServerErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, fields: ReadonlyArray<Path<T>>): boolean {
  if (!isApiError(error) || error.fields.length === 0) return false;
  let all = true;
  for (const f of error.fields) {
    const field = fields.find((name) => name === f.field);
    if (field) setError(field, { type: 'server', message: encodeMessage(fieldMessage(f)) }, { shouldFocus: true });
    else all = false;
  }
  return all;
}

/** Translate a form field's error (or nothing) in the current language. */
export function useFieldError(): (error: Pick<FormFieldError, 'message'> | undefined) => string | undefined {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (error) => {
    const m = decodeMessage(error?.message);
    if (!m) return undefined;
    // Limits such as {{min}} read in the person's digits (១០ or 10).
    const params = m.params && Object.fromEntries(Object.entries(m.params).map(([k, v]) => [k, typeof v === 'number' ? fmt.number(v) : v]));
    return translateMessage(t, params ? { ...m, params } : m);
  };
}
