import type { TCaseNote } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { paginate, type PageOf } from '../../platform/db/paginate.js';
import { presentNote, selectNotes } from './note-queries.js';

/**
 * A case's notes, newest first, paged. Confidential text is withheld from roles that may not
 * read it, and the page is audited as read all the same.
 */
export async function listNotes(
  data: ScopedData, caseId: string, query: { type?: string | undefined; includeArchived?: 'true' | 'false' | undefined; page: number; pageSize: number },
): Promise<PageOf<TCaseNote>> {
  await data.get('case_file', caseId);
  let rows = selectNotes(data).where('n.case_id', '=', caseId);
  if (query.type) rows = rows.where('n.note_type', '=', query.type);
  if (query.includeArchived !== 'true') rows = rows.where('n.archived_at', 'is', null);
  const page = await paginate(rows, query, (r) => r.orderBy('n.occurred_on', 'desc').orderBy('n.created_at', 'desc').orderBy('n.id'), (r) => presentNote(r, data.actor));
  await data.auditList('case_note', page.items.map((n) => n.id), { caseId, redacted: page.items.filter((n) => n.redacted).map((n) => n.id) });
  return page;
}
