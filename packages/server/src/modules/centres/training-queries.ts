import { ZEvaluationMethod, ZSex, ZTrainingAudience, ZTrainingKind, type TTrainingEvent, type TTrainingEventSummary, type TTrainingEventsQuery } from '@homeward/core';
import { sql, type Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { paginate, type PageOf } from '../../platform/db/paginate.js';
import { AppError, notFound } from '../../platform/errors.js';
import { trainingEventScope, type TrainingEventTable } from './event-tables.js';

const average = (values: Array<number | null>): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? Math.round((known.reduce((a, b) => a + b, 0) / known.length) * 10) / 10 : null;
};

/** The event in the caller's organisation (404 otherwise), locked for this transaction; 409 on a stale version. */
export async function lockTrainingEvent(data: ScopedData, id: string, version?: number): Promise<Selectable<TrainingEventTable>> {
  const row = await data.tx.selectFrom('training_event').selectAll().where('id', '=', id).where('archived_at', 'is', null)
    .where(trainingEventScope(data.actor)).forUpdate().executeTakeFirst();
  if (!row) throw notFound();
  if (version !== undefined && row.version !== version) throw new AppError('record.conflict');
  return row;
}

/**
 * One event with its participants, the days each was present and the evaluation averages.
 * Participants are people, so the read is audited with their person ids.
 */
export async function loadTraining(data: ScopedData, id: string): Promise<TTrainingEvent> {
  const e = await data.tx.selectFrom('training_event').selectAll().where('id', '=', id).where('archived_at', 'is', null)
    .where(trainingEventScope(data.actor)).executeTakeFirst();
  if (!e) throw notFound();
  const [participants, attendance] = await Promise.all([
    data.tx.selectFrom('training_participant as p').leftJoin('centre as c', 'c.id', 'p.centre_id')
      .selectAll('p').select(['c.name_km as centre_name_km', 'c.name_latin as centre_name_latin'])
      .where('p.event_id', '=', id).orderBy('p.name').orderBy('p.id').execute(),
    data.tx.selectFrom('training_attendance').select(['participant_id', 'attended_on']).where('event_id', '=', id).orderBy('attended_on').execute(),
  ]);
  const days = new Map<string, string[]>();
  for (const a of attendance) days.set(a.participant_id, [...(days.get(a.participant_id) ?? []), a.attended_on]);
  await data.audit({ action: 'read', recordType: 'training_event', recordId: id, details: { personIds: participants.flatMap((p) => (p.person_id ? [p.person_id] : [])) } });
  return {
    id: e.id, kind: ZTrainingKind.parse(e.kind), title: e.title, topics: e.topics, startsOn: e.starts_on, endsOn: e.ends_on, venue: e.venue,
    trainers: e.trainers, audiences: e.audiences.map((a) => ZTrainingAudience.parse(a)), evaluation: ZEvaluationMethod.parse(e.evaluation), notes: e.notes,
    version: e.version,
    participants: participants.map((p) => ({
      id: p.id, name: p.name, sex: p.sex ? ZSex.parse(p.sex) : null, audience: ZTrainingAudience.parse(p.audience), personId: p.person_id,
      centreId: p.centre_id, centreNameKm: p.centre_name_km, centreNameLatin: p.centre_name_latin, walkIn: p.walk_in,
      preScore: p.pre_score, postScore: p.post_score, satisfaction: p.satisfaction, days: days.get(p.id) ?? [],
    })),
    summary: {
      preAverage: average(participants.map((p) => p.pre_score)),
      postAverage: average(participants.map((p) => p.post_score)),
      satisfactionAverage: average(participants.map((p) => p.satisfaction)),
    },
  };
}

/** The organisation's events, newest first; with `centreId`, those a centre's people took part in. */
export async function searchTrainings(data: ScopedData, query: TTrainingEventsQuery & { page: number; pageSize: number }): Promise<PageOf<TTrainingEventSummary>> {
  let rows = data.tx.selectFrom('training_event as e').where(trainingEventScope(data.actor, 'e')).where('e.archived_at', 'is', null)
    .select([
      'e.id', 'e.kind', 'e.title', 'e.starts_on', 'e.ends_on', 'e.venue',
      sql<number>`(select count(*) from training_participant p where p.event_id = e.id)::int`.as('participants'),
    ]);
  if (query.centreId) {
    const centreId = query.centreId;
    rows = rows.where(({ exists, selectFrom }) => exists(selectFrom('training_participant as p').select('p.id').whereRef('p.event_id', '=', 'e.id').where('p.centre_id', '=', centreId)));
  }
  return paginate(rows, query, (q) => q.orderBy('e.starts_on', 'desc').orderBy('e.id'), (r) => ({
    id: r.id, kind: ZTrainingKind.parse(r.kind), title: r.title, startsOn: r.starts_on, endsOn: r.ends_on, venue: r.venue, participants: Number(r.participants),
  }));
}
