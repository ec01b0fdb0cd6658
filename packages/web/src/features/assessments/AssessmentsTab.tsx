import type { TCase } from '@homeward/core';
import { useTranslation } from 'react-i18next';
import { AssessmentsSection } from './AssessmentsSection';
import type { AssessmentSubject } from './StartAssessmentModal';

/** The case page's Assessments tab: the child's (and the carer household's) assessments in this case. */
export function AssessmentsTab({ kase }: { kase: TCase }) {
  const { t } = useTranslation();
  const subjects: AssessmentSubject[] = [{ type: 'person', id: kase.child.id, label: t('assessments.subjectChild') }];
  const household = kase.currentPlacement?.carerHouseholdId;
  if (household) subjects.push({ type: 'household', id: household, label: t('assessments.subjectCarerHousehold') });
  return <AssessmentsSection subjects={subjects} caseId={kase.id} embedded />;
}
