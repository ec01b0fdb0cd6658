import { ZCaseNote, ZCaseNoteParams, ZIdParams, ZListCaseNotesQuery, ZPage, ZRecordCaseNoteRequest, ZUpdateCaseNoteRequest } from '@homeward/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { withScopedData } from '../../platform/access/scoped-data.js';
import { actorOf } from '../../platform/http/access.js';
import type { Services } from '../../platform/services.js';
import { listNotes } from './list-notes.js';
import { recordNote } from './record-note.js';
import { updateNote } from './update-note.js';

/** Case notes and contacts, case conferences among them. */
export function registerNoteRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];

  r.get('/api/cases/:id/notes', {
    config: { access: 'case.read' },
    schema: { tags, summary: "A case's notes and contacts, newest first (confidential text withheld from some roles)", params: ZIdParams, querystring: ZListCaseNotesQuery, response: { 200: ZPage(ZCaseNote) } },
  }, (request) => withScopedData(services.db, actorOf(request), (data) => listNotes(data, request.params.id, request.query)));

  r.post('/api/cases/:id/notes', {
    config: { access: 'case.write' },
    schema: { tags, summary: 'Record a note, contact or case conference', params: ZIdParams, body: ZRecordCaseNoteRequest, response: { 201: ZCaseNote } },
  }, async (request, reply) => {
    const note = await withScopedData(services.db, actorOf(request), (data) => recordNote(data, request.params.id, request.body));
    return reply.status(201).send(note);
  });

  r.patch('/api/cases/:id/notes/:noteId', {
    config: { access: 'case.write' },
    schema: { tags, summary: 'Correct, archive or restore a note (optimistic: send the version)', params: ZCaseNoteParams, body: ZUpdateCaseNoteRequest, response: { 200: ZCaseNote } },
  }, (request) => withScopedData(services.db, actorOf(request), (data) => updateNote(data, request.params.id, request.params.noteId, request.body)));
}
