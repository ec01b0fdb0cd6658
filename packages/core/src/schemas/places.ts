import { z } from 'zod';

export const ZPlaceLevel = z.enum(['province', 'district', 'commune', 'village']);
export type TPlaceLevel = z.infer<typeof ZPlaceLevel>;
/** NCDD code: 2/4/6/8 digits, each prefixed by its parent's. */
export const ZPlaceCode = z.string().regex(/^(\d{2}|\d{4}|\d{6}|\d{8})$/);

export const ZPlace = z.object({
  code: z.string(),
  level: ZPlaceLevel,
  parentCode: z.string().nullable(),
  nameKm: z.string(),
  nameLatin: z.string(),
  unitKm: z.string(),
  unitEn: z.string(),
});
export type TPlace = z.infer<typeof ZPlace>;

export const ZPlaceWithPath = ZPlace.extend({ path: z.array(ZPlace) });
export type TPlaceWithPath = z.infer<typeof ZPlaceWithPath>;

export const ZPlaceChildrenQuery = z.object({ parent: ZPlaceCode.optional() });
export const ZPlaceSearchQuery = z.object({
  q: z.string().trim().min(1).max(100),
  level: ZPlaceLevel.optional(),
  within: ZPlaceCode.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
