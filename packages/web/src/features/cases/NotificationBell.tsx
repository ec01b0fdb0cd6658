import { approvalKinds, notificationKinds, type TNotification } from '@homeward/core';
import { ActionIcon, Button, Group, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../lib/useFormat';
import { notificationsQuery, useReadNotification } from './api';
import { notificationTarget } from './notifications';

/** A notification as a sentence; kinds this app does not know read as a generic line. */
export function notificationText(n: TNotification, t: TFunction): string {
  const kind = typeof n.params.approvalKind === 'string' && (approvalKinds as readonly string[]).includes(n.params.approvalKind) ? t(`approvals.kinds.${n.params.approvalKind as (typeof approvalKinds)[number]}`) : '';
  const caseNumber = typeof n.params.caseNumber === 'string' ? n.params.caseNumber : '';
  if ((notificationKinds as readonly string[]).includes(n.kind)) {
    const key = n.kind.replace('approval.', '') as 'requested' | 'approved' | 'rejected';
    return t(`notifications.approval.${key}`, { kind, caseNumber });
  }
  return t('notifications.other', { caseNumber });
}

/** The bell in the header: unread count, the latest notifications, mark read. */
export function NotificationBell() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const list = useQuery(notificationsQuery);
  const read = useReadNotification();
  const unread = list.data?.unread ?? 0;

  const open = async (n: TNotification) => {
    setOpened(false);
    if (!n.readAt) read.mutate(n.id);
    const target = notificationTarget(n);
    if (target.to === 'approvals') await navigate({ to: '/approvals' });
    else if (target.to === 'case') await navigate({ to: '/cases/$caseId', params: { caseId: target.caseId }, search: target.tab ? { tab: target.tab } : {} });
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={340} shadow="md" withinPortal trapFocus>
      <Popover.Target>
        <Indicator label={fmt.number(unread)} size={18} disabled={unread === 0} offset={4} color="red" data-testid="notifications-count">
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={() => setOpened((o) => !o)}
            aria-label={unread ? t('notifications.bellUnread', { count: unread, n: fmt.number(unread) }) : t('notifications.bell')}
            data-testid="notifications-bell"
          >
            <IconBell size={20} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0} maw="calc(100vw - 16px)">
        <Group justify="space-between" px="sm" py="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
          <Text fw={600} size="sm">
            {t('notifications.title')}
          </Text>
          {unread > 0 && (
            <Button variant="subtle" size="compact-xs" onClick={() => read.mutate('all')} data-testid="notifications-read-all">
              {t('notifications.readAll')}
            </Button>
          )}
        </Group>
        <ErrorAlert error={list.error ?? read.error} />
        <ScrollArea.Autosize mah={380}>
          {list.data && list.data.items.length === 0 ? (
            <Text size="sm" c="dimmed" p="md" ta="center">
              {t('notifications.none')}
            </Text>
          ) : (
            <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {(list.data?.items ?? []).map((n) => (
                <li key={n.id}>
                  <UnstyledButton onClick={() => void open(n)} className="notification-row" data-unread={n.readAt ? undefined : 'true'} data-testid="notification">
                    <Text size="sm" fw={n.readAt ? 400 : 600}>
                      {notificationText(n, t)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {fmt.dateTime(n.createdAt)}
                    </Text>
                  </UnstyledButton>
                </li>
              ))}
            </Stack>
          )}
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
