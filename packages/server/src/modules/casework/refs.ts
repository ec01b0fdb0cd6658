import type { TCaseRef, TUserRef } from '@homeward/core';
import { sql, type RawBuilder } from 'kysely';

/**
 * The case number and the child's names for a row of a cross-case list, as one JSON value read
 * by primary key. Used in select lists of scoped queries, so the row's scope decides.
 */
export const caseRefOf = (caseIdColumn: string): RawBuilder<TCaseRef> => sql<TCaseRef>`(
  select json_build_object(
    'id', c.id, 'number', c.number, 'childId', c.child_id,
    'childNameKm', nullif(concat_ws(' ', p.family_name_km, p.given_name_km), ''),
    'childNameLatin', nullif(concat_ws(' ', p.family_name_latin, p.given_name_latin), ''))
  from case_file c join person p on p.id = c.child_id where c.id = ${sql.ref(caseIdColumn)})`;

/** A staff member's id and name (staff names are not personal records of children). */
export const userRefOf = (userIdColumn: string): RawBuilder<TUserRef | null> =>
  sql<TUserRef | null>`(select json_build_object('id', u.id, 'name', u.name) from app_user u where u.id = ${sql.ref(userIdColumn)})`;

export const iso = (value: Date | string): string => new Date(value).toISOString();
export const isoOrNull = (value: Date | string | null): string | null => (value === null ? null : iso(value));
