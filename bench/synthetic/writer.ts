import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../packages/server/src/platform/db/schema.js';

/**
 * Buffers rows per table and writes them in multi-row INSERTs, sized to stay under
 * PostgreSQL's 65,535 bind parameters a statement. Reports progress as it goes.
 */
export class BulkWriter {
  private buffers = new Map<keyof Database, object[]>();
  readonly counts = new Map<string, number>();
  private lastReport = 0;

  /** `order` lists tables parents first; writing a table first writes the ones before it. */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly order: ReadonlyArray<keyof Database>,
  ) {}

  async add<T extends keyof Database>(table: T, row: Insertable<Database[T]>): Promise<void> {
    let buffer = this.buffers.get(table);
    if (!buffer) this.buffers.set(table, (buffer = []));
    buffer.push(row as object);
    const columns = Object.keys(row as object).length;
    if (buffer.length >= Math.min(5000, Math.floor(60_000 / columns))) {
      for (const parent of this.order.slice(0, this.order.indexOf(table))) await this.flushTable(parent);
      await this.flushTable(table);
    }
  }

  private async flushTable(table: keyof Database): Promise<void> {
    const buffer = this.buffers.get(table);
    if (!buffer?.length) return;
    this.buffers.set(table, []);
    await this.db.insertInto(table).values(buffer as never).execute();
    this.counts.set(table, (this.counts.get(table) ?? 0) + buffer.length);
    const now = Date.now();
    if (now - this.lastReport > 2000) {
      this.lastReport = now;
      process.stdout.write(`  … ${[...this.counts].map(([t, n]) => `${t} ${n.toLocaleString('en')}`).join(', ')}\n`);
    }
  }

  /** Write everything still buffered, parents before children. */
  async flush(): Promise<void> {
    for (const table of this.order) await this.flushTable(table);
  }
}
