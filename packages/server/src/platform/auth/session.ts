import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../services.js';
import { loadActor, loadSessionActor, type Actor } from './actor.js';

/** Session cookie values whose signature has been checked; bounded, oldest dropped first. */
const VERIFIED_LIMIT = 10_000;

/**
 * Resolves the actor of a request from its session cookie.
 *
 * The authentication library's `getSession` costs several milliseconds of CPU and two round
 * trips per request (signature check through WebCrypto, session and user lookups, its endpoint
 * machinery), and `loadActor` a third. So:
 *
 * - the first request of a session, and any request whose session is due for its sliding
 *   renewal, goes through `getSession` as before (it checks the signature, renews the expiry,
 *   sets the renewed cookie, clears a dead one);
 * - a signed cookie value `getSession` accepted is remembered as verified. That is a memo of a
 *   pure function (the signature of a given value under the server's secret), not of the
 *   session: it says nothing about whether the session still lives;
 * - every request, cached or not, reads the session row, the user and the actor in ONE query
 *   that requires the session row to exist and be unexpired and the user to be active. Sign-out,
 *   revoking sessions and deactivating a user therefore take effect on the very next request,
 *   on every server.
 */
export function createSessionResolver(services: Services) {
  const verified = new Map<string, string>();
  let settings: { cookieName: string; expiresIn: number; updateAge: number } | undefined;

  const remember = (cookieValue: string, token: string) => {
    if (verified.size >= VERIFIED_LIMIT) verified.delete(verified.keys().next().value!);
    verified.set(cookieValue, token);
  };

  /** The one session cookie value in the request; undefined when absent or sent more than once. */
  const sessionCookie = (request: FastifyRequest, name: string): string | undefined => {
    const header = request.headers.cookie;
    if (!header) return undefined;
    let found: string | undefined;
    for (const part of header.split(';')) {
      const eq = part.indexOf('=');
      if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
      if (found !== undefined) return undefined; // ambiguous: leave it to the library
      found = part.slice(eq + 1).trim();
    }
    if (found === undefined) return undefined;
    try {
      return decodeURIComponent(found);
    } catch {
      return undefined;
    }
  };

  return async function resolveActor(request: FastifyRequest, reply: FastifyReply): Promise<Actor | null> {
    if (!settings) {
      const context = await services.auth.$context;
      const { expiresIn, updateAge } = context.sessionConfig;
      settings = { cookieName: context.authCookies.sessionToken.name, expiresIn, updateAge };
    }
    const { cookieName, expiresIn, updateAge } = settings;
    const cookie = sessionCookie(request, cookieName);
    const token = cookie === undefined ? undefined : verified.get(cookie);
    if (token !== undefined) {
      const live = await loadSessionActor(services.db, token, request.ip);
      // Renewal due (same rule as the library's): let the library renew and re-set the cookie.
      const renewalDue = live !== null && live.expiresAt.getTime() - expiresIn * 1000 + updateAge * 1000 <= Date.now();
      if (live && !renewalDue) return live.actor;
      // Otherwise (signed out, revoked, expired, or renewal due) the library answers as before.
    }
    const session = await services.auth.api.getSession({ headers: webHeaders(request), returnHeaders: true });
    // A sliding session renews its cookie on use; pass the renewal on.
    for (const c of session.headers.getSetCookie()) void reply.header('set-cookie', c);
    const found = session.response;
    if (!found) return null;
    const sessionToken = found.session.token;
    if (cookie !== undefined && cookie.slice(0, cookie.lastIndexOf('.')) === sessionToken) remember(cookie, sessionToken);
    return loadActor(services.db, found.user.id, request.ip);
  };
}

/** The request's headers as a Fetch `Headers`, for the authentication library. */
export function webHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) value.forEach((v) => headers.append(key, v));
    else headers.set(key, String(value));
  }
  return headers;
}
