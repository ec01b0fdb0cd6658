import type { TCase, TTracingRequest, TTracingTimelineEntry } from '@homeward/core';
import { Alert, Badge, Button, Group, Paper, Stack, Text, Timeline } from '@mantine/core';
import { IconCheck, IconFlag, IconMapPin, IconPencil, IconPlus, IconSearch, IconUserCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { useLookups } from '../cases/lookups';
import { StageBadge } from '../cases/ui';
import { tracingRequestsQuery } from './api';
import { AttemptModal } from './AttemptModal';
import { FoundModal } from './FoundModal';
import { statusColors, soughtName } from './logic';
import { PlaceName } from './PlaceName';
import { PossibleMatches } from './PossibleMatches';
import { RequestFormModal } from './RequestFormModal';
import { StatusModal } from './StatusModal';

type Dialog = { kind: 'form'; request: TTracingRequest | null } | { kind: 'attempt' | 'status' | 'found'; request: TTracingRequest } | null;

/** The case's family tracing: requests, each with its timeline, possible matches and the relative found. */
export function TracingTab({ kase }: { kase: TCase }) {
  const { t } = useTranslation();
  const can = useCan();
  const requests = useQuery(tracingRequestsQuery(kase.id));
  const [dialog, setDialog] = useState<Dialog>(null);
  const writable = can('case.write') && kase.stage !== 'closed';
  const close = () => setDialog(null);

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap="xs">
          <Text size="sm" c="dimmed">{t('tracing.stage')}</Text>
          <StageBadge stage={kase.stage} data-testid="tracing-case-stage" />
        </Group>
        {writable && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'form', request: null })} data-testid="tracing-new">
            {t('tracing.new')}
          </Button>
        )}
      </Group>
      {kase.stage !== 'tracing' && kase.stage !== 'closed' && <Text size="xs" c="dimmed">{t('tracing.stageHint')}</Text>}
      {requests.isPending ? (
        <LoadingState />
      ) : requests.isError ? (
        <ErrorState error={requests.error} onRetry={() => void requests.refetch()} />
      ) : requests.data.length === 0 ? (
        <EmptyMessage icon={<IconSearch size={28} />} title={t('tracing.none')} description={t('tracing.noneHint')} />
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {requests.data.map((r) => (
            <li key={r.id}>
              <RequestCard request={r} writable={writable} onDialog={(kind) => setDialog(kind === 'form' ? { kind, request: r } : { kind, request: r })} />
            </li>
          ))}
        </Stack>
      )}
      <RequestFormModal kase={kase} opened={dialog?.kind === 'form'} editing={dialog?.kind === 'form' ? dialog.request : null} onClose={close} />
      <AttemptModal caseId={kase.id} request={dialog?.kind === 'attempt' ? dialog.request : null} onClose={close} />
      <StatusModal caseId={kase.id} request={dialog?.kind === 'status' ? dialog.request : null} onClose={close} />
      <FoundModal caseId={kase.id} request={dialog?.kind === 'found' ? dialog.request : null} onClose={close} />
    </Stack>
  );
}

function RequestCard({ request: r, writable, onDialog }: { request: TTracingRequest; writable: boolean; onDialog: (kind: 'form' | 'attempt' | 'status' | 'found') => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lookups = useLookups();
  const [showMatches, setShowMatches] = useState(false);
  const name = soughtName(r);
  const open = r.status === 'open';
  return (
    <Paper withBorder radius="md" p="sm" data-testid="tracing-request" data-status={r.status}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text size="sm" c="dimmed">{t('tracing.seeking', { relationship: lookups.label('relationship', r.relationship) })}</Text>
            <Text fw={700} lang="km" style={{ overflowWrap: 'anywhere' }}>{name.km ?? name.latin ?? t('tracing.nameUnknown')}</Text>
            {name.km && name.latin && <Text size="sm" c="dimmed" lang="en">{name.latin}</Text>}
          </Stack>
          <Badge color={statusColors[r.status]} variant={open ? 'light' : 'filled'} data-testid="tracing-status">{t(`tracing.statuses.${r.status}`)}</Badge>
        </Group>
        <Facts request={r} />
        {r.foundPerson && (
          <Alert color={r.status === 'found_unsafe' ? 'orange' : 'teal'} variant="light" icon={<IconUserCheck size={18} />} p="xs">
            {t('tracing.foundPerson', { name: r.foundPerson.nameKm ?? r.foundPerson.nameLatin ?? '' })}
          </Alert>
        )}
        <Text size="xs" c="dimmed">
          {t('tracing.attemptsSummary', { count: r.attemptCount, n: fmt.number(r.attemptCount) })}
          {r.lastAttemptOn && ` · ${t('tracing.lastAttempt', { date: fmt.date(r.lastAttemptOn) })}`}
        </Text>
        {writable && (
          <Group gap={6} wrap="wrap">
            {open && <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => onDialog('attempt')} data-testid="tracing-add-attempt">{t('tracing.addAttempt')}</Button>}
            {open && <Button size="xs" color="teal" variant="light" leftSection={<IconCheck size={14} />} onClick={() => onDialog('found')} data-testid="tracing-record-found">{t('tracing.recordFound')}</Button>}
            <Button size="xs" variant="default" leftSection={<IconFlag size={14} />} onClick={() => onDialog('status')} data-testid="tracing-change-status">{t('tracing.changeStatus')}</Button>
            <Button size="xs" variant="subtle" leftSection={<IconPencil size={14} />} onClick={() => onDialog('form')}>{t('tracing.edit')}</Button>
          </Group>
        )}
        {open && (
          <>
            <Button size="xs" variant="subtle" leftSection={<IconSearch size={14} />} onClick={() => setShowMatches((s) => !s)} style={{ alignSelf: 'flex-start' }} data-testid="tracing-show-matches">
              {showMatches ? t('tracing.matches.hide') : t('tracing.matches.show')}
            </Button>
            {showMatches && <PossibleMatches request={r} />}
          </>
        )}
        <TracingTimeline entries={r.timeline} />
      </Stack>
    </Paper>
  );
}

function Facts({ request: r }: { request: TTracingRequest }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const facts: Array<[string, string]> = [];
  if (r.otherNames.length) facts.push([t('tracing.form.otherNames'), r.otherNames.join(', ')]);
  if (r.ageYears !== null) facts.push([t('tracing.form.ageYears'), fmt.number(r.ageYears)]);
  if (r.birthYear !== null) facts.push([t('tracing.form.birthYear'), fmt.number(r.birthYear)]);
  if (r.fatherName) facts.push([t('tracing.form.fatherName'), r.fatherName]);
  if (r.motherName) facts.push([t('tracing.form.motherName'), r.motherName]);
  if (r.lastPlaceDetail) facts.push([t('tracing.form.lastPlaceDetail'), r.lastPlaceDetail]);
  if (r.separatedOn) facts.push([t('tracing.form.separatedOn'), r.separatedOn]);
  if (r.separationReason) facts.push([t('tracing.form.separationReason'), r.separationReason]);
  if (r.distinguishingFacts) facts.push([t('tracing.form.distinguishingFacts'), r.distinguishingFacts]);
  if (r.requestedBy) facts.push([t('tracing.form.requestedBy'), r.requestedBy]);
  if (!facts.length && !r.lastPlaceCode) return null;
  return (
    <Stack gap={2}>
      {r.lastPlaceCode && <PlaceLine code={r.lastPlaceCode} />}
      {facts.map(([label, text]) => (
        <Text key={label} size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
          <Text span c="dimmed" fw={600}>{label}:</Text> {text}
        </Text>
      ))}
    </Stack>
  );
}

function PlaceLine({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <IconMapPin size={14} />
      <Text size="sm"><Text span c="dimmed" fw={600}>{t('tracing.form.lastPlace')}:</Text> <PlaceName code={code} /></Text>
    </Group>
  );
}

function TracingTimeline({ entries }: { entries: TTracingTimelineEntry[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!entries.length) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>{t('tracing.timeline')}</Text>
      <Timeline bulletSize={18} lineWidth={2} active={entries.length - 1}>
        {entries.map((e) => e.kind === 'attempt' ? (
          <Timeline.Item key={e.attempt.id} bullet={<IconSearch size={10} />} data-testid="tracing-timeline-attempt"
            title={<Text size="sm" fw={600}>{t(`tracing.methods.${e.attempt.method}`)} · <Text span size="sm" c={e.attempt.result === 'no_lead' ? 'dimmed' : 'teal'}>{t(`tracing.results.${e.attempt.result}`)}</Text></Text>}>
            <Text size="xs" c="dimmed">{fmt.date(e.on)}{e.attempt.contactPerson && ` · ${e.attempt.contactPerson}`}{e.attempt.recordedBy && ` · ${e.attempt.recordedBy.name}`}</Text>
            {e.attempt.placeCode && <Text size="xs"><PlaceName code={e.attempt.placeCode} /></Text>}
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{e.attempt.outcome}</Text>
          </Timeline.Item>
        ) : (
          <Timeline.Item key={e.change.id} bullet={<IconFlag size={10} />} color={statusColors[e.change.toStatus]} data-testid="tracing-timeline-status"
            title={<Text size="sm" fw={600}>{e.change.fromStatus === null ? t('tracing.opened') : t('tracing.statusChanged', { status: t(`tracing.statuses.${e.change.toStatus}`) })}</Text>}>
            <Text size="xs" c="dimmed">{fmt.date(e.on)}{e.change.changedBy && ` · ${e.change.changedBy.name}`}</Text>
            {e.change.note && <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{e.change.note}</Text>}
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}

