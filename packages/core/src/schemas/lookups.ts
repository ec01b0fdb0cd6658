import { z } from 'zod';
import { ZId, ZText } from './common.js';

/** A list name: lower-case words joined by underscores, e.g. `referral_source`. */
export const ZLookupList = z.string().regex(/^[a-z][a-z0-9_]{1,59}$/);
/** A stored value: stable, never shown; labels are what people read. */
export const ZLookupValue = z.string().regex(/^[a-z0-9][a-z0-9_]{0,79}$/);

export const ZLookup = z.object({
  id: ZId,
  list: z.string(),
  value: z.string(),
  labelEn: z.string(),
  labelKm: z.string(),
  sortOrder: z.number().int(),
  active: z.boolean(),
});
export type TLookup = z.infer<typeof ZLookup>;

export const ZListLookupsQuery = z.object({
  list: ZLookupList.optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
});

export const ZCreateLookupRequest = z.object({
  list: ZLookupList,
  value: ZLookupValue,
  labelEn: ZText(200),
  labelKm: ZText(200),
  sortOrder: z.number().int().min(0).max(10000).optional(),
});
export type TCreateLookupRequest = z.infer<typeof ZCreateLookupRequest>;

export const ZUpdateLookupRequest = z.object({
  labelEn: ZText(200).optional(),
  labelKm: ZText(200).optional(),
  sortOrder: z.number().int().min(0).max(10000).optional(),
  active: z.boolean().optional(),
});
export type TUpdateLookupRequest = z.infer<typeof ZUpdateLookupRequest>;
