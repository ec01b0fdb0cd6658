import {
  ZNameScript, ZPersonKind, ZSex,
  type TCreatePersonRequest, type TDuplicateCheckRequest, type TPerson, type TUpdatePersonRequest,
} from '@homeward/core';
import { z } from 'zod';
import { encodeMessage } from '../../lib/messages';
import { localToday } from './display';

/**
 * The person form: what the fields hold (text fields are '' when blank), the checks made in the
 * browser (the same limits as the server's), and the conversion to the API's requests.
 */

const text = (max: number) => z.string().trim().max(max);
const name = text(80);

export const ZPersonForm = z
  .object({
    kind: ZPersonKind,
    sex: ZSex.nullable(),
    familyNameKm: name,
    givenNameKm: name,
    familyNameLatin: name,
    givenNameLatin: name,
    nickname: text(60),
    birthDate: z.union([z.literal(''), z.iso.date()]),
    birthDateEstimated: z.boolean(),
    birthPlaceCode: z.string().nullable(),
    addressCode: z.string().nullable(),
    addressDetail: text(300),
    fatherGivenName: name,
    motherGivenName: name,
    aliases: z.array(z.object({ name: z.string().trim().min(1).max(80), script: ZNameScript })).max(30),
    documents: z.array(z.object({ type: z.string().nullable(), number: text(60) })).max(20),
    disability: text(500),
    childCategories: z.array(z.string()).max(20),
    idPoorLevel: z.enum(['', '1', '2']),
    notes: text(4000),
  })
  .superRefine((v, ctx) => {
    if (!v.givenNameKm && !v.givenNameLatin) {
      for (const path of ['givenNameKm', 'givenNameLatin']) ctx.addIssue({ code: 'custom', path: [path], message: encodeMessage({ key: 'people.validation.nameRequired' }) });
    }
    if (v.sex === null) ctx.addIssue({ code: 'custom', path: ['sex'], message: encodeMessage({ key: 'validation.required' }) });
    if (v.birthDate && v.birthDate > localToday()) ctx.addIssue({ code: 'custom', path: ['birthDate'], message: encodeMessage({ key: 'people.validation.dateFuture' }) });
    v.documents.forEach((d, i) => {
      if (!d.type) ctx.addIssue({ code: 'custom', path: ['documents', i, 'type'], message: encodeMessage({ key: 'validation.required' }) });
    });
  });

export type PersonFormValues = z.input<typeof ZPersonForm>;
export type PersonFormOutput = z.output<typeof ZPersonForm>;

export const emptyPersonForm = (kind: 'child' | 'adult' = 'child'): PersonFormValues => ({
  kind,
  sex: null,
  familyNameKm: '',
  givenNameKm: '',
  familyNameLatin: '',
  givenNameLatin: '',
  nickname: '',
  birthDate: '',
  birthDateEstimated: false,
  birthPlaceCode: null,
  addressCode: null,
  addressDetail: '',
  fatherGivenName: '',
  motherGivenName: '',
  aliases: [],
  documents: [],
  disability: '',
  childCategories: [],
  idPoorLevel: '',
  notes: '',
});

/** The form filled from a stored person, for an edit. */
export function personFormValues(p: TPerson): PersonFormValues {
  return {
    kind: p.kind,
    sex: p.sex,
    familyNameKm: p.familyNameKm ?? '',
    givenNameKm: p.givenNameKm ?? '',
    familyNameLatin: p.familyNameLatin ?? '',
    givenNameLatin: p.givenNameLatin ?? '',
    nickname: p.nickname ?? '',
    birthDate: p.birthDate ?? '',
    birthDateEstimated: p.birthDateEstimated,
    birthPlaceCode: p.birthPlaceCode,
    addressCode: p.addressCode,
    addressDetail: p.addressDetail ?? '',
    fatherGivenName: p.fatherGivenName ?? '',
    motherGivenName: p.motherGivenName ?? '',
    aliases: p.aliases.map((a) => ({ name: a.name, script: a.script })),
    documents: p.documents.map((d) => ({ type: d.type, number: d.number ?? '' })),
    disability: p.disability ?? '',
    childCategories: p.childCategories,
    idPoorLevel: p.idPoorLevel === 1 ? '1' : p.idPoorLevel === 2 ? '2' : '',
    notes: p.notes ?? '',
  };
}

const blankAs = <E extends null | undefined>(empty: E) => (s: string): string | E => (s.trim() ? s.trim() : empty);

function fieldsOf<E extends null | undefined>(v: PersonFormOutput, empty: E) {
  const b = blankAs(empty);
  return {
    kind: v.kind,
    sex: v.sex ?? 'unknown',
    familyNameKm: b(v.familyNameKm),
    givenNameKm: b(v.givenNameKm),
    familyNameLatin: b(v.familyNameLatin),
    givenNameLatin: b(v.givenNameLatin),
    nickname: b(v.nickname),
    birthDate: b(v.birthDate),
    // An unknown birth date cannot be an estimate.
    birthDateEstimated: v.birthDate ? v.birthDateEstimated : false,
    birthPlaceCode: v.birthPlaceCode ?? empty,
    addressCode: v.addressCode ?? empty,
    addressDetail: b(v.addressDetail),
    fatherGivenName: b(v.fatherGivenName),
    motherGivenName: b(v.motherGivenName),
    disability: b(v.disability),
    childCategories: v.childCategories,
    idPoorLevel: v.idPoorLevel === '1' ? (1 as const) : v.idPoorLevel === '2' ? (2 as const) : empty,
    notes: b(v.notes),
    aliases: v.aliases.map((a) => ({ name: a.name.trim(), script: a.script })),
    documents: v.documents.filter((d): d is { type: string; number: string } => !!d.type).map((d) => ({ type: d.type, number: d.number.trim() || null })),
  };
}

/** A registration: blank fields are left out. */
export const toCreateRequest = (v: PersonFormOutput): TCreatePersonRequest => fieldsOf(v, undefined);

/** An edit: blank fields are cleared, lists replace the stored ones. */
export const toUpdateRequest = (v: PersonFormOutput, version: number): TUpdatePersonRequest => ({ version, ...fieldsOf(v, null) });

/** What the duplicate check is asked about. */
export function toDuplicateCheck(v: TCreatePersonRequest, excludeId?: string): TDuplicateCheckRequest {
  return {
    kind: v.kind,
    sex: v.sex,
    familyNameKm: v.familyNameKm,
    givenNameKm: v.givenNameKm,
    familyNameLatin: v.familyNameLatin,
    givenNameLatin: v.givenNameLatin,
    aliases: v.aliases,
    birthDate: v.birthDate,
    addressCode: v.addressCode,
    ...(excludeId ? { excludeId } : {}),
  };
}

/**
 * A server field error's name as a field of the form: list items such as `childCategories.0`
 * belong to the list's one field; unknown fields give null (shown as a whole-form error).
 */
export function formFieldOf(field: string, known: readonly string[]): string | null {
  if (known.includes(field)) return field;
  const parts = field.split('.');
  for (let n = parts.length - 1; n > 0; n--) {
    const candidate = parts.slice(0, n).join('.');
    if (known.includes(candidate)) return candidate;
  }
  return null;
}

/**
 * Validation keys the people and household endpoints send that the foundation's catalogue does
 * not hold (yet): read from this feature's catalogue instead.
 */
export const serverValidationKeys: Record<string, string> = {
  'validation.name_required': 'people.validation.nameRequired',
  'validation.date_future': 'people.validation.dateFuture',
  'validation.place_unknown': 'people.validation.placeUnknown',
  'validation.lookup_unknown': 'people.validation.lookupUnknown',
  'validation.person_unknown': 'people.validation.personUnknown',
  'validation.relation_self': 'people.validation.relationSelf',
  'validation.member_left': 'households.validation.memberLeft',
  'validation.caregiver_not_member': 'households.validation.caregiverNotMember',
  'validation.one_head': 'households.validation.oneHead',
  'validation.person_repeated': 'households.validation.personRepeated',
  'validation.owner_outside_scope': 'people.validation.ownerOutsideScope',
};
