import type { TAuditEntry } from '@homeward/core';
import { ActionIcon, Badge, Code, Group, Stack, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translateAny } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import { isRole } from '../../../lib/vocabulary';
import { useCan } from '../../auth/session';
import { teamsQuery } from '../teams/api';
import { auditActionColor, auditValueText, type ValueContext } from './values';
import { AnchorLink } from '../../../components/links';

/** Audit rows, newest first; a row opens to show what changed, before and after. */
export function AuditTable({ entries, showRecord = true }: { entries: TAuditEntry[]; showRecord?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const teams = useQuery({ ...teamsQuery, enabled: can('team.read') }).data;
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const ctx: ValueContext = { t, fmt, teamName: (id) => teams?.find((team) => team.id === id)?.name };
  const columns = showRecord ? 5 : 4;
  return (
    <Table className="stack-table" aria-label={t('audit.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={40}>
            <span className="visually-hidden">{t('audit.details')}</span>
          </Table.Th>
          <Table.Th>{t('audit.when')}</Table.Th>
          <Table.Th>{t('audit.who')}</Table.Th>
          <Table.Th>{t('audit.action')}</Table.Th>
          {showRecord && <Table.Th>{t('audit.record')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((e) => {
          const expanded = open.has(e.id);
          const detailsId = `audit-${e.id}`;
          return (
            <Fragment key={e.id}>
              <Table.Tr data-testid="audit-row">
                <Table.Td>
                  <ActionIcon variant="subtle" color="gray" onClick={() => toggle(e.id)} aria-expanded={expanded} aria-controls={detailsId} aria-label={expanded ? t('audit.hideDetails') : t('audit.showDetails')}>
                    {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                  </ActionIcon>
                </Table.Td>
                <Table.Td data-label={t('audit.when')} className="nowrap">
                  <Text size="sm" title={e.at}>
                    {fmt.dateTime(e.at)}
                  </Text>
                </Table.Td>
                <Table.Td data-label={t('audit.who')}>
                  <Actor entry={e} />
                </Table.Td>
                <Table.Td data-label={t('audit.action')}>
                  <Badge color={auditActionColor(e.action)} variant="light" style={{ textTransform: 'none' }}>
                    {translateAny(t, `auditActions.${e.action}`, undefined, e.action)}
                  </Badge>
                </Table.Td>
                {showRecord && (
                  <Table.Td data-label={t('audit.record')}>
                    <RecordRef type={e.recordType} id={e.recordId} />
                  </Table.Td>
                )}
              </Table.Tr>
              {expanded && (
                <Table.Tr id={detailsId}>
                  <Table.Td colSpan={columns} bg="var(--mantine-color-gray-0)">
                    <EntryDetails entry={e} ctx={ctx} />
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

function Actor({ entry }: { entry: TAuditEntry }) {
  const { t } = useTranslation();
  if (!entry.actorId && entry.actorRole === 'system') return <Text size="sm">{t('audit.system')}</Text>;
  return (
    <Stack gap={0}>
      {entry.actorId ? (
        <AnchorLink to="/admin/users/$userId" params={{ userId: entry.actorId }} size="sm">
          {entry.actorName ?? t('audit.unknownActor')}
        </AnchorLink>
      ) : (
        <Text size="sm">{t('audit.unknownActor')}</Text>
      )}
      {entry.actorRole && (
        <Text size="xs" c="dimmed">
          {isRole(entry.actorRole) ? t(`roles.${entry.actorRole}`) : entry.actorRole}
        </Text>
      )}
    </Stack>
  );
}

function RecordRef({ type, id }: { type: string | null; id: string | null }) {
  const { t } = useTranslation();
  if (!type) return <Text size="sm" c="dimmed">—</Text>;
  const label = translateAny(t, `recordTypes.${type}`, undefined, type);
  const short = id && id.length > 13 && !id.includes('@') ? `${id.slice(0, 8)}…` : id;
  const link =
    id && type === 'user' ? (
      <AnchorLink to="/admin/users/$userId" params={{ userId: id }} size="sm" ff="monospace" title={id}>
        {short}
      </AnchorLink>
    ) : id && type === 'team' ? (
      <AnchorLink to="/admin/teams/$teamId" params={{ teamId: id }} size="sm" ff="monospace" title={id}>
        {short}
      </AnchorLink>
    ) : (
      <Text span size="sm" ff="monospace" title={id ?? undefined} style={{ wordBreak: 'break-all' }}>
        {short}
      </Text>
    );
  return (
    <Group gap={6} wrap="wrap">
      <Text span size="sm">
        {label}
      </Text>
      {id && link}
    </Group>
  );
}

function EntryDetails({ entry, ctx }: { entry: TAuditEntry; ctx: ValueContext }) {
  const { t } = useTranslation();
  const changes = Object.entries(entry.changes ?? {});
  const details = Object.entries(entry.details ?? {});
  // A new record has nothing before: show its values in one column.
  const created = changes.every(([, c]) => c.before === null || c.before === undefined);
  return (
    <Stack gap="sm" py={4}>
      {changes.length > 0 ? (
        <Table className="audit-changes" withTableBorder withColumnBorders fz="sm" bg="var(--mantine-color-body)">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('audit.field')}</Table.Th>
              {!created && <Table.Th>{t('audit.before')}</Table.Th>}
              <Table.Th>{created ? t('audit.value') : t('audit.after')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.map(([field, change]) => (
              <Table.Tr key={field}>
                <Table.Td fw={500}>{translateAny(t, `auditFields.${field}`, undefined, field)}</Table.Td>
                {!created && <Table.Td data-label={t('audit.before')}>{auditValueText(field, change.before, ctx)}</Table.Td>}
                <Table.Td data-label={created ? t('audit.value') : t('audit.after')}>{auditValueText(field, change.after, ctx)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed">
          {t('audit.noChanges')}
        </Text>
      )}
      {details.length > 0 && (
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {t('audit.moreDetails')}
          </Text>
          {details.map(([k, v]) => (
            <Text size="sm" key={k}>
              {translateAny(t, `auditFields.${k}`, undefined, k)}: <Code>{typeof v === 'string' ? v : JSON.stringify(v)}</Code>
            </Text>
          ))}
        </Stack>
      )}
      <Group gap="lg">
        {entry.recordId && (
          <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
            {t('audit.recordId')}: <Code>{entry.recordId}</Code>
          </Text>
        )}
        {entry.ip && (
          <Text size="xs" c="dimmed">
            {t('audit.ip')}: <Code>{entry.ip}</Code>
          </Text>
        )}
      </Group>
    </Stack>
  );
}
