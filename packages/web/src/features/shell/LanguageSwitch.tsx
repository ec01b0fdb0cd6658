import { ZMe, type TLocale } from '@homeward/core';
import { SegmentedControl } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { applyLanguage, isLanguage } from '../../lib/i18n';
import { useErrorText } from '../../components/ErrorAlert';
import { meQueryKey, useMe } from '../auth/session';

/**
 * EN / ខ្មែរ. Before sign-in the choice is kept on this device; signed in, it is the person's own
 * preference and is saved to their profile.
 */
export function LanguageSwitch({ size = 'xs' }: { size?: 'xs' | 'sm' }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const change = async (value: string) => {
    if (!isLanguage(value)) return;
    const previous: TLocale = isLanguage(i18n.language) ? i18n.language : 'en';
    await applyLanguage(value);
    if (!me) return;
    try {
      const updated = await api.patch('/me', ZMe, { locale: value });
      queryClient.setQueryData(meQueryKey, updated);
    } catch (error) {
      await applyLanguage(previous);
      notifications.show({ color: 'red', message: errorText(error) });
    }
  };
  return (
    <SegmentedControl
      data-testid="lang-switch"
      aria-label={t('shell.language')}
      size={size}
      value={isLanguage(i18n.language) ? i18n.language : 'en'}
      onChange={(v) => void change(v)}
      data={[
        { value: 'en', label: <span data-testid="lang-en" lang="en">EN</span> },
        { value: 'km', label: <span data-testid="lang-km" lang="km">ខ្មែរ</span> },
      ]}
    />
  );
}
