import { matchQueryFromText, todayIso, ZMatchRequest, ZMatchResponse } from '@homeward/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { withScopedData } from '../../platform/access/scoped-data.js';
import { actorOf } from '../../platform/http/access.js';
import type { Services } from '../../platform/services.js';
import { presentPersonSummary } from '../people/queries.js';
import { matchPeople } from './match.js';

/** `POST /api/tracing/match`: the matcher for tracing, other systems and our own tools. */
export function registerMatchRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/api/tracing/match', {
    config: { access: 'person.read' },
    schema: {
      tags: ['tracing'],
      summary: 'Rank people in my scope by how likely they are the person described (names in either script, age, place, parents)',
      body: ZMatchRequest, response: { 200: ZMatchResponse },
    },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) => {
    const { limit, text, ...fields } = request.body;
    const query = text ? { ...matchQueryFromText(text), ...fields } : fields;
    const found = await matchPeople(data, query, { limit });
    // Audited like a search: one list read naming every person shown.
    await data.auditList('person', found.map((m) => m.row.id), { purpose: 'match' });
    const today = todayIso();
    return {
      candidates: found.map((m) => ({ personId: m.row.id, score: m.score, band: m.band ?? 'possible', reasons: m.reasons, person: presentPersonSummary(m.row, today) })),
    };
  }));
}
