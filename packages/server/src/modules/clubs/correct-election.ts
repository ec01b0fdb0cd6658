import type { TArchiveVersionRequest, TUpdateElectionRequest } from '@homeward/core';
import type { Selectable } from 'kysely';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { AppError, notFound } from '../../platform/errors.js';
import { FieldErrors } from '../people/references.js';
import type { YouthClubElectionTable } from '../programmes/tables.js';
import { lockClub } from './club-queries.js';
import { checkElection, insertCandidates } from './record-election.js';

/** An election of a club in scope, locked; 404 when not the club's or archived, 409 on an old version. */
async function lockElection(data: ScopedData, clubId: string, electionId: string, version: number) {
  const club = await lockClub(data, clubId);
  const election = await data.tx.selectFrom('youth_club_election').selectAll()
    .where('id', '=', electionId).where('club_id', '=', clubId).where('archived_at', 'is', null).forUpdate().executeTakeFirst();
  if (!election) throw notFound();
  if (election.version !== version) throw new AppError('record.conflict');
  return { club, election: election as Selectable<YouthClubElectionTable> };
}

/**
 * Correct an election: its dates and notes, or its results (candidates, when sent, replace the
 * whole list). The corrected election is checked as a new one would be; the audit row keeps
 * who was elected before and after.
 */
export async function updateElection(data: ScopedData, clubId: string, electionId: string, input: TUpdateElectionRequest): Promise<void> {
  const { club, election: before } = await lockElection(data, clubId, electionId, input.version);
  const held = await data.tx.selectFrom('youth_club_candidate').select(['position', 'person_id', 'votes', 'elected']).where('election_id', '=', electionId).orderBy('position').execute();
  const next = {
    heldOn: input.heldOn ?? before.held_on,
    termStartsOn: input.termStartsOn ?? before.term_starts_on,
    termEndsOn: input.termEndsOn === undefined ? before.term_ends_on : input.termEndsOn,
    notes: input.notes === undefined ? before.notes : input.notes,
    candidates: input.candidates ?? held.map((c) => ({ position: c.position, personId: c.person_id, votes: c.votes, elected: c.elected })),
  };
  const errors = new FieldErrors();
  await checkElection(data, club, next, errors);
  errors.throwIfAny();
  await data.tx.updateTable('youth_club_election').set({
    held_on: next.heldOn, term_starts_on: next.termStartsOn, term_ends_on: next.termEndsOn ?? null, notes: next.notes ?? null,
    version: before.version + 1, updated_at: new Date(),
  }).where('id', '=', electionId).execute();
  if (input.candidates) {
    await data.tx.deleteFrom('youth_club_candidate').where('election_id', '=', electionId).execute();
    await insertCandidates(data, electionId, club.organisation_id, input.candidates);
  }
  const elected = (list: ReadonlyArray<{ position: string; personId: string; elected: boolean }>) =>
    list.filter((c) => c.elected).map((c) => ({ position: c.position, personId: c.personId }));
  await data.audit({
    action: 'update', recordType: 'youth_club', recordId: clubId,
    changes: {
      election: {
        before: { id: electionId, heldOn: before.held_on, termStartsOn: before.term_starts_on, termEndsOn: before.term_ends_on, elected: elected(held.map((c) => ({ ...c, personId: c.person_id }))) },
        after: { id: electionId, heldOn: next.heldOn, termStartsOn: next.termStartsOn, termEndsOn: next.termEndsOn ?? null, elected: elected(next.candidates) },
      },
    },
  });
}

/** Archive an election recorded by mistake: it no longer gives the committee, and is kept. */
export async function archiveElection(data: ScopedData, clubId: string, electionId: string, input: TArchiveVersionRequest): Promise<void> {
  const { election: before } = await lockElection(data, clubId, electionId, input.version);
  await data.tx.updateTable('youth_club_election').set({ archived_at: new Date(), version: before.version + 1, updated_at: new Date() }).where('id', '=', electionId).execute();
  await data.audit({ action: 'update', recordType: 'youth_club', recordId: clubId, changes: { election: { before: { id: electionId, heldOn: before.held_on }, after: { id: electionId, archived: true } } } });
}
