import type { TCaseTransfer, TCaseTransferStatus } from '@homeward/core';
import type { AliasedSelectQueryBuilder, Kysely, Selectable } from 'kysely';
import type { CaseTransferTable, Database } from '../../platform/db/schema.js';
import { iso, presentChild } from './queries.js';

/**
 * Transfers from `source` (a sub-select aliased `tr` that decides which transfers the caller may
 * see) with the case number, the child, both organisations and the people who asked and decided.
 */
export function selectTransfers(tx: Kysely<Database>, source: AliasedSelectQueryBuilder<Selectable<CaseTransferTable>, 'tr'>) {
  return tx
    .selectFrom(source)
    .innerJoin('case_file as c', 'c.id', 'tr.case_id')
    .innerJoin('person as ch', 'ch.id', 'c.child_id')
    .innerJoin('organisation as fo', 'fo.id', 'tr.organisation_id')
    .innerJoin('organisation as too', 'too.id', 'tr.to_organisation_id')
    .innerJoin('app_user as rq', 'rq.id', 'tr.requested_by')
    .leftJoin('app_user as dc', 'dc.id', 'tr.decided_by')
    .selectAll('tr')
    .select([
      'c.number as case_number', 'c.child_id', 'fo.name as from_name', 'too.name as to_name', 'rq.name as requested_by_name', 'dc.name as decided_by_name',
      'ch.family_name_km as child_family_name_km', 'ch.given_name_km as child_given_name_km',
      'ch.family_name_latin as child_family_name_latin', 'ch.given_name_latin as child_given_name_latin',
      'ch.nickname as child_nickname', 'ch.sex as child_sex', 'ch.birth_date as child_birth_date',
      'ch.birth_date_estimated as child_birth_date_estimated', 'ch.address_code as child_address_code',
    ]);
}

export type TransferRow = Awaited<ReturnType<ReturnType<typeof selectTransfers>['executeTakeFirstOrThrow']>>;

export function presentTransfer(r: TransferRow): TCaseTransfer {
  return {
    id: r.id,
    caseId: r.case_id,
    caseNumber: r.case_number,
    from: { id: r.organisation_id, name: r.from_name },
    to: { id: r.to_organisation_id, name: r.to_name },
    consentId: r.consent_id,
    reason: r.reason,
    status: r.status as TCaseTransferStatus,
    requestedBy: { id: r.requested_by, name: r.requested_by_name },
    requestedAt: iso(r.requested_at),
    decidedBy: r.decided_by ? { id: r.decided_by, name: r.decided_by_name ?? '' } : null,
    decidedAt: r.decided_at ? iso(r.decided_at) : null,
    decisionComment: r.decision_comment,
    newCaseId: r.new_case_id,
    child: presentChild(r.child_id, r),
  };
}
