import './cases.css';
import type { Stage, TFollowUp, TRiskLevel } from '@homeward/core';
import { Alert, Badge, Group, List, Select, SimpleGrid, Stack, Text, TextInput, type BadgeProps, type SelectProps } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { createLink } from '@tanstack/react-router';
import { forwardRef, type AnchorHTMLAttributes, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { translateAny, translateMessage } from '../../lib/i18n';
import { errorMessageKeys, fieldMessage } from '../../lib/messages';
import { useFormat } from '../../lib/useFormat';
import { cambodiaToday, childName, followUpTone } from './logic';
import { useLookups } from './lookups';

const stageColors: Record<Stage, string> = {
  referral: 'gray',
  assessment: 'blue',
  tracing: 'cyan',
  care_planning: 'indigo',
  preparation: 'violet',
  placement: 'teal',
  follow_up: 'green',
  closed: 'dark',
};

export function StageBadge({ stage, ...props }: { stage: Stage } & BadgeProps & { 'data-testid'?: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={stageColors[stage]} variant="light" {...props}>
      {t(`pathway.stages.${stage}`)}
    </Badge>
  );
}

const riskColors: Record<TRiskLevel, string> = { low: 'gray', medium: 'yellow', high: 'red' };

export function RiskBadge({ risk, ...props }: { risk: TRiskLevel } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={riskColors[risk]} variant={risk === 'high' ? 'filled' : 'light'} {...props}>
      {t(`cases.riskLevel.${risk}`)}
    </Badge>
  );
}

export function FollowUpBadge({ visit }: { visit: Pick<TFollowUp, 'state' | 'dueOn'> }) {
  const { t } = useTranslation();
  return (
    <Badge color={followUpTone(visit, cambodiaToday())} variant={visit.state === 'overdue' ? 'filled' : 'light'}>
      {t(`followUps.states.${visit.state}`)}
    </Badge>
  );
}

/** A child's name: the Khmer-script name first, the Latin spelling after it. */
export function ChildName({ child, size, fw = 600, inline }: { child: Parameters<typeof childName>[0]; size?: string; fw?: number; inline?: boolean }) {
  const n = childName(child);
  if (inline)
    return (
      <>
        <Text span fw={fw} size={size} lang={n.primaryLang}>
          {n.primary}
        </Text>
        {n.secondary && (
          <Text span c="dimmed" size="sm" lang="en">
            {' · '}
            {n.secondary}
          </Text>
        )}
      </>
    );
  return (
    <Stack gap={0}>
      <Text fw={fw} size={size} lang={n.primaryLang}>
        {n.primary}
      </Text>
      {n.secondary && (
        <Text size="xs" c="dimmed" lang="en">
          {n.secondary}
        </Text>
      )}
    </Stack>
  );
}

/** Label–value pairs as a description list; empty values read as a dash. */
export function Facts({ items, cols = 2 }: { items: Array<[string, ReactNode]>; cols?: number }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: cols }} spacing="sm" verticalSpacing="xs" component="dl" m={0}>
      {items.map(([k, v]) => (
        <div key={k} style={{ minWidth: 0 }}>
          <Text component="dt" size="sm" c="dimmed">
            {k}
          </Text>
          <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {v === null || v === undefined || v === '' ? '—' : v}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

/** A date as the browser's own date field (typed or picked; tests fill it with 'YYYY-MM-DD'). */
export const DateField = forwardRef<HTMLInputElement, ComponentPropsWithoutRef<typeof TextInput>>((props, ref) => <TextInput ref={ref} type="date" {...props} />);
DateField.displayName = 'DateField';

/** A choice from one of the organisation's lists. */
export function LookupSelect({ list, value, onChange, ...props }: { list: string; value: string | null | undefined; onChange: (v: string | null) => void } & Omit<SelectProps, 'data' | 'value' | 'onChange'> & { 'data-testid'?: string }) {
  const { t } = useTranslation();
  const lookups = useLookups();
  return (
    <Select
      data={lookups.options(list, [value])}
      value={value ?? null}
      onChange={onChange}
      searchable
      allowDeselect={!props.required}
      nothingFoundMessage={t('common.nothingFound')}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}

/** "by Dara · 23 Nov 2026" */
export function ByLine({ name, at, date }: { name?: string | null; at?: string | null; date?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const when = at ? (date ? fmt.date(at) : fmt.dateTime(at)) : '';
  return (
    <Text size="xs" c="dimmed">
      {name ? t('cases.byOn', { name, when }) : when}
    </Text>
  );
}

export function SmallGroup({ children }: { children: ReactNode }) {
  return (
    <Group gap={6} wrap="wrap">
      {children}
    </Group>
  );
}

/** A plain anchor as a router link (a whole row or card that leads somewhere), params type-checked. */
const RowAnchor = forwardRef<HTMLAnchorElement, AnchorHTMLAttributes<HTMLAnchorElement>>((props, ref) => <a ref={ref} {...props} />);
RowAnchor.displayName = 'RowAnchor';
export const RowLink = createLink(RowAnchor);

/**
 * A form's error from the server, with the field errors that found no field in the form (the
 * child chosen is not a child, a caseworker outside the team …) listed under it.
 */
export function FormErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const fields = isApiError(error) ? error.fields : [];
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
      <Stack gap={4}>
        <Text size="sm">{translateAny(t, errorMessageKeys(error))}</Text>
        {fields.length > 0 && (
          <List size="sm" spacing={2}>
            {fields.map((f) => (
              <List.Item key={`${f.field}-${f.key}`}>{translateMessage(t, fieldMessage(f))}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Alert>
  );
}
