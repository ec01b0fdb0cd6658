import type { Action, Role } from '@homeward/core';
import type { InjectOptions } from 'fastify';
import type { ScopeSpec } from '../platform/access/scoped-data.js';
import type { TestApp, TestUser } from './harness.js';

/**
 * Where the record an endpoint acts on sits relative to the caller:
 * `own` — the caller's organisation, team and caseload; `team` — the caller's organisation,
 * another team and caseworker; `org` — another organisation.
 */
export type Placement = 'own' | 'team' | 'org';
export const placements: readonly Placement[] = ['own', 'team', 'org'];

export interface Where {
  organisationId: string;
  teamId: string;
  ownerId: string;
  /** Only in `own`: the caller, for targets a caller is linked to rather than owns (a partner's centre). */
  caller?: { id: string; role: Role };
}

/**
 * One endpoint in the permission matrix. A module adds rows to its `*.matrix.ts`; the suite
 * runs each row for every role and placement and works out the expected answer from the
 * role's actions and scope and the target's scope spec.
 */
export interface MatrixRow {
  /** Method and route as registered, e.g. `GET /api/users/:id`. */
  route: string;
  access: Action | 'signed-in';
  /** Answer when allowed. */
  ok: number;
  /** The record the request targets, created fresh per call; omit for lists and creates. */
  target?: {
    spec: ScopeSpec;
    create(t: TestApp, where: Where): Promise<string>;
    /** Where a module narrows its spec for some roles (a partner's events): whether the record is seen, or undefined to follow the spec. */
    visible?(role: Role, placement: Placement): boolean | undefined;
  };
  request(t: TestApp, caller: TestUser, targetId: string | undefined): InjectOptions | Promise<InjectOptions>;
  /** A role allowed the action may still be refused for this row (e.g. roles it may not assign). */
  allowed?(role: Role): boolean;
}

export const get = (url: string): InjectOptions => ({ method: 'GET', url });
export const send = (method: 'POST' | 'PATCH' | 'PUT', url: string, payload: unknown): InjectOptions => ({ method, url, payload: payload as InjectOptions['payload'] });
