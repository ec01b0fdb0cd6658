import { betterAuth } from 'better-auth';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { twoFactor } from 'better-auth/plugins';
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import { writeAudit } from '../audit/audit.js';
import { recentFailures } from './lockout.js';

/** Header our HTTP bridge sets from Fastify's idea of the client IP; clients cannot supply it. */
export const CLIENT_IP_HEADER = 'x-homeward-client-ip';

const snake = (fields: string[]): Record<string, string> =>
  Object.fromEntries(fields.map((f) => [f, f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)]));

export function createAuth(db: Kysely<Database>, config: Config, secret: string) {
  const baseURL = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
  const auditIp = (headers: Headers | undefined): string | null => headers?.get(CLIENT_IP_HEADER) ?? null;

  return betterAuth({
    appName: 'Homeward',
    baseURL,
    basePath: '/api/auth',
    secret,
    database: { db, type: 'postgres' },
    telemetry: { enabled: false },
    logger: { disabled: config.LOG_LEVEL === 'silent' },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true, // administrators create staff accounts
      minPasswordLength: 10,
      maxPasswordLength: 128,
      revokeSessionsOnPasswordReset: true,
    },
    user: {
      modelName: 'app_user',
      fields: snake(['emailVerified', 'createdAt', 'updatedAt']),
      additionalFields: {
        organisationId: { type: 'string', fieldName: 'organisation_id', required: true, input: false },
        role: { type: 'string', required: true, input: false },
        locale: { type: 'string', required: false, input: false, defaultValue: 'km' },
        digits: { type: 'string', required: false, input: false, defaultValue: 'latn' },
        active: { type: 'boolean', required: false, input: false, defaultValue: true },
        mustChangePassword: { type: 'boolean', fieldName: 'must_change_password', required: false, input: false, defaultValue: false },
      },
    },
    session: {
      modelName: 'auth_session',
      fields: snake(['expiresAt', 'createdAt', 'updatedAt', 'ipAddress', 'userAgent', 'userId']),
      // Sliding expiry: every use more than a minute after the last pushes the end out again,
      // so the session ends after SESSION_IDLE_MINUTES without use.
      expiresIn: config.SESSION_IDLE_MINUTES * 60,
      updateAge: 60,
      cookieCache: { enabled: false },
    },
    account: {
      modelName: 'auth_account',
      fields: snake([
        'accountId', 'providerId', 'userId', 'accessToken', 'refreshToken', 'idToken',
        'accessTokenExpiresAt', 'refreshTokenExpiresAt', 'createdAt', 'updatedAt',
      ]),
    },
    verification: {
      modelName: 'auth_verification',
      fields: snake(['expiresAt', 'createdAt', 'updatedAt']),
    },
    rateLimit: {
      enabled: true,
      storage: 'database',
      modelName: 'auth_rate_limit',
      fields: { lastRequest: 'last_request' },
      window: 60,
      max: config.AUTH_RATE_LIMIT_PER_MINUTE * 4,
      customRules: {
        // Every path that checks a password or a code follows the configured limit, in place of
        // the library's built-in 3 per 10 s, which one office behind a shared address outgrows.
        '/sign-in/email': { window: 60, max: config.AUTH_RATE_LIMIT_PER_MINUTE },
        '/change-password': { window: 60, max: config.AUTH_RATE_LIMIT_PER_MINUTE },
        '/two-factor/*': { window: 60, max: config.AUTH_RATE_LIMIT_PER_MINUTE },
      },
    },
    advanced: {
      cookiePrefix: 'homeward',
      useSecureCookies: baseURL.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      database: { generateId: () => crypto.randomUUID() },
    },
    plugins: [
      twoFactor({
        issuer: 'Homeward',
        schema: {
          user: { fields: { twoFactorEnabled: 'two_factor_enabled' } },
          twoFactor: {
            modelName: 'auth_two_factor',
            fields: snake(['backupCodes', 'userId', 'failedVerificationCount', 'lockedUntil']),
          },
        },
      }),
    ],
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path === '/sign-out') {
          // Sign-out loads no session for the after hook and always ends the one it finds, so
          // the person signing out is known, and audited, only here.
          const token = await ctx.getSignedCookie(ctx.context.authCookies.sessionToken.name, ctx.context.secret);
          const found = token ? await ctx.context.internalAdapter.findSession(token) : null;
          if (found) {
            const u = found.user as { id: string; role?: string; organisationId?: string };
            await writeAudit(db, { userId: u.id, role: u.role ?? null, organisationId: u.organisationId ?? null, ip: auditIp(ctx.headers) }, { action: 'auth.sign_out', recordType: 'user', recordId: u.id });
          }
          return;
        }
        if (ctx.path !== '/sign-in/email') return;
        const email = String((ctx.body as { email?: unknown } | undefined)?.email ?? '').trim().toLowerCase();
        if (!email) return;
        const failures = await recentFailures(db, email, config.SIGN_IN_LOCK_MINUTES);
        const user = await db.selectFrom('app_user').select(['id', 'active', 'organisation_id', 'role']).where(({ fn }) => fn('lower', ['email']), '=', email).executeTakeFirst();
        const actor = { userId: user?.id ?? null, role: user?.role ?? null, organisationId: user?.organisation_id ?? null, ip: auditIp(ctx.headers) };
        if (failures >= config.SIGN_IN_MAX_FAILURES) {
          await writeAudit(db, actor, { action: 'auth.sign_in_locked', recordType: 'account', recordId: email });
          throw new APIError('TOO_MANY_REQUESTS', { code: 'ACCOUNT_LOCKED', message: 'Too many failed sign-ins; try again later' });
        }
        if (user && !user.active) {
          // Same answer as a wrong password: a deactivated account reveals nothing.
          await writeAudit(db, actor, { action: 'auth.sign_in_failed', recordType: 'account', recordId: email, details: { reason: 'inactive' } });
          throw new APIError('UNAUTHORIZED', { code: 'INVALID_EMAIL_OR_PASSWORD', message: 'Invalid email or password' });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        const ip = auditIp(ctx.headers);
        const failed = ctx.context.returned instanceof APIError;
        if (ctx.path === '/sign-in/email') {
          const email = String((ctx.body as { email?: unknown } | undefined)?.email ?? '').trim().toLowerCase();
          const user = await db.selectFrom('app_user').select(['id', 'organisation_id', 'role']).where(({ fn }) => fn('lower', ['email']), '=', email).executeTakeFirst();
          const actor = { userId: user?.id ?? null, role: user?.role ?? null, organisationId: user?.organisation_id ?? null, ip };
          const code = failed ? (ctx.context.returned as APIError).body?.code : undefined;
          if (failed && code !== 'ACCOUNT_LOCKED') {
            if (!(user && (await isInactive(db, user.id)))) {
              await writeAudit(db, actor, { action: 'auth.sign_in_failed', recordType: 'account', recordId: email });
            }
          } else if (!failed) {
            await writeAudit(db, actor, { action: 'auth.sign_in', recordType: 'account', recordId: email });
          }
        } else if (ctx.path === '/two-factor/verify-totp' || ctx.path === '/two-factor/verify-backup-code') {
          // With a session the code confirms set-up (which renews the session); without one it is
          // the second step of a sign-in, whose challenge cookie names the person.
          const sessionToken = await ctx.getSignedCookie(ctx.context.authCookies.sessionToken.name, ctx.context.secret);
          const challenge = sessionToken ? null : await ctx.getSignedCookie(ctx.context.createAuthCookie('two_factor').name, ctx.context.secret);
          const userId = ctx.context.newSession?.user.id
            ?? (sessionToken ? (await ctx.context.internalAdapter.findSession(sessionToken))?.user.id : undefined)
            ?? (challenge ? (await ctx.context.internalAdapter.findVerificationValue(challenge))?.value : undefined);
          const action = failed ? 'auth.two_factor_failed' : !sessionToken ? 'auth.two_factor_verified' : ctx.context.newSession ? 'auth.two_factor_enabled' : null;
          const user = userId && action ? await db.selectFrom('app_user').select(['id', 'organisation_id', 'role']).where('id', '=', userId).executeTakeFirst() : undefined;
          if (user && action) {
            await writeAudit(db, { userId: user.id, role: user.role, organisationId: user.organisation_id, ip }, { action, recordType: 'user', recordId: user.id });
          }
        } else if (ctx.path === '/change-password' || ctx.path === '/two-factor/disable') {
          // (Starting two-factor set-up changes nothing until a code confirms it, audited above.)
          const session = ctx.context.session ?? ctx.context.newSession;
          if (session && !failed) {
            const u = session.user as { id: string; role?: string; organisationId?: string };
            const action = { '/change-password': 'auth.password_changed', '/two-factor/disable': 'auth.two_factor_disabled' }[ctx.path];
            await writeAudit(db, { userId: u.id, role: u.role ?? null, organisationId: u.organisationId ?? null, ip }, { action, recordType: 'user', recordId: u.id });
            if (ctx.path === '/change-password') {
              await db.updateTable('app_user').set({ must_change_password: false }).where('id', '=', u.id).execute();
            }
          }
        }
      }),
    },
  });
}

async function isInactive(db: Kysely<Database>, userId: string): Promise<boolean> {
  const row = await db.selectFrom('app_user').select('active').where('id', '=', userId).executeTakeFirst();
  return row ? !row.active : false;
}

export type Auth = ReturnType<typeof createAuth>;
