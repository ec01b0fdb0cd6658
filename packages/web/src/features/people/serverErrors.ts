import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError } from '../../lib/api';
import { encodeMessage, fieldMessage } from '../../lib/messages';
import { formFieldOf, serverValidationKeys } from './form';

/**
 * Put the server's field errors on the form's fields: list items (`documents.0.type`) on their
 * row when the form has it, else on the list; keys this feature's catalogue holds read from it.
 * Returns true when every error found a field (no whole-form message needed).
 */
export function applyServerFieldErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, known: readonly string[]): boolean {
  if (!isApiError(error) || error.fields.length === 0) return false;
  let all = true;
  let first = true;
  for (const f of error.fields) {
    const field = formFieldOf(f.field, known) ?? formFieldOf(f.field.replace(/\.\d+$/, ''), known);
    if (!field) {
      all = false;
      continue;
    }
    const m = fieldMessage(f);
    const key = serverValidationKeys[m.key] ?? m.key;
    setError(field as Path<T>, { type: 'server', message: encodeMessage({ ...m, key }) }, { shouldFocus: first });
    first = false;
  }
  return all;
}
