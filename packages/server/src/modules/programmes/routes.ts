import { ZProgrammeCentre, ZIdParams, ZPersonProgrammes, ZProgrammePeopleQuery, ZProgrammePerson } from '@homeward/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withScopedData } from '../../platform/access/scoped-data.js';
import { actorOf } from '../../platform/http/access.js';
import type { Services } from '../../platform/services.js';
import { findProgrammePeople } from './find-people.js';
import { personProgrammes } from './participation.js';

/** What the youth programmes share: a person's participation, and the centres they can name. */
export function registerProgrammeRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['programmes'];

  r.get('/api/people/:id/programmes', {
    config: { access: 'programme.read' },
    schema: { tags, summary: "A young person's programme participation over time (clubs, network, courses …)", params: ZIdParams, response: { 200: ZPersonProgrammes } },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) => ({ items: await personProgrammes(data, request.params.id) })));

  r.get('/api/programmes/centres', {
    config: { access: 'programme.write' },
    schema: { tags, summary: "The organisation's centres by name, for naming a club's centre or an outreach visit's", response: { 200: z.array(ZProgrammeCentre) } },
  }, (request) => withScopedData(services.db, actorOf(request), async (data) => {
    // Centre names are not personal and programme staff name any centre of their organisation.
    const rows = await data.tx.selectFrom('centre').select(['id', 'name_km', 'name_latin'])
      .where('organisation_id', '=', data.actor.organisationId).where('archived_at', 'is', null).orderBy('name_km').limit(1000).execute();
    return rows.map((c) => ({ id: c.id, name: c.name_latin ? `${c.name_km} (${c.name_latin})` : c.name_km }));
  }));

  r.get('/api/programmes/people', {
    config: { access: 'programme.write' },
    schema: { tags, summary: 'Young people of the organisation by a part of a name in either script, for adding members, enrolling or ticking walk-ins (at most 20)', querystring: ZProgrammePeopleQuery, response: { 200: z.array(ZProgrammePerson) } },
  }, (request) => withScopedData(services.db, actorOf(request), (data) => findProgrammePeople(data, request.query.q)));
}
