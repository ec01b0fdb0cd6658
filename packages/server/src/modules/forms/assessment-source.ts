import type { TAssessment, TAssessmentSubjectType } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { latestSubmittedAssessment as fromAssessmentsModule } from '../assessments/assessment-queries.js';

/**
 * Forms 2 and 6 print MoSVY assessments: the subject's newest submitted assessment with one of
 * the instrument codes (on this case when `caseId` is given), with the instrument version it was
 * given on and its score, read through the scope and audited — or null. The assessments module
 * provides it; this one seam is what forms-assessments.test.ts replaces.
 */
export type LatestSubmittedAssessment = (
  data: ScopedData, subjectType: TAssessmentSubjectType, subjectId: string, instrumentCodes: string[], caseId?: string,
) => Promise<TAssessment | null>;

export const latestSubmittedAssessment: LatestSubmittedAssessment = fromAssessmentsModule;
