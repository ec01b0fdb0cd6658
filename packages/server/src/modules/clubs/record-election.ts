import { todayIso, type TRecordElectionRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { checkLookupValues, FieldErrors } from '../people/references.js';
import { lockClub } from './club-queries.js';

/** Field errors of an election as it would stand: dates, positions, candidates who were members on the day, no repeats. */
export async function checkElection(data: ScopedData, club: { id: string; organisation_id: string }, input: TRecordElectionRequest, errors: FieldErrors): Promise<void> {
  if (input.heldOn > todayIso()) errors.add('heldOn', 'validation.date_in_future');
  if (input.termEndsOn && input.termEndsOn < input.termStartsOn) errors.add('termEndsOn', 'validation.date_before_start');
  await checkLookupValues(data, errors, club.organisation_id, 'club_position', input.candidates.map((c, i) => ({ field: `candidates.${i}.position`, value: c.position })));
  const members = new Set((await data.tx.selectFrom('youth_club_member').select('person_id')
    .where('club_id', '=', club.id).where('joined_on', '<=', input.heldOn)
    .where((eb) => eb.or([eb('left_on', 'is', null), eb('left_on', '>=', input.heldOn)])).execute()).map((m) => m.person_id));
  const seen = new Set<string>();
  input.candidates.forEach((c, i) => {
    if (!members.has(c.personId)) errors.add(`candidates.${i}.personId`, 'validation.person_unknown');
    const key = `${c.position}/${c.personId}`;
    if (seen.has(key)) errors.add(`candidates.${i}.personId`, 'validation.person_repeated');
    seen.add(key);
  });
}

/** Write an election's candidates (the whole list). */
export async function insertCandidates(data: ScopedData, electionId: string, organisationId: string, candidates: TRecordElectionRequest['candidates']): Promise<void> {
  await data.tx.insertInto('youth_club_candidate').values(candidates.map((c) => ({
    id: crypto.randomUUID(), election_id: electionId, organisation_id: organisationId, position: c.position, person_id: c.personId, votes: c.votes ?? null, elected: c.elected,
  }))).execute();
}

/**
 * Record an election the members held: positions from the organisation's `club_position` list,
 * candidates who were members on the day, votes and who was elected, and the term. The newest
 * election whose term is running is the club's committee.
 */
export async function recordElection(data: ScopedData, clubId: string, input: TRecordElectionRequest): Promise<string> {
  const club = await lockClub(data, clubId);
  const errors = new FieldErrors();
  await checkElection(data, club, input, errors);
  errors.throwIfAny();
  const id = crypto.randomUUID();
  await data.tx.insertInto('youth_club_election').values({
    id, club_id: clubId, organisation_id: club.organisation_id, held_on: input.heldOn, term_starts_on: input.termStartsOn,
    term_ends_on: input.termEndsOn ?? null, notes: input.notes ?? null, created_by: data.actor.userId,
  }).execute();
  await insertCandidates(data, id, club.organisation_id, input.candidates);
  await data.audit({
    action: 'update', recordType: 'youth_club', recordId: clubId,
    changes: { election: { before: null, after: { heldOn: input.heldOn, elected: input.candidates.filter((c) => c.elected).map((c) => ({ position: c.position, personId: c.personId })) } } },
  });
  return id;
}
