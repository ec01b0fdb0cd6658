import { z } from 'zod';
import { ZId } from './common.js';
import { ZSex } from './people.js';

/*
 * What every youth programme shares: the person as a programme shows them (names, sex, age —
 * never the case file), attendance of a gathering, a young person's participation over time, and
 * simple figures.
 */

/** A participant as programme screens show them: enough to recognise, nothing from the case file. */
export const ZProgrammePerson = z.object({
  id: ZId,
  familyNameKm: z.string().nullable(),
  givenNameKm: z.string().nullable(),
  familyNameLatin: z.string().nullable(),
  givenNameLatin: z.string().nullable(),
  nickname: z.string().nullable(),
  sex: ZSex,
  age: z.number().int().nullable(),
});
export type TProgrammePerson = z.infer<typeof ZProgrammePerson>;

/** Replace who attended a gathering: everyone ticked, walk-ins included. */
export const ZAttendanceRequest = z.object({ presentIds: z.array(ZId).max(1000) });
export type TAttendanceRequest = z.infer<typeof ZAttendanceRequest>;

/** The programmes a person can take part in. Other programmes add their name here. */
export const programmeKinds = ['club', 'leavers', 'course', 'scholarship', 'counselling'] as const;
export const ZProgrammeKind = z.enum(programmeKinds);
export type TProgrammeKind = z.infer<typeof ZProgrammeKind>;

/**
 * One stretch of a person's participation: a club membership, a network membership, a group, a
 * course … `role` and `status` are short codes the web translates per kind; `label` is a name
 * shown as it is (a club's or group's name); `link` opens the programme record.
 */
export const ZParticipation = z.object({
  kind: ZProgrammeKind,
  id: ZId,
  label: z.string(),
  detail: z.string().nullable(),
  role: z.string().nullable(),
  status: z.string().nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  attended: z.number().int().nullable(),
  held: z.number().int().nullable(),
  link: z.string().nullable(),
});
export type TParticipation = z.infer<typeof ZParticipation>;
export const ZPersonProgrammes = z.object({ items: z.array(ZParticipation) });
export type TPersonProgrammes = z.infer<typeof ZPersonProgrammes>;

export const ageBands = ['under_12', '12_14', '15_17', '18_20', '21_24', '25_plus', 'unknown'] as const;
export const ZAgeBand = z.enum(ageBands);
export type TAgeBand = z.infer<typeof ZAgeBand>;

/** Years to the band the figures use; null (unknown birth date) is its own band. */
export function ageBandOf(age: number | null): TAgeBand {
  if (age === null) return 'unknown';
  if (age < 12) return 'under_12';
  if (age < 15) return '12_14';
  if (age < 18) return '15_17';
  if (age < 21) return '18_20';
  if (age < 25) return '21_24';
  return '25_plus';
}

/** Members by sex and age band, meetings held and the share of expected attendance. */
export const ZProgrammeFigures = z.object({
  members: z.number().int(),
  bySex: z.record(z.string(), z.number().int()),
  byAgeBand: z.record(z.string(), z.number().int()),
  meetingsHeld: z.number().int(),
  /** Attendances over expected attendances (members at each meeting), 0–1; null with no meetings. */
  attendanceRate: z.number().nullable(),
});
export type TProgrammeFigures = z.infer<typeof ZProgrammeFigures>;

/** A centre a programme can name (a club's home, an outreach visit's host): name only. */
export const ZProgrammeCentre = z.object({ id: ZId, name: z.string() });
export type TProgrammeCentre = z.infer<typeof ZProgrammeCentre>;

/** Archive a programme record (a meeting, an election, a course): the version read, 409 if it changed since. */
export const ZArchiveVersionRequest = z.object({ version: z.number().int().positive() });
export type TArchiveVersionRequest = z.infer<typeof ZArchiveVersionRequest>;

/** Archived records are left out of lists unless asked for. */
export const ZIncludeArchivedQuery = z.object({ includeArchived: z.enum(['true', 'false']).optional() });
export type TIncludeArchivedQuery = z.infer<typeof ZIncludeArchivedQuery>;

/** Young people of the organisation found by a part of a name in either script, for a programme's member picker. */
export const ZProgrammePeopleQuery = z.object({ q: z.string().trim().min(1).max(100) });
export type TProgrammePeopleQuery = z.infer<typeof ZProgrammePeopleQuery>;
