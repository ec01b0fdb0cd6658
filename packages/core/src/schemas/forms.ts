import { z } from 'zod';
import { ZId } from './common.js';
import { ZBilingual } from './instruments.js';

// The six MoSVY reintegration forms (issue 5), printed as PDF from what the case already records.

/** The ministry's numbering: 1 initial information … 6 final assessment and closure. */
export const mosvyForms = [
  { number: 1, code: 'initial_information' },
  { number: 2, code: 'case_family_assessment' },
  { number: 3, code: 'family_service_plan' },
  { number: 4, code: 'placement_reintegration' },
  { number: 5, code: 'follow_up_monitoring' },
  { number: 6, code: 'final_assessment_closure' },
] as const;
export type TMosvyFormCode = (typeof mosvyForms)[number]['code'];
export const ZMosvyFormCode = z.enum(mosvyForms.map((f) => f.code) as [TMosvyFormCode, ...TMosvyFormCode[]]);

/** A form's number as it appears in a URL (`/forms/4.pdf`). */
export const ZFormNumber = z.coerce.number().int().min(1).max(6);
export const ZFormLanguage = z.enum(['km', 'en']);
export type TFormLanguage = z.infer<typeof ZFormLanguage>;

export const ZCaseFormParams = z.object({ id: ZId, form: ZFormNumber });
/** The language the form is printed in; Khmer unless asked otherwise. */
export const ZCaseFormQuery = z.object({ lang: ZFormLanguage.default('km') });

/** Something a form needs that the case does not record yet, e.g. the placement's start date. */
export const ZFormMissingItem = z.object({
  /** Stable key, e.g. `placement.start_date`. */
  key: z.string(),
  label: ZBilingual,
});
export type TFormMissingItem = z.infer<typeof ZFormMissingItem>;

export const ZCaseForm = z.object({
  number: z.number().int().min(1).max(6),
  code: ZMosvyFormCode,
  title: ZBilingual,
  /** Every item the form needs is recorded: the PDF can be printed. */
  ready: z.boolean(),
  missing: z.array(ZFormMissingItem),
});
export type TCaseForm = z.infer<typeof ZCaseForm>;

export const ZCaseForms = z.object({ caseId: ZId, forms: z.array(ZCaseForm) });
export type TCaseForms = z.infer<typeof ZCaseForms>;
