import type { TAssessmentSubjectType, TTrend } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { definitionOf } from './instrument-queries.js';

interface StoredSection { key: string; score: number; max: number }

/**
 * One subject's submitted assessments on a code, oldest first, across every version: the total
 * and each section's score as stored when submitted. The legend is the newest version's.
 */
export async function assessmentTrend(data: ScopedData, query: { subjectType: TAssessmentSubjectType; subjectId: string; instrumentCode: string }): Promise<TTrend> {
  const rows = await data.selectFrom('assessment').select(['id', 'instrument_id', 'assessed_on', 'total', 'section_scores'])
    .where('subject_type', '=', query.subjectType).where('subject_id', '=', query.subjectId)
    .where('status', '=', 'submitted').where('archived_at', 'is', null)
    .where('instrument_id', 'in', data.tx.selectFrom('instrument').select('id').where('code', '=', query.instrumentCode))
    .orderBy('assessed_on').orderBy('submitted_at').execute();
  await data.auditList('assessment', rows.map((r) => r.id), { as: 'trend' });
  const ids = [...new Set(rows.map((r) => r.instrument_id))];
  const versions = ids.length ? await data.tx.selectFrom('instrument').select(['id', 'version', 'definition']).where('id', 'in', ids).execute() : [];
  const byId = new Map(versions.map((v) => [v.id, v]));
  const newest = [...versions].sort((a, b) => b.version - a.version)[0];
  const legend = newest ? definitionOf(newest).sections : [];
  return {
    instrumentCode: query.instrumentCode,
    sections: legend.map((s) => {
      const max = s.items.reduce((a, i) => a + (i.kind === 'scale' ? Math.max(...i.levels.map((l) => l.value)) : 0), 0);
      return { key: s.key, title: s.title, max };
    }),
    points: rows.map((r) => {
      const sections = (r.section_scores ?? []) as StoredSection[];
      return {
        assessmentId: r.id, assessedOn: r.assessed_on, instrumentVersion: byId.get(r.instrument_id)!.version,
        total: r.total ?? 0, maxTotal: sections.reduce((a, s) => a + s.max, 0),
        sections: Object.fromEntries(sections.map((s) => [s.key, s.score])),
      };
    }),
  };
}
