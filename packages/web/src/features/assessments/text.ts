import type { TAssessmentSummary } from '@homeward/core';
import { useTranslation } from 'react-i18next';
import type { Language } from './logic';

/** The interface language, which is also the language an instrument is shown in. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'km' ? 'km' : 'en';
}

/** Where an assessment was started from: its case, else its subject's page. */
export function backLinkOf(a: Pick<TAssessmentSummary, 'caseId' | 'subjectType' | 'subjectId'>): {
  to: string;
  labelKey: 'assessments.backToCase' | 'assessments.backToPerson' | 'assessments.backToHousehold' | 'assessments.backHome';
} {
  if (a.caseId) return { to: `/cases/${a.caseId}`, labelKey: 'assessments.backToCase' };
  if (a.subjectType === 'person') return { to: `/people/${a.subjectId}`, labelKey: 'assessments.backToPerson' };
  if (a.subjectType === 'household') return { to: `/households/${a.subjectId}`, labelKey: 'assessments.backToHousehold' };
  return { to: '/', labelKey: 'assessments.backHome' };
}
