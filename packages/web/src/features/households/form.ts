import type { TCreateHouseholdRequest, THousehold, THouseholdMember, TPersonSummary, TUpdateHouseholdRequest } from '@homeward/core';
import { z } from 'zod';
import { nameLine } from '../people/display';

/** The household details form (members are managed beside it), its checks and conversions. */

const text = (max: number) => z.string().trim().max(max);

export const ZHouseholdForm = z.object({
  name: text(120),
  addressCode: z.string().nullable(),
  addressDetail: text(300),
  livelihood: text(300),
  idPoorLevel: z.enum(['', '1', '2']),
  notes: text(4000),
});
export type HouseholdFormValues = z.input<typeof ZHouseholdForm>;
export type HouseholdFormOutput = z.output<typeof ZHouseholdForm>;

export const householdFieldNames = ['name', 'addressCode', 'addressDetail', 'livelihood', 'idPoorLevel', 'notes'] as const;

export const emptyHouseholdForm = (): HouseholdFormValues => ({ name: '', addressCode: null, addressDetail: '', livelihood: '', idPoorLevel: '', notes: '' });

export function householdFormValues(h: THousehold): HouseholdFormValues {
  return {
    name: h.name ?? '',
    addressCode: h.addressCode,
    addressDetail: h.addressDetail ?? '',
    livelihood: h.livelihood ?? '',
    idPoorLevel: h.idPoorLevel === 1 ? '1' : h.idPoorLevel === 2 ? '2' : '',
    notes: h.notes ?? '',
  };
}

function detailsOf<E extends null | undefined>(v: HouseholdFormOutput, empty: E) {
  const b = (s: string): string | E => (s.trim() ? s.trim() : empty);
  return {
    name: b(v.name),
    addressCode: v.addressCode ?? empty,
    addressDetail: b(v.addressDetail),
    livelihood: b(v.livelihood),
    idPoorLevel: v.idPoorLevel === '1' ? (1 as const) : v.idPoorLevel === '2' ? (2 as const) : empty,
    notes: b(v.notes),
  };
}

/** A member chosen on the new-household form, before anything is saved. */
export interface DraftMember {
  person: TPersonSummary;
  relationship: string | null;
  isHead: boolean;
}

export function toCreateHousehold(v: HouseholdFormOutput, members: readonly DraftMember[], primaryCaregiverId: string | null): TCreateHouseholdRequest {
  return {
    ...detailsOf(v, undefined),
    members: members.map((m) => ({ personId: m.person.id, isHead: m.isHead, relationship: m.isHead ? null : m.relationship })),
    ...(primaryCaregiverId && members.some((m) => m.person.id === primaryCaregiverId) ? { primaryCaregiverId } : {}),
  };
}

export const toUpdateHousehold = (v: HouseholdFormOutput, version: number): TUpdateHouseholdRequest => ({ version, ...detailsOf(v, null) });

/** Make one draft member the head (the head has no relationship to themself); at most one head. */
export function withHead(members: readonly DraftMember[], personId: string | null): DraftMember[] {
  return members.map((m) => (m.person.id === personId ? { ...m, isHead: true, relationship: null } : { ...m, isHead: false }));
}

/** Current members (head first), then those who have left: the server's order, made sure of. */
export function splitMembers(members: readonly THouseholdMember[]): { current: THouseholdMember[]; past: THouseholdMember[] } {
  const current = members.filter((m) => !m.leftAt).sort((a, b) => Number(b.isHead) - Number(a.isHead));
  const past = members.filter((m) => m.leftAt);
  return { current, past };
}

/** What to call a household: its name, else "household of <head>", else null (unnamed). */
export function householdTitle(h: Pick<THousehold, 'name'> & { members?: readonly THouseholdMember[] }): { name: string } | { headName: string } | null {
  if (h.name?.trim()) return { name: h.name.trim() };
  const head = h.members?.find((m) => m.isHead && !m.leftAt)?.person;
  return head ? { headName: nameLine(head) } : null;
}
