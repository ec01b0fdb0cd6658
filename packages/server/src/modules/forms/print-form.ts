import { mosvyForms, type TCaseForms, type TFormLanguage } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError } from '../../platform/errors.js';
import { loadCaseRecord } from './case-record.js';
import { formHtml } from './print/index.js';
import { formStates } from './requirements.js';

/** Which of the six forms a case can print, and what each still needs. */
export async function listCaseForms(data: ScopedData, caseId: string): Promise<TCaseForms> {
  const record = await loadCaseRecord(data, caseId);
  return { caseId, forms: formStates(record) };
}

/**
 * The HTML of one form, ready to print; the reads are audited in this transaction. A form with
 * something missing is refused (409 `form.incomplete`, the missing keys as field errors): the
 * list endpoint says what to record.
 */
export async function prepareCaseForm(data: ScopedData, caseId: string, number: number, lang: TFormLanguage): Promise<{ html: string; filename: string; code: string }> {
  const record = await loadCaseRecord(data, caseId);
  const form = mosvyForms.find((f) => f.number === number);
  if (!form) throw new AppError('record.not_found');
  const state = formStates(record).find((f) => f.number === number)!;
  if (!state.ready) {
    throw new AppError('form.incomplete', `Form ${number} needs: ${state.missing.map((m) => m.key).join(', ')}`,
      state.missing.map((m) => ({ field: m.key, key: 'validation.required' })));
  }
  const safeNumber = record.kase.number.replace(/[^A-Za-z0-9_-]+/g, '-');
  return { html: formHtml(form.code, record, lang), filename: `mosvy-form-${number}-${safeNumber}-${lang}.pdf`, code: form.code };
}

/**
 * The print itself, audited once the PDF exists (a print that failed is not recorded as made).
 * The case is read again through the scope, so access is decided as for the reads.
 */
export async function auditFormPrint(data: ScopedData, caseId: string, details: { form: number; code: string; lang: TFormLanguage; bytes: number }): Promise<void> {
  await data.get('case_file', caseId);
  await data.audit({ action: 'form.print', recordType: 'case', recordId: caseId, details });
}
