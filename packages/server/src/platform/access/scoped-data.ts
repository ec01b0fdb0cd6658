import { sql, type SelectQueryBuilder, type Expression, type Kysely, type Selectable, type SqlBool, type Updateable, type Insertable } from 'kysely';
import type { Actor } from '../auth/actor.js';
import { deferAudit, diff, flushAudit, writeAudit, type AuditEvent } from '../audit/audit.js';
import type { Database } from '../db/schema.js';
import { notFound } from '../errors.js';
import { scopeSpecs } from '../../modules/scopes.js';

/**
 * How a table's rows belong to someone. `organisation` is required; the caseload columns are
 * present on records about children and families. `personal` records (people, households,
 * cases and all under them) are audited on every read as well as every write.
 */
export interface ScopeSpec {
  recordType: string;
  organisation: string;
  team?: string;
  owner?: string;
  centre?: string;
  personal: boolean;
}

export { scopeSpecs };
export type ScopedTable = keyof typeof scopeSpecs;

const FALSE = sql<SqlBool>`false`;
const TRUE = sql<SqlBool>`true`;

/**
 * The filter that keeps a caller to their scope, as SQL for inside the query, so rows outside
 * it are never loaded. Exported for reports that aggregate over joins.
 */
export function scopeFilter(actor: Actor, spec: ScopeSpec, alias?: string): Expression<SqlBool> {
  const col = (name: string) => sql.ref(alias ? `${alias}.${name}` : name);
  const inOrg = sql<SqlBool>`${col(spec.organisation)} = ${actor.organisationId}`;
  const caseload = spec.team !== undefined || spec.owner !== undefined || spec.centre !== undefined;
  switch (actor.scope) {
    case 'all':
      return TRUE;
    case 'organisation':
      return inOrg;
    case 'none':
      return spec.personal ? FALSE : inOrg;
    case 'team': {
      if (!caseload) return inOrg;
      const parts = [];
      if (spec.team && actor.teamIds.length) parts.push(sql`${col(spec.team)} = any(${sql.val(actor.teamIds)}::uuid[])`);
      if (spec.owner) parts.push(sql`${col(spec.owner)} = ${actor.userId}`);
      return parts.length ? sql<SqlBool>`(${inOrg} and (${sql.join(parts, sql` or `)}))` : FALSE;
    }
    case 'own':
      if (!caseload) return inOrg;
      return spec.owner ? sql<SqlBool>`(${inOrg} and ${col(spec.owner)} = ${actor.userId})` : FALSE;
    case 'centre':
      // A partner (a centre's director) sees personal records only through their centre: one
      // about a young person that names no centre (a scholarship, say) is not theirs to read.
      if (!caseload) return spec.personal ? FALSE : inOrg;
      return spec.centre && actor.centreIds.length
        ? sql<SqlBool>`(${inOrg} and ${col(spec.centre)} = any(${sql.val(actor.centreIds)}::uuid[]))`
        : FALSE;
  }
}

type Row<T extends ScopedTable> = Selectable<Database[T]>;
type AuditChanges = Record<string, { before: unknown; after: unknown }>;

/**
 * The one way modules read and write organisation-owned records: scope applied in the query,
 * the audit row written in the same transaction. `tx` must be a transaction.
 */
export class ScopedData {
  constructor(
    readonly tx: Kysely<Database>,
    readonly actor: Actor,
  ) {}

  /** A select over `table` already limited to the caller's scope; add columns and filters. */
  selectFrom<T extends ScopedTable>(table: T): SelectQueryBuilder<Database, T, object> {
    // Kysely cannot narrow a generic table name by itself; the cast restores what the caller named.
    return this.tx.selectFrom(table as ScopedTable).where(scopeFilter(this.actor, scopeSpecs[table])) as unknown as SelectQueryBuilder<Database, T, object>;
  }

  /** One record by id, or `record.not_found` when it does not exist or is outside scope. */
  async get<T extends ScopedTable>(table: T, id: string): Promise<Row<T>> {
    const spec: ScopeSpec = scopeSpecs[table];
    const row = await this.selectFrom(table).selectAll().where(sql.ref('id'), '=', id).executeTakeFirst();
    if (!row) throw notFound();
    if (spec.personal) await this.audit({ action: 'read', recordType: spec.recordType, recordId: id });
    return row as Row<T>;
  }

  /** Audit a list read of personal records: one row naming every id the caller was shown. */
  async auditList(table: ScopedTable, ids: string[], details: Record<string, unknown> = {}): Promise<void> {
    const spec: ScopeSpec = scopeSpecs[table];
    if (!spec.personal || ids.length === 0) return;
    await this.audit({ action: 'list', recordType: spec.recordType, details: { ...details, ids } });
  }

  /**
   * Insert a record in scope and audit it. `parts` adds changes to parts of the record kept in
   * other tables (a person's aliases), so one write is one audit row.
   */
  async insert<T extends ScopedTable>(table: T, values: Insertable<Database[T]> & { id: string }, options: { parts?: AuditChanges } = {}): Promise<void> {
    await this.tx.insertInto(table as ScopedTable).values(values as never).execute();
    const { recordType } = scopeSpecs[table];
    await this.audit({ action: 'create', recordType, recordId: values.id, changes: { ...diff(null, values as object), ...options.parts } });
  }

  /** Update a record in scope; audits the changed fields. Returns the row as it was. */
  async update<T extends ScopedTable>(
    table: T,
    id: string,
    patch: Updateable<Database[T]>,
    options: { action?: string; redact?: string[]; parts?: AuditChanges; details?: Record<string, unknown> } = {},
  ): Promise<Row<T>> {
    const before = await this.get(table, id);
    const changes = { ...diff(before as object, patch as object, options.redact), ...options.parts };
    if (Object.keys(changes).length === 0) return before;
    await this.tx.updateTable(table as ScopedTable).set(patch as never).where(sql.ref('id'), '=', id).execute();
    await this.audit({ action: options.action ?? 'update', recordType: scopeSpecs[table].recordType, recordId: id, changes, details: options.details ?? null });
    return before;
  }

  audit(event: AuditEvent): Promise<void> {
    return writeAudit(this.tx, this.actor, event);
  }
}

/**
 * Run `work` in one transaction with a scoped data layer for `actor`. Audit rows recorded in
 * the transaction are written together just before it commits (one round trip), so they still
 * commit or roll back with the work they record.
 */
export function withScopedData<R>(db: Kysely<Database>, actor: Actor, work: (data: ScopedData) => Promise<R>): Promise<R> {
  return db.transaction().execute(async (tx) => {
    deferAudit(tx);
    const result = await work(new ScopedData(tx, actor));
    await flushAudit(tx);
    return result;
  });
}
