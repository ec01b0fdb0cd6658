import { todayIso, ZOutreachKind, ZOutreachRole, type TOutreachEvent, type TOutreachEventRequest, type TOutreachEventsQuery } from '@homeward/core';
import type { Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { diff } from '../../platform/audit/audit.js';
import { paginate, type PageOf } from '../../platform/db/paginate.js';
import { notFound } from '../../platform/errors.js';
import { loadPlaces } from '../people/place-refs.js';
import { checkLookupValues, checkPlaces, FieldErrors } from '../people/references.js';
import { outreachEventScope, type OutreachEventTable } from './event-tables.js';

/**
 * Record a community awareness or government engagement event: where (a village or any level
 * of the gazetteer), its type from the organisation's list, how many took part by role and sex,
 * the topic and the outcome. Each role is counted once.
 */
export async function recordOutreach(data: ScopedData, input: TOutreachEventRequest): Promise<string> {
  const errors = new FieldErrors();
  const organisationId = data.actor.organisationId;
  await checkLookupValues(data, errors, organisationId, 'outreach_event_type', [{ field: 'type', value: input.type }]);
  await checkPlaces(data, errors, { villageCode: input.villageCode });
  if (input.heldOn > todayIso()) errors.add('heldOn', 'validation.date_in_future');
  if (new Set(input.participants.map((p) => p.role)).size !== input.participants.length) errors.add('participants', 'centres.outreach.roleTwice');
  if (input.centreId) {
    const centre = await data.selectFrom('centre').select('id').where('id', '=', input.centreId).where('archived_at', 'is', null).executeTakeFirst();
    if (!centre) errors.add('centreId', 'validation.choice');
  }
  errors.throwIfAny();
  const id = crypto.randomUUID();
  const values = {
    id, organisation_id: organisationId, kind: input.kind, type: input.type, held_on: input.heldOn, village_code: input.villageCode ?? null,
    centre_id: input.centreId ?? null, topic: input.topic, outcome: input.outcome ?? null, created_by: data.actor.userId, archived_at: null,
  };
  await data.tx.insertInto('outreach_event').values({ ...values, participants: JSON.stringify(input.participants) as never }).execute();
  await data.audit({ action: 'create', recordType: 'outreach_event', recordId: id, changes: diff(null, { ...values, participants: input.participants }) });
  return id;
}

async function present(data: ScopedData, rows: Array<Selectable<OutreachEventTable>>): Promise<TOutreachEvent[]> {
  const places = await loadPlaces(data.tx, rows.map((r) => r.village_code));
  return rows.map((r) => {
    const participants = r.participants.map((p) => ({ role: ZOutreachRole.parse(p.role), female: p.female, male: p.male }));
    return {
      id: r.id, kind: ZOutreachKind.parse(r.kind), type: r.type, heldOn: r.held_on, village: r.village_code ? (places.get(r.village_code) ?? null) : null,
      centreId: r.centre_id, topic: r.topic, outcome: r.outcome, participants,
      female: participants.reduce((n, p) => n + p.female, 0), male: participants.reduce((n, p) => n + p.male, 0),
    };
  });
}

export async function loadOutreach(data: ScopedData, id: string): Promise<TOutreachEvent> {
  const rows = await data.tx.selectFrom('outreach_event').selectAll().where('id', '=', id).where(outreachEventScope(data.actor)).execute();
  const [event] = await present(data, rows);
  if (!event) throw notFound();
  return event;
}

/** The organisation's outreach events, newest first, by kind or centre. */
export async function searchOutreach(data: ScopedData, query: TOutreachEventsQuery & { page: number; pageSize: number }): Promise<PageOf<TOutreachEvent>> {
  let rows = data.tx.selectFrom('outreach_event').selectAll().where(outreachEventScope(data.actor)).where('archived_at', 'is', null);
  if (query.kind) rows = rows.where('kind', '=', query.kind);
  if (query.centreId) rows = rows.where('centre_id', '=', query.centreId);
  const page = await paginate(rows, query, (q) => q.orderBy('held_on', 'desc').orderBy('id'), (r) => r);
  return { ...page, items: await present(data, page.items) };
}
