import { z } from 'zod';

export const ZId = z.uuid();
export const ZLocale = z.enum(['en', 'km']);
export type TLocale = z.infer<typeof ZLocale>;
export const ZDigits = z.enum(['latn', 'khmr']);
export type TDigits = z.infer<typeof ZDigits>;

/** Trimmed text with translated-length messages; blank becomes a clear error, not an empty row. */
export const ZText = (max: number) => z.string().trim().min(1).max(max);

export const ZPageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const ZPage = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const ZOk = z.object({ ok: z.literal(true) });
export const ZIdParams = z.object({ id: ZId });
