import { counsellingKinds, legalMatterKinds, legalMatterStatuses, type TCounsellingKind, type TLegalMatter, type TLegalMatterKind, type TLegalMatterStatus } from '@homeward/core';
import { Alert, Badge, Button, Card, Checkbox, Group, Modal, Select, Stack, Text, Textarea, TextInput, Timeline } from '@mantine/core';
import { IconLock, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { RequireAbility } from '../../components/RequireAbility';
import { Section } from '../../components/Section';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan, useMe } from '../auth/session';
import { localToday } from '../people/display';
import { personQuery } from '../people/api';
import { PersonName } from '../people/PersonBits';
import { RefusalAlert } from '../scholarships/bits';
import { personCounsellingQuery, useChangeMatterStatus, useOpenMatter, useRecordSession } from './api';

const route = getRouteApi('/app/counselling/$personId');

export function PersonCounsellingPage() {
  return (
    <RequireAbility action="programme.read">
      <PersonCounselling />
    </RequireAbility>
  );
}

function PersonCounselling() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const { personId } = route.useParams();
  const query = useQuery(personCounsellingQuery(personId));
  const person = useQuery({ ...personQuery(personId), enabled: can('person.read') });
  const [adding, setAdding] = useState<'session' | 'matter' | null>(null);
  const [changing, setChanging] = useState<TLegalMatter | null>(null);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { sessions, legalMatters, notesVisible } = query.data;
  const write = can('counselling.write');
  return (
    <Stack gap="md">
      <PageHeader title={t('counselling.title')} back={{ to: '/counselling', label: t('counselling.nav') }} />
      {person.data && <PersonName person={person.data} link size="lg" />}
      {!notesVisible && <Alert icon={<IconLock size={18} />} color="gray" variant="light">{t('counselling.notesHidden')}</Alert>}
      <Section title={t('counselling.sessions')} actions={write && <Button size="xs" leftSection={<IconPlus size={16} />} onClick={() => setAdding('session')} data-testid="counselling-add-session">{t('counselling.addSession')}</Button>}>
        {sessions.length === 0 ? <EmptyMessage title={t('counselling.noSessions')} /> : (
          <Stack gap="xs">
            {sessions.map((s) => (
              <Card key={s.id} withBorder padding="sm">
                <Group justify="space-between" gap="xs">
                  <Badge variant="light">{t(`counselling.kind.${s.kind}`)}</Badge>
                  <Text size="sm" c="dimmed">{fmt.date(s.heldOn)}</Text>
                </Group>
                <Text size="sm" mt={4}>{s.counsellor?.name ?? s.counsellorName}</Text>
                {s.notes && <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>{s.notes}</Text>}
                {s.notesWithheld && <Text size="xs" c="dimmed" mt={4}><IconLock size={12} /> {t('counselling.notesWithheld')}</Text>}
              </Card>
            ))}
          </Stack>
        )}
      </Section>
      <Section title={t('counselling.matters')} actions={write && <Button size="xs" variant="light" leftSection={<IconPlus size={16} />} onClick={() => setAdding('matter')} data-testid="counselling-add-matter">{t('counselling.addMatter')}</Button>}>
        {legalMatters.length === 0 ? <EmptyMessage title={t('counselling.noMatters')} /> : (
          <Stack gap="xs">
            {legalMatters.map((m) => (
              <Card key={m.id} withBorder padding="sm">
                <Group justify="space-between" gap="xs">
                  <Text fw={600}>{t(`counselling.matterKind.${m.kind}`)}</Text>
                  <Badge color={m.status === 'resolved' ? 'green' : m.status === 'unresolved' ? 'red' : 'blue'} variant="light">{t(`counselling.matterStatus.${m.status}`)}</Badge>
                </Group>
                {m.description && <Text size="sm">{m.description}</Text>}
                <Text size="sm" c="dimmed">{m.adviser?.name ?? m.adviserName}</Text>
                {m.resolvedOn && <Text size="xs" c="green">{t('counselling.resolvedOn', { date: fmt.date(m.resolvedOn) })}</Text>}
                <Timeline mt="xs" bulletSize={10} lineWidth={2} active={m.history.length}>
                  {m.history.map((h) => (
                    <Timeline.Item key={h.id} title={<Text size="sm">{t(`counselling.matterStatus.${h.toStatus}`)} · {fmt.date(h.changedOn)}</Text>}>
                      {h.note && <Text size="xs">{h.note}</Text>}
                    </Timeline.Item>
                  ))}
                </Timeline>
                {write && <Group mt="xs"><Button size="xs" variant="default" onClick={() => setChanging(m)}>{t('counselling.changeStatus')}</Button></Group>}
              </Card>
            ))}
          </Stack>
        )}
      </Section>
      <SessionModal personId={personId} opened={adding === 'session'} onClose={() => setAdding(null)} />
      <MatterModal personId={personId} opened={adding === 'matter'} onClose={() => setAdding(null)} />
      <StatusModal personId={personId} matter={changing} onClose={() => setChanging(null)} />
    </Stack>
  );
}

function SessionModal({ personId, opened, onClose }: { personId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const record = useRecordSession(personId);
  const [kind, setKind] = useState<TCounsellingKind>('counselling');
  const [heldOn, setHeldOn] = useState(localToday());
  const [byMe, setByMe] = useState(true);
  const [outside, setOutside] = useState('');
  const [notes, setNotes] = useState('');
  const close = () => { record.reset(); setNotes(''); setOutside(''); onClose(); };
  const save = () => record.mutate({ kind, heldOn, counsellorId: byMe ? me?.user.id ?? null : null, counsellorName: byMe ? null : outside.trim() || null, notes: notes.trim() || null }, { onSuccess: close });
  return (
    <Modal opened={opened} onClose={close} title={t('counselling.addSession')}>
      <Stack gap="sm">
        <Select label={t('counselling.kindLabel')} allowDeselect={false} data={counsellingKinds.map((k) => ({ value: k, label: t(`counselling.kind.${k}`) }))} value={kind} onChange={(v) => v && setKind(v as TCounsellingKind)} />
        <TextInput type="date" label={t('counselling.heldOn')} value={heldOn} max={localToday()} onChange={(e) => setHeldOn(e.currentTarget.value)} />
        <Checkbox label={t('counselling.byMe')} checked={byMe} onChange={(e) => setByMe(e.currentTarget.checked)} />
        {!byMe && <TextInput label={t('counselling.counsellorOutside')} value={outside} onChange={(e) => setOutside(e.currentTarget.value)} />}
        <Textarea label={t('counselling.notes')} leftSection={<IconLock size={14} />} autosize minRows={3} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
        <RefusalAlert error={record.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
          <Button onClick={save} loading={record.isPending} disabled={!byMe && !outside.trim()} data-testid="counselling-save-session">{t('counselling.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function MatterModal({ personId, opened, onClose }: { personId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const open = useOpenMatter(personId);
  const [kind, setKind] = useState<TLegalMatterKind>('id_card');
  const [openedOn, setOpenedOn] = useState(localToday());
  const [description, setDescription] = useState('');
  const [byMe, setByMe] = useState(true);
  const [outside, setOutside] = useState('');
  const close = () => { open.reset(); setDescription(''); onClose(); };
  const save = () => open.mutate({ kind, openedOn, description: description.trim() || null, adviserId: byMe ? me?.user.id ?? null : null, adviserName: byMe ? null : outside.trim() || null }, { onSuccess: close });
  return (
    <Modal opened={opened} onClose={close} title={t('counselling.addMatter')}>
      <Stack gap="sm">
        <Select label={t('counselling.matterKindLabel')} allowDeselect={false} data={legalMatterKinds.map((k) => ({ value: k, label: t(`counselling.matterKind.${k}`) }))} value={kind} onChange={(v) => v && setKind(v as TLegalMatterKind)} />
        <TextInput type="date" label={t('counselling.openedOn')} value={openedOn} max={localToday()} onChange={(e) => setOpenedOn(e.currentTarget.value)} />
        <Textarea label={t('counselling.description')} required={kind === 'other'} autosize minRows={2} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
        <Checkbox label={t('counselling.adviserMe')} checked={byMe} onChange={(e) => setByMe(e.currentTarget.checked)} />
        {!byMe && <TextInput label={t('counselling.adviserOutside')} value={outside} onChange={(e) => setOutside(e.currentTarget.value)} />}
        <RefusalAlert error={open.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
          <Button onClick={save} loading={open.isPending} data-testid="counselling-save-matter">{t('counselling.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function StatusModal({ personId, matter, onClose }: { personId: string; matter: TLegalMatter | null; onClose: () => void }) {
  const { t } = useTranslation();
  const change = useChangeMatterStatus(personId);
  const [status, setStatus] = useState<TLegalMatterStatus | null>(null);
  const [on, setOn] = useState(localToday());
  const [note, setNote] = useState('');
  const close = () => { change.reset(); setStatus(null); setNote(''); onClose(); };
  return (
    <Modal opened={matter !== null} onClose={close} title={t('counselling.changeStatus')}>
      {matter && (
        <Stack gap="sm">
          <Select label={t('counselling.newStatus')} data={legalMatterStatuses.filter((s) => s !== matter.status).map((s) => ({ value: s, label: t(`counselling.matterStatus.${s}`) }))} value={status} onChange={(v) => setStatus(v as TLegalMatterStatus | null)} data-testid="matter-status" />
          <TextInput type="date" label={t('counselling.changedOn')} value={on} max={localToday()} onChange={(e) => setOn(e.currentTarget.value)} />
          <Textarea label={t('counselling.note')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          <RefusalAlert error={change.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button disabled={!status} loading={change.isPending} onClick={() => status && change.mutate({ id: matter.id, version: matter.version, status, changedOn: on, note: note.trim() || null }, { onSuccess: close })}>{t('counselling.save')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/** Field-error keys the counselling endpoints send, so the catalogue check knows they are in use. */
export const counsellingServerKeys = [
  'counselling.errors.staff_unknown', 'counselling.errors.counsellor_required', 'counselling.errors.matter_unknown',
  'counselling.errors.description_required', 'counselling.errors.before_last_change', 'counselling.errors.status_unchanged',
] as const;
