import type { TClub, TElection } from '@homeward/core';
import { ActionIcon, Button, Checkbox, Group, Modal, NumberInput, Paper, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { nameLine } from '../people/display';
import { useLookupList } from '../people/lookups';
import { fieldErrorsOf, todayLocal } from '../programmes/api';
import { useRecordElection, useUpdateElection } from './api';

interface Row {
  key: number;
  position: string | null;
  personId: string | null;
  votes: number | string;
  elected: boolean;
}

let nextKey = 1;
const emptyRow = (position: string | null = null): Row => ({ key: nextKey++, position, personId: null, votes: '', elected: false });

const rowsOf = (election: TElection | undefined): Row[] => (election
  ? election.candidates.map((c) => ({ key: nextKey++, position: c.position, personId: c.person.id, votes: c.votes ?? '', elected: c.elected }))
  : [emptyRow('president')]);

/**
 * Record an election the members held: the day, the term, and per position the candidates and
 * who won. With `election`, correct that one instead (its results are replaced as a whole; the
 * version read is sent, so a change made meanwhile by someone else is refused, not overwritten).
 */
export function ElectionModal({ club, election, opened, onClose }: { club: TClub; election?: TElection; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const mobile = useMediaQuery('(max-width: 36em)') ?? false;
  const positions = useLookupList('club_position');
  const create = useRecordElection();
  const update = useUpdateElection();
  const record = election ? update : create;
  const [heldOn, setHeldOn] = useState(election?.heldOn ?? todayLocal());
  const [termStartsOn, setTermStartsOn] = useState(election?.termStartsOn ?? todayLocal());
  const [termEndsOn, setTermEndsOn] = useState(election?.termEndsOn ?? '');
  const [notes, setNotes] = useState(election?.notes ?? '');
  const [rows, setRows] = useState<Row[]>(() => rowsOf(election));
  const [missing, setMissing] = useState(false);
  const errors = fieldErrorsOf(t, record.error);
  // Candidates are members; one who has left since still shows on the election being corrected.
  const people = [...club.members.filter((m) => !m.leftOn).map((m) => m.person), ...(election?.candidates.map((c) => c.person) ?? [])];
  const members = [...new Map(people.map((p) => [p.id, { value: p.id, label: nameLine(p) }])).values()];
  const set = (key: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const close = () => {
    record.reset();
    setRows(rowsOf(election));
    setMissing(false);
    onClose();
  };
  const submit = async () => {
    if (rows.some((r) => !r.position || !r.personId)) {
      setMissing(true);
      return;
    }
    const body = {
      heldOn, termStartsOn, termEndsOn: termEndsOn || null, notes: notes.trim() || null,
      candidates: rows.map((r) => ({ position: r.position!, personId: r.personId!, votes: r.votes === '' ? null : Number(r.votes), elected: r.elected })),
    };
    if (election) await update.mutateAsync({ id: club.id, electionId: election.id, version: election.version, ...body });
    else await create.mutateAsync({ id: club.id, ...body });
    close();
  };
  return (
    <Modal opened={opened} onClose={close} title={election ? t('clubs.election.correctTitle') : t('clubs.election.title')} size="lg" centered fullScreen={mobile}>
      <form onSubmit={(e) => { e.preventDefault(); void submit().catch(() => undefined); }} noValidate>
        <Stack gap="sm">
          <Group grow align="flex-start" wrap="wrap">
            <TextInput type="date" label={t('clubs.election.heldOn')} required value={heldOn} onChange={(e) => setHeldOn(e.currentTarget.value)} error={errors.heldOn} miw={140} />
            <TextInput type="date" label={t('clubs.election.termStarts')} required value={termStartsOn} onChange={(e) => setTermStartsOn(e.currentTarget.value)} error={errors.termStartsOn} miw={140} />
            <TextInput type="date" label={t('clubs.election.termEnds')} value={termEndsOn} onChange={(e) => setTermEndsOn(e.currentTarget.value)} error={errors.termEndsOn} miw={140} />
          </Group>
          <Text fw={600}>{t('clubs.election.candidates')}</Text>
          {members.length === 0 && <Text size="sm" c="dimmed">{t('clubs.election.noMembers')}</Text>}
          {rows.map((r, i) => (
            <Paper key={r.key} withBorder p="xs" radius="md" data-testid="election-row">
              <Group gap="xs" align="flex-end" wrap="wrap">
                <Select label={t('clubs.election.position')} data={positions.options()} allowDeselect={false} value={r.position} onChange={(v) => set(r.key, { position: v })} style={{ flex: '1 1 9rem' }}
                  error={errors[`candidates.${i}.position`] ?? (missing && !r.position ? t('validation.required') : undefined)} comboboxProps={{ withinPortal: true }} data-testid="election-position" />
                <Select label={t('clubs.election.candidate')} data={members} allowDeselect={false} value={r.personId} onChange={(v) => set(r.key, { personId: v })} searchable style={{ flex: '2 1 12rem' }}
                  error={errors[`candidates.${i}.personId`] ?? (missing && !r.personId ? t('validation.required') : undefined)} comboboxProps={{ withinPortal: true }} data-testid="election-person" />
                <NumberInput label={t('clubs.election.votes')} min={0} value={r.votes} onChange={(v) => set(r.key, { votes: v })} w={90} />
                <Checkbox label={t('clubs.election.elected')} checked={r.elected} onChange={(e) => set(r.key, { elected: e.currentTarget.checked })} mb={8} data-testid="election-elected" />
                <ActionIcon variant="subtle" color="red" size="lg" mb={2} aria-label={t('clubs.election.remove')} disabled={rows.length === 1}
                  onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}>
                  <IconTrash size={18} />
                </ActionIcon>
              </Group>
            </Paper>
          ))}
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setRows((rs) => [...rs, emptyRow()])} w="fit-content" data-testid="election-add-row">
            {t('clubs.election.addCandidate')}
          </Button>
          <Textarea label={t('clubs.election.notes')} autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
          <ErrorAlert error={Object.keys(errors).length ? null : record.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button type="submit" loading={record.isPending} data-testid="election-save">{election ? t('clubs.election.saveCorrection') : t('clubs.election.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
