import { z } from 'zod';
import { matchBands, matchReasons } from '../matching/score.js';
import { ZId } from './common.js';
import { ZPersonSummary, ZSex } from './people.js';
import { ZPlaceCode } from './places.js';

// ---- the matcher: who among existing people may be the person sought -------------------------
const name = z.string().trim().min(1).max(200);

export const ZMatchReason = z.enum(matchReasons);
export type TMatchReason = z.infer<typeof ZMatchReason>;
export const ZMatchBand = z.enum(matchBands);
export type TMatchBand = z.infer<typeof ZMatchBand>;

/** What is known of the person sought; names in either script. At least one name is needed. */
export const ZMatchRequest = z.object({
  /**
   * Free text as typed in a search box, in either script: Latin words as family then given name
   * (either order matches), Khmer words as the Khmer name, a number as an age, a 6- or 8-digit
   * code as the place. Fields given beside it take precedence.
   */
  text: z.string().trim().min(1).max(200).optional(),
  /** The full name in Khmer script, family name first (with or without a space). */
  nameKm: name.optional(),
  familyName: name.optional(),
  givenName: name.optional(),
  /** Nicknames, aliases, other spellings. */
  otherNames: z.array(name).max(10).optional(),
  sex: ZSex.optional(),
  dateOfBirth: z.iso.date().optional(),
  /** An estimated age in years, when no date is known. */
  ageYears: z.number().int().min(0).max(120).optional(),
  /** NCDD code of the last known place: village (8 digits), commune (6), district (4) or province (2). */
  villageCode: ZPlaceCode.optional(),
  /** The sought person's father's and mother's given names. */
  fatherName: name.optional(),
  motherName: name.optional(),
  limit: z.number().int().min(1).max(50).default(10),
}).refine((q) => !!(q.nameKm || q.givenName || q.familyName || q.otherNames?.length || (q.text && /\p{L}/u.test(q.text))), { message: 'a name is required', path: ['givenName'] });
export type TMatchRequest = z.input<typeof ZMatchRequest>;

export const ZMatchCandidate = z.object({
  personId: ZId,
  /** 0–1; "likely" from 0.8, "possible" from 0.45. */
  score: z.number().min(0).max(1),
  band: ZMatchBand,
  reasons: z.array(ZMatchReason),
  /** The person's names, age, sex and place, so a list of matches needs no request per person. */
  person: ZPersonSummary,
});
export type TMatchCandidate = z.infer<typeof ZMatchCandidate>;

export const ZMatchResponse = z.object({ candidates: z.array(ZMatchCandidate) });
export type TMatchResponse = z.infer<typeof ZMatchResponse>;
