import { z } from 'zod';
import { ZId, ZPageQuery, ZText } from './common.js';
import { ZLookupValue } from './lookups.js';
import { ZPlaceCode, ZPlaceWithPath } from './places.js';
import { matchReasons } from '../matching/score.js';

// Request and response schemas for people (children, young people, adults) and households.
// Shared by server and web. No refinements on the request objects, so the web can `.pick()`
// fields for its forms; rules that span fields (a given name in at least one script) are
// checked by the server and answered as field errors.

export const personKinds = ['child', 'adult'] as const;
export const ZPersonKind = z.enum(personKinds);
export type TPersonKind = z.infer<typeof ZPersonKind>;

export const sexes = ['female', 'male', 'unknown'] as const;
export const ZSex = z.enum(sexes);
export type TSex = z.infer<typeof ZSex>;

export const ZNameScript = z.enum(['khmer', 'latin']);
export type TNameScript = z.infer<typeof ZNameScript>;

/** The government's poverty identification: level 1 (poorest) or 2; null when not ID Poor. */
export const ZIdPoorLevel = z.union([z.literal(1), z.literal(2)]);

const ZName = ZText(80);
const opt = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

export const ZAliasInput = z.object({ name: ZName, script: ZNameScript });
export type TAliasInput = z.infer<typeof ZAliasInput>;

/** An ID document: its type is a value of the lookup list `id_document_type`. */
export const ZDocumentInput = z.object({ type: ZLookupValue, number: opt(ZText(60)) });
export type TDocumentInput = z.infer<typeof ZDocumentInput>;

/** Fields a person is registered and edited with. Lists given on an edit replace the stored list. */
const personFields = {
  familyNameKm: opt(ZName),
  givenNameKm: opt(ZName),
  familyNameLatin: opt(ZName),
  givenNameLatin: opt(ZName),
  nickname: opt(ZText(60)),
  birthDate: opt(z.iso.date()),
  /** Many children's birth dates are estimates: say so, the age is shown either way. */
  birthDateEstimated: z.boolean().optional(),
  /** NCDD codes (a village, or a commune, district or province when that is all that is known). */
  birthPlaceCode: opt(ZPlaceCode),
  addressCode: opt(ZPlaceCode),
  addressDetail: opt(ZText(300)),
  /** Parents' given names: what family tracing matches on. */
  fatherGivenName: opt(ZName),
  motherGivenName: opt(ZName),
  disability: opt(ZText(500)),
  /** Values of the lookup list `child_category` (MoSVY's list). */
  childCategories: z.array(ZLookupValue).max(20).optional(),
  idPoorLevel: ZIdPoorLevel.nullable().optional(),
  notes: opt(ZText(4000)),
  /** Other spellings and names the person is known by, in either script. */
  aliases: z.array(ZAliasInput).max(30).optional(),
  documents: z.array(ZDocumentInput).max(20).optional(),
};

export const ZCreatePersonRequest = z.object({
  kind: ZPersonKind,
  sex: ZSex,
  ...personFields,
  /** Whose caseload the person joins; the caller's (and their first team) when omitted. */
  caseworkerId: z.string().min(1).max(60).optional(),
  teamId: ZId.optional(),
});
export type TCreatePersonRequest = z.infer<typeof ZCreatePersonRequest>;

export const ZUpdatePersonRequest = z.object({
  /** The version the edit was made on; a newer stored version answers 409 `record.conflict`. */
  version: z.number().int().min(1),
  kind: ZPersonKind.optional(),
  sex: ZSex.optional(),
  ...personFields,
});
export type TUpdatePersonRequest = z.infer<typeof ZUpdatePersonRequest>;

export const ZArchiveRequest = z.object({ reason: ZText(500).optional() });
export type TArchiveRequest = z.infer<typeof ZArchiveRequest>;

export const ZPeopleQuery = ZPageQuery.extend({
  /** Any name, alias or nickname, in Khmer or Latin script, words in any order. */
  q: z.string().trim().max(100).optional(),
  kind: ZPersonKind.optional(),
  includeArchived: z.enum(['true', 'false']).optional(),
});
export type TPeopleQuery = z.infer<typeof ZPeopleQuery>;

// ---- responses --------------------------------------------------------------------------
export const ZPersonSummary = z.object({
  id: ZId,
  kind: ZPersonKind,
  familyNameKm: z.string().nullable(),
  givenNameKm: z.string().nullable(),
  familyNameLatin: z.string().nullable(),
  givenNameLatin: z.string().nullable(),
  nickname: z.string().nullable(),
  sex: ZSex,
  birthDate: z.string().nullable(),
  birthDateEstimated: z.boolean(),
  /** Whole years today, from the birth date whether estimated or not. */
  age: z.number().int().nullable(),
  addressCode: z.string().nullable(),
  photoAttachmentId: ZId.nullable(),
  caseworkerId: z.string().nullable(),
  teamId: ZId.nullable(),
  archived: z.boolean(),
});
export type TPersonSummary = z.infer<typeof ZPersonSummary>;

export const ZPersonAlias = z.object({ id: ZId, name: z.string(), script: ZNameScript });
export const ZPersonDocument = z.object({ id: ZId, type: z.string(), number: z.string().nullable() });

/** A household the person belongs to now; its name only when the household is in the caller's scope. */
export const ZPersonHousehold = z.object({
  memberId: ZId,
  householdId: ZId,
  householdName: z.string().nullable(),
  inScope: z.boolean(),
  /** The person's relationship to the head (lookup `relationship`). */
  relationship: z.string().nullable(),
  isHead: z.boolean(),
  joinedAt: z.string(),
});
export type TPersonHousehold = z.infer<typeof ZPersonHousehold>;

/**
 * A relative, from a shared household or a direct relation. `person` is null when the relative
 * is outside the caller's scope: the caller learns a relative exists, not who.
 * Household kin: `relationship` is the relative's relationship to the head of the household.
 * Direct relations: the relative is this person's `relationship` (a grandmother:
 * `grandparent`); `reverse` means the opposite — this person is the relative's `relationship`.
 */
export const ZKin = z.object({
  source: z.enum(['household', 'relation']),
  /** The person_relation id (to archive it), or the household_member id. */
  linkId: ZId,
  householdId: ZId.nullable(),
  relationship: z.string().nullable(),
  isHead: z.boolean(),
  reverse: z.boolean(),
  person: ZPersonSummary.nullable(),
});
export type TKin = z.infer<typeof ZKin>;

export const ZPerson = ZPersonSummary.extend({
  organisationId: ZId,
  centreId: ZId.nullable(),
  birthPlaceCode: z.string().nullable(),
  birthPlace: ZPlaceWithPath.nullable(),
  address: ZPlaceWithPath.nullable(),
  addressDetail: z.string().nullable(),
  fatherGivenName: z.string().nullable(),
  motherGivenName: z.string().nullable(),
  disability: z.string().nullable(),
  childCategories: z.array(z.string()),
  idPoorLevel: ZIdPoorLevel.nullable(),
  notes: z.string().nullable(),
  aliases: z.array(ZPersonAlias),
  documents: z.array(ZPersonDocument),
  households: z.array(ZPersonHousehold),
  kin: z.array(ZKin),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TPerson = z.infer<typeof ZPerson>;

// ---- duplicate warning ------------------------------------------------------------------
export const duplicateReasons = ['same_name', 'similar_name', 'family_name', 'same_birth_date', 'age', 'same_commune', 'same_district'] as const;
export const ZDuplicateReason = z.enum(duplicateReasons);
export type TDuplicateReason = z.infer<typeof ZDuplicateReason>;

export const ZDuplicateCheckRequest = ZCreatePersonRequest.pick({
  kind: true, familyNameKm: true, givenNameKm: true, familyNameLatin: true, givenNameLatin: true, aliases: true, sex: true, birthDate: true, addressCode: true,
}).partial().extend({
  /** The person being edited, left out of the answer. */
  excludeId: ZId.optional(),
});
export type TDuplicateCheckRequest = z.infer<typeof ZDuplicateCheckRequest>;

export const ZPossibleDuplicate = z.object({
  person: ZPersonSummary,
  /** 0–1: name counts most, then birth date or age, then place. */
  score: z.number().min(0).max(1),
  reasons: z.array(ZDuplicateReason),
  /** The matcher's finer reasons (codes of `matchReasons`), shown when present. */
  matchReasons: z.array(z.enum(matchReasons)).optional(),
});
export type TPossibleDuplicate = z.infer<typeof ZPossibleDuplicate>;

export const ZDuplicateCheckResponse = z.object({ candidates: z.array(ZPossibleDuplicate) });
export type TDuplicateCheckResponse = z.infer<typeof ZDuplicateCheckResponse>;

/** A registration answers the new person and anyone in scope it may duplicate. */
export const ZCreatePersonResponse = ZPerson.extend({ possibleDuplicates: z.array(ZPossibleDuplicate) });
export type TCreatePersonResponse = z.infer<typeof ZCreatePersonResponse>;

// ---- direct relations (kin outside the household) ----------------------------------------
export const ZCreateRelationRequest = z.object({
  relativeId: ZId,
  /** What the relative is to this person (lookup `relationship`): a grandmother is `grandparent`. */
  relationship: ZLookupValue,
});
export type TCreateRelationRequest = z.infer<typeof ZCreateRelationRequest>;

export const ZRelationParams = z.object({ id: ZId, relationId: ZId });

// ---- households --------------------------------------------------------------------------
export const ZHouseholdMemberInput = z.object({
  personId: ZId,
  /** Relationship to the head of the household (lookup `relationship`); null for the head. */
  relationship: opt(ZLookupValue),
  isHead: z.boolean().optional(),
});
export type THouseholdMemberInput = z.infer<typeof ZHouseholdMemberInput>;

const householdFields = {
  name: opt(ZText(120)),
  addressCode: opt(ZPlaceCode),
  addressDetail: opt(ZText(300)),
  livelihood: opt(ZText(300)),
  idPoorLevel: ZIdPoorLevel.nullable().optional(),
  notes: opt(ZText(4000)),
  /** A current member of the household. */
  primaryCaregiverId: ZId.nullable().optional(),
};

export const ZCreateHouseholdRequest = z.object({
  ...householdFields,
  members: z.array(ZHouseholdMemberInput).max(30).optional(),
  caseworkerId: z.string().min(1).max(60).optional(),
  teamId: ZId.optional(),
});
export type TCreateHouseholdRequest = z.infer<typeof ZCreateHouseholdRequest>;

export const ZUpdateHouseholdRequest = z.object({ version: z.number().int().min(1), ...householdFields });
export type TUpdateHouseholdRequest = z.infer<typeof ZUpdateHouseholdRequest>;

export const ZAddHouseholdMemberRequest = ZHouseholdMemberInput;
export type TAddHouseholdMemberRequest = z.infer<typeof ZAddHouseholdMemberRequest>;

export const ZUpdateHouseholdMemberRequest = z.object({
  relationship: opt(ZLookupValue),
  isHead: z.boolean().optional(),
  /** The person has left the household (kept in its history; re-joining adds them again). */
  left: z.literal(true).optional(),
});
export type TUpdateHouseholdMemberRequest = z.infer<typeof ZUpdateHouseholdMemberRequest>;

export const ZHouseholdMemberParams = z.object({ id: ZId, memberId: ZId });

export const ZHouseholdsQuery = ZPageQuery.extend({
  /** The household's name or a current member's name, in either script. */
  q: z.string().trim().max(100).optional(),
  includeArchived: z.enum(['true', 'false']).optional(),
});
export type THouseholdsQuery = z.infer<typeof ZHouseholdsQuery>;

export const ZHouseholdSummary = z.object({
  id: ZId,
  name: z.string().nullable(),
  addressCode: z.string().nullable(),
  addressDetail: z.string().nullable(),
  livelihood: z.string().nullable(),
  idPoorLevel: ZIdPoorLevel.nullable(),
  memberCount: z.number().int(),
  caseworkerId: z.string().nullable(),
  teamId: ZId.nullable(),
  archived: z.boolean(),
});
export type THouseholdSummary = z.infer<typeof ZHouseholdSummary>;

/** A member; `person` is null when that person is outside the caller's scope. */
export const ZHouseholdMember = z.object({
  id: ZId,
  personId: ZId,
  relationship: z.string().nullable(),
  isHead: z.boolean(),
  joinedAt: z.string(),
  leftAt: z.string().nullable(),
  person: ZPersonSummary.nullable(),
});
export type THouseholdMember = z.infer<typeof ZHouseholdMember>;

export const ZHousehold = ZHouseholdSummary.extend({
  organisationId: ZId,
  centreId: ZId.nullable(),
  address: ZPlaceWithPath.nullable(),
  notes: z.string().nullable(),
  primaryCaregiverId: ZId.nullable(),
  /** Current members first (head first), then those who have left. */
  members: z.array(ZHouseholdMember),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type THousehold = z.infer<typeof ZHousehold>;
