import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { translateAny } from '../lib/i18n';
import { errorMessageKeys } from '../lib/messages';

/** An error from the server (or the network), in the user's language. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={title} role="alert">
      {translateAny(t, errorMessageKeys(error))}
    </Alert>
  );
}

export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => translateAny(t, errorMessageKeys(error));
}
