import { z } from 'zod';
import { ZDigits, ZLocale, ZText } from './common.js';
import { ZUser } from './admin.js';

export const ZMe = z.object({
  user: ZUser,
  abilities: z.record(z.string(), z.boolean()),
  scope: z.string(),
  /** The organisation requires two-factor for this role and it is not set up yet. */
  mustSetUpTwoFactor: z.boolean(),
  idleTimeoutMinutes: z.number().int(),
});
export type TMe = z.infer<typeof ZMe>;

export const ZUpdateMeRequest = z.object({
  name: ZText(120).optional(),
  locale: ZLocale.optional(),
  digits: ZDigits.optional(),
});
export type TUpdateMeRequest = z.infer<typeof ZUpdateMeRequest>;

export const ZHealth = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});
