import type { TLookup } from '@homeward/core';
import { ActionIcon, Badge, Button, Group, Menu, Select, Stack, Switch, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArrowDown, IconArrowUp, IconDots, IconList, IconPencil, IconPlus, IconRestore } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useErrorText } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { RequireAbility } from '../../../components/RequireAbility';
import { EmptyMessage, ErrorState, LoadingState } from '../../../components/States';
import { translateAny } from '../../../lib/i18n';
import { lookupLists } from '../../../lib/vocabulary';
import { useCan } from '../../auth/session';
import { lookupsQuery, useUpdateLookup } from './api';
import { AddValueModal, EditValueModal } from './LookupModals';
import { inDisplayOrder, moveValue } from './order';

const route = getRouteApi('/app/admin/lists');

export function ListsPage() {
  return (
    <RequireAbility action="lookup.read">
      <Lists />
    </RequireAbility>
  );
}

function Lists() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const can = useCan();
  const manage = can('lookup.manage');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const lookups = useQuery(lookupsQuery);
  const update = useUpdateLookup();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<TLookup | null>(null);
  const [retiring, setRetiring] = useState<TLookup | null>(null);
  const [moving, setMoving] = useState(false);

  const listNames = [...new Set([...lookupLists, ...(lookups.data ?? []).map((l) => l.list)])];
  const list = search.list && listNames.includes(search.list) ? search.list : (listNames[0] ?? '');
  const listLabel = (name: string) => translateAny(t, `lists.${name}`, undefined, name);
  const showRetired = search.retired ?? false;
  const all = inDisplayOrder((lookups.data ?? []).filter((l) => l.list === list));
  const rows = all.filter((l) => showRetired || l.active);
  const km = i18n.language === 'km';

  const move = async (item: TLookup, direction: -1 | 1) => {
    const changes = moveValue(rows, item.id, direction);
    setMoving(true);
    try {
      for (const c of changes) await update.mutateAsync(c);
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e) });
    } finally {
      setMoving(false);
    }
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={t('lists.title')}
        description={t('lists.intro')}
        actions={
          manage && (
            <Button leftSection={<IconPlus size={18} />} onClick={() => setAdding(true)} disabled={!list} data-testid="lookup-add">
              {t('lists.add')}
            </Button>
          )
        }
      />
      <Group gap="sm" align="flex-end">
        <Select
          label={t('lists.choose')}
          data={listNames.map((name) => ({ value: name, label: listLabel(name) }))}
          value={list || null}
          onChange={(v) => v && void navigate({ search: (s) => ({ ...s, list: v }) })}
          allowDeselect={false}
          searchable
          style={{ flex: '1 1 16rem' }}
          data-testid="lookup-list"
        />
        <Switch
          label={t('lists.showRetired')}
          checked={showRetired}
          onChange={(e) => {
            const checked = e.currentTarget.checked;
            void navigate({ search: (s) => ({ ...s, retired: checked || undefined }) });
          }}
          mb={8}
        />
      </Group>
      {lookups.isPending ? (
        <LoadingState />
      ) : lookups.isError ? (
        <ErrorState error={lookups.error} onRetry={() => void lookups.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyMessage icon={<IconList size={28} />} title={t('lists.empty')} description={manage ? t('lists.emptyHint') : undefined} />
      ) : (
        <Table className="stack-table" highlightOnHover aria-busy={moving}>
          <Table.Thead>
            <Table.Tr>
              {manage && <Table.Th w={80}>{t('lists.order')}</Table.Th>}
              <Table.Th>{km ? t('lists.labelKm') : t('lists.labelEn')}</Table.Th>
              <Table.Th>{km ? t('lists.labelEn') : t('lists.labelKm')}</Table.Th>
              <Table.Th>{t('lists.value')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
              {manage && (
                <Table.Th w={48}>
                  <span className="visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((item, index) => (
              <Table.Tr key={item.id} data-testid="lookup-row">
                {manage && (
                  <Table.Td>
                    <Group gap={2} wrap="nowrap">
                      <ActionIcon variant="subtle" color="gray" disabled={index === 0 || moving} onClick={() => void move(item, -1)} aria-label={t('lists.moveUp', { label: item.labelEn })}>
                        <IconArrowUp size={16} />
                      </ActionIcon>
                      <ActionIcon variant="subtle" color="gray" disabled={index === rows.length - 1 || moving} onClick={() => void move(item, 1)} aria-label={t('lists.moveDown', { label: item.labelEn })}>
                        <IconArrowDown size={16} />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                )}
                <Table.Td fw={600} lang={km ? 'km' : 'en'}>
                  {km ? item.labelKm : item.labelEn}
                </Table.Td>
                <Table.Td data-label={km ? t('lists.labelEn') : t('lists.labelKm')} lang={km ? 'en' : 'km'}>
                  {km ? item.labelEn : item.labelKm}
                </Table.Td>
                <Table.Td data-label={t('lists.value')}>
                  <Text span ff="monospace" size="sm" lang="en">
                    {item.value}
                  </Text>
                </Table.Td>
                <Table.Td data-label={t('common.status')}>
                  <Badge color={item.active ? 'teal' : 'gray'} variant="light">
                    {item.active ? t('lists.inUse') : t('lists.retired')}
                  </Badge>
                </Table.Td>
                {manage && (
                  <Table.Td>
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon variant="subtle" color="gray" aria-label={t('lists.actionsFor', { label: item.labelEn })}>
                          <IconDots size={18} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => setEditing(item)}>
                          {t('lists.relabel')}
                        </Menu.Item>
                        <Menu.Item color={item.active ? 'red' : undefined} leftSection={item.active ? <IconArchive size={16} /> : <IconRestore size={16} />} onClick={() => setRetiring(item)}>
                          {item.active ? t('lists.retire') : t('lists.restore')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {manage && list && <AddValueModal list={list} listLabel={listLabel(list)} opened={adding} onClose={() => setAdding(false)} />}
      <EditValueModal item={editing} onClose={() => setEditing(null)} />
      <ConfirmDialog
        opened={retiring !== null}
        onClose={() => setRetiring(null)}
        title={retiring?.active ? t('lists.retireTitle', { label: km ? retiring.labelKm : retiring.labelEn }) : t('lists.restoreTitle', { label: (km ? retiring?.labelKm : retiring?.labelEn) ?? '' })}
        message={retiring?.active ? t('lists.retireConfirm') : t('lists.restoreConfirm')}
        confirmLabel={retiring?.active ? t('lists.retire') : t('lists.restore')}
        danger={retiring?.active}
        onConfirm={async () => {
          if (!retiring) return;
          await update.mutateAsync({ id: retiring.id, active: !retiring.active });
        }}
      />
    </Stack>
  );
}
