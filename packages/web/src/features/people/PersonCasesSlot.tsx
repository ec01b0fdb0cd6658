import { PersonCases } from '../cases/PersonCases';

/**
 * The person's cases on their page, between the kin and the attachments: the case screens'
 * part (features/cases/PersonCases.tsx) — open case, stage, caseworker, past cases, "Open a case".
 */
export function PersonCasesSlot({ personId }: { personId: string }) {
  return <PersonCases personId={personId} />;
}
