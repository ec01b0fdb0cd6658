import { Button, Center, EmptyState, Loader, Stack } from '@mantine/core';
import { IconAlertTriangle, IconInbox, IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from './ErrorAlert';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="md" />
        <span className="visually-hidden">{label ?? t('common.loading')}</span>
      </Stack>
    </Center>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const text = useErrorText();
  return (
    <EmptyState
      py="xl"
      variant="light"
      color="red"
      icon={<IconAlertTriangle size={28} />}
      title={t('common.loadFailed')}
      description={text(error)}
      role="alert"
    >
      {onRetry && (
        <EmptyState.Actions>
          <Button variant="light" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}

export function EmptyMessage({ title, description, icon, action }: { title: string; description?: string; icon?: ReactNode; action?: ReactNode }) {
  return (
    <EmptyState py="xl" withIndicatorBackground icon={icon ?? <IconInbox size={28} />} title={title} description={description}>
      {action && <EmptyState.Actions>{action}</EmptyState.Actions>}
    </EmptyState>
  );
}

/** Shown instead of a screen the person's role does not allow (the server would refuse too). */
export function NoAccess() {
  const { t } = useTranslation();
  return <EmptyMessage icon={<IconLock size={28} />} title={t('common.noAccessTitle')} description={t('common.noAccess')} />;
}
