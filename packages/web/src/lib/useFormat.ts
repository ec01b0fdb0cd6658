import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/session';
import { isLanguage } from './i18n';
import { makeFormatter, type Formatter } from './format';

/** Number and date formatting for the current language and the person's digits preference. */
export function useFormat(): Formatter {
  const { i18n } = useTranslation();
  const digits = useMe()?.user.digits ?? 'latn';
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  return useMemo(() => makeFormatter(language, digits), [language, digits]);
}
