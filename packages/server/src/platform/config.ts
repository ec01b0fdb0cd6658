import path from 'node:path';
import { z } from 'zod';

/**
 * Every setting Homeward reads from the environment. README.md § Configuration documents each;
 * keep the two in step.
 */
const ZConfig = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  /** Attachments (content-addressed files); DATA_DIR/files when unset, with PostgreSQL too. */
  FILES_DIR: z.string().optional(),
  /** Public origin of the site; used for cookie security and CSRF origin checks. */
  PUBLIC_URL: z.string().optional(),
  /** Secret for signing session cookies; generated and kept in DATA_DIR when unset. */
  AUTH_SECRET: z.string().min(32).optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  /** Failed sign-ins per account before it is locked for SIGN_IN_LOCK_MINUTES. */
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  SIGN_IN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  /** Auth requests per IP per minute (throttling, independent of the account lockout). */
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Headless Chromium that prints the MoSVY forms as PDF; without it, printing answers `pdf.unavailable`. */
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  /** Trust X-Forwarded-For from a reverse proxy in front of Homeward. */
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
});

export type Config = z.infer<typeof ZConfig> & { dataDir: string; filesDir: string };

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = ZConfig.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Homeward configuration is invalid:\n${lines.join('\n')}`);
  }
  const config = { ...parsed.data, DATABASE_URL: parsed.data.DATABASE_URL || undefined, ...overrides };
  const dataDir = path.resolve(config.DATA_DIR);
  return { ...config, dataDir, filesDir: path.resolve(config.FILES_DIR || path.join(dataDir, 'files')) };
}
