import { z } from 'zod';
import { ZId, ZText } from './common.js';

// Counselling and legal advice for young people and care leavers (issue 8). Session notes are
// confidential: the server sends them only to roles with `counselling.read`; others see that a
// session happened, its type and date. Legal needs are mostly papers, tracked to resolution.

const ZDay = z.iso.date();
const opt = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

export const counsellingKinds = ['counselling', 'group_counselling', 'family_counselling', 'crisis', 'legal_advice'] as const;
export const ZCounsellingKind = z.enum(counsellingKinds);
export type TCounsellingKind = z.infer<typeof ZCounsellingKind>;

export const legalMatterKinds = ['id_card', 'birth_certificate_correction', 'school_transfer_papers', 'other'] as const;
export const ZLegalMatterKind = z.enum(legalMatterKinds);
export type TLegalMatterKind = z.infer<typeof ZLegalMatterKind>;

export const legalMatterStatuses = ['open', 'in_progress', 'waiting_authority', 'resolved', 'unresolved'] as const;
export const ZLegalMatterStatus = z.enum(legalMatterStatuses);
export type TLegalMatterStatus = z.infer<typeof ZLegalMatterStatus>;
/** A matter in one of these is finished; it can be re-opened (moved back to in progress). */
export const legalMatterClosedStatuses: readonly TLegalMatterStatus[] = ['resolved', 'unresolved'];

const ZUserRef = z.object({ id: z.string(), name: z.string() });

/** Who saw the young person: a staff account or an outside counsellor or lawyer by name (at least one). */
export const ZCreateCounsellingSessionRequest = z.object({
  kind: ZCounsellingKind,
  heldOn: ZDay,
  counsellorId: opt(z.string().min(1).max(100)),
  counsellorName: opt(ZText(200)),
  notes: opt(ZText(10000)),
  legalMatterId: ZId.nullable().optional(),
});
export type TCreateCounsellingSessionRequest = z.infer<typeof ZCreateCounsellingSessionRequest>;

export const ZCounsellingSession = z.object({
  id: ZId,
  personId: ZId,
  kind: ZCounsellingKind,
  heldOn: z.string(),
  counsellor: ZUserRef.nullable(),
  counsellorName: z.string().nullable(),
  /** Only for roles allowed confidential counselling notes; otherwise absent. */
  notes: z.string().nullable().optional(),
  notesWithheld: z.boolean(),
  legalMatterId: ZId.nullable(),
  createdAt: z.string(),
});
export type TCounsellingSession = z.infer<typeof ZCounsellingSession>;

export const ZCreateLegalMatterRequest = z.object({
  kind: ZLegalMatterKind,
  description: opt(ZText(2000)),
  openedOn: ZDay,
  adviserId: opt(z.string().min(1).max(100)),
  adviserName: opt(ZText(200)),
});
export type TCreateLegalMatterRequest = z.infer<typeof ZCreateLegalMatterRequest>;

export const ZChangeLegalMatterStatusRequest = z.object({
  version: z.number().int().min(1),
  status: ZLegalMatterStatus,
  changedOn: ZDay.optional(),
  note: opt(ZText(2000)),
});
export type TChangeLegalMatterStatusRequest = z.infer<typeof ZChangeLegalMatterStatusRequest>;

export const ZLegalMatter = z.object({
  id: ZId,
  personId: ZId,
  kind: ZLegalMatterKind,
  description: z.string().nullable(),
  status: ZLegalMatterStatus,
  statusChangedOn: z.string(),
  openedOn: z.string(),
  resolvedOn: z.string().nullable(),
  adviser: ZUserRef.nullable(),
  adviserName: z.string().nullable(),
  history: z.array(z.object({ id: ZId, fromStatus: ZLegalMatterStatus.nullable(), toStatus: ZLegalMatterStatus, changedOn: z.string(), note: z.string().nullable() })),
  version: z.number(),
});
export type TLegalMatter = z.infer<typeof ZLegalMatter>;

export const ZPersonCounselling = z.object({ sessions: z.array(ZCounsellingSession), legalMatters: z.array(ZLegalMatter), notesVisible: z.boolean() });
export type TPersonCounselling = z.infer<typeof ZPersonCounselling>;
