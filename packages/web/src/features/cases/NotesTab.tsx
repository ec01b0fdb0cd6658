import { ZRecordCaseNoteRequest, type TCase, type TCaseNote } from '@homeward/core';
import { ActionIcon, Badge, Button, Checkbox, Group, Menu, Modal, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconDots, IconLock, IconMapPin, IconNotes, IconPencil, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Pager } from '../../components/Pager';
import { PlacePicker } from '../../components/PlacePicker';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { applyServerErrors, messageText, useFieldError } from '../../lib/forms';
import { isLanguage } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { placeQuery } from '../places/api';
import { placePath } from '../places/names';
import { caseNotesQuery, useRecordNote, useUpdateNote } from './api';
import { caseFormResolver, missingAsNull } from './forms';
import { cambodiaToday } from './logic';
import { useLookups } from './lookups';
import { ByLine, DateField, FormErrorAlert, LookupSelect } from './ui';

const PAGE_SIZE = 20;

export function NotesTab({ kase }: { kase: TCase }) {
  const { t } = useTranslation();
  const can = useCan();
  const [page, setPage] = useState(1);
  const notes = useQuery(caseNotesQuery(kase.id, page, PAGE_SIZE));
  const [editing, setEditing] = useState<TCaseNote | 'new' | null>(null);
  const [archiving, setArchiving] = useState<TCaseNote | null>(null);
  const update = useUpdateNote(kase.id);
  const writable = can('case.write') && kase.stage !== 'closed';

  return (
    <Stack gap="md">
      <div className="section-head">
        <Text c="dimmed" size="sm" style={{ flex: '1 1 16rem' }}>
          {t('caseNotes.intro')}
        </Text>
        {writable && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} data-testid="note-add">
            {t('caseNotes.add')}
          </Button>
        )}
      </div>
      {notes.isPending ? (
        <LoadingState />
      ) : notes.isError ? (
        <ErrorState error={notes.error} onRetry={() => void notes.refetch()} />
      ) : notes.data.items.length === 0 ? (
        <EmptyMessage icon={<IconNotes size={28} />} title={t('caseNotes.none')} description={writable ? t('caseNotes.noneHint') : undefined} />
      ) : (
        <>
          <Stack gap="sm" aria-busy={notes.isFetching}>
            {notes.data.items.map((n) => (
              <NoteCard key={n.id} note={n} onEdit={writable && !n.redacted ? () => setEditing(n) : undefined} onArchive={writable ? () => setArchiving(n) : undefined} />
            ))}
          </Stack>
          <Pager page={page} pageSize={PAGE_SIZE} total={notes.data.total} onChange={setPage} />
        </>
      )}
      <NoteModal caseId={kase.id} note={editing} onClose={() => setEditing(null)} />
      <ConfirmDialog
        opened={archiving !== null}
        onClose={() => setArchiving(null)}
        title={t('caseNotes.archiveTitle')}
        message={t('caseNotes.archiveConfirm')}
        confirmLabel={t('caseNotes.archive')}
        danger
        onConfirm={async () => {
          if (!archiving) return;
          await update.mutateAsync({ noteId: archiving.id, version: archiving.version, archived: true });
          notifications.show({ color: 'teal', message: t('caseNotes.archived') });
        }}
      />
    </Stack>
  );
}

function NoteCard({ note, onEdit, onArchive }: { note: TCaseNote; onEdit?: () => void; onArchive?: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lookups = useLookups();
  const conference = note.type === 'case_conference';
  return (
    <Paper withBorder radius="md" p="sm" data-testid="note-card" component="article">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="wrap" style={{ minWidth: 0 }}>
            <Badge variant="light" color={conference ? 'violet' : note.type === 'final_assessment' ? 'teal' : 'blue'}>
              {lookups.label('contact_type', note.type)}
            </Badge>
            <Text size="sm" fw={600}>
              {fmt.date(note.occurredOn)}
            </Text>
            {note.confidential && (
              <Badge variant="outline" color="red" leftSection={<IconLock size={12} />}>
                {t('caseNotes.confidential')}
              </Badge>
            )}
          </Group>
          {(onEdit || onArchive) && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" aria-label={t('caseNotes.actionsFor', { date: fmt.date(note.occurredOn) })}>
                  <IconDots size={18} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                {onEdit && (
                  <Menu.Item leftSection={<IconPencil size={16} />} onClick={onEdit}>
                    {t('caseNotes.edit')}
                  </Menu.Item>
                )}
                {onArchive && (
                  <Menu.Item leftSection={<IconArchive size={16} />} color="red" onClick={onArchive}>
                    {t('caseNotes.archive')}
                  </Menu.Item>
                )}
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
        {note.placeCode && <PlaceLine code={note.placeCode} />}
        {note.participants && (
          <Text size="sm">
            <Text span c="dimmed">
              {t('caseNotes.participants')}:
            </Text>{' '}
            {note.participants}
          </Text>
        )}
        {note.redacted ? (
          <Group gap={6} c="dimmed">
            <IconLock size={16} aria-hidden />
            <Text size="sm" fs="italic" data-testid="note-redacted">
              {t('caseNotes.redacted')}
            </Text>
          </Group>
        ) : (
          <>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="note-narrative-text">
              {note.narrative}
            </Text>
            {note.decision && <Labelled label={t('caseNotes.decision')} text={note.decision} />}
            {note.bestInterests && <Labelled label={t('caseNotes.bestInterests')} text={note.bestInterests} />}
            {note.nextSteps && <Labelled label={t('caseNotes.nextSteps')} text={note.nextSteps} />}
          </>
        )}
        <ByLine name={note.author?.name} at={note.createdAt} />
      </Stack>
    </Paper>
  );
}

function Labelled({ label, text }: { label: string; text: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {text}
      </Text>
    </div>
  );
}

/** A village written out with its commune, district and province. */
export function PlaceLine({ code }: { code: string }) {
  const { i18n } = useTranslation();
  const place = useQuery(placeQuery(code)).data;
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  return (
    <Group gap={4} wrap="nowrap" c="dimmed">
      <IconMapPin size={14} aria-hidden style={{ flex: 'none' }} />
      <Text size="sm">{place ? placePath(place, place.path, language) : code}</Text>
    </Group>
  );
}

type NoteValues = z.input<typeof ZRecordCaseNoteRequest>;
const noteFields = ['type', 'occurredOn', 'placeCode', 'participants', 'narrative', 'nextSteps', 'confidential', 'decision', 'bestInterests'] as const;

const blankNote = (): NoteValues => ({ type: '', occurredOn: cambodiaToday(), placeCode: null, participants: '', narrative: '', nextSteps: '', confidential: false, decision: '', bestInterests: '' });
const noteValues = (n: TCaseNote): NoteValues => ({
  type: n.type,
  occurredOn: n.occurredOn,
  placeCode: n.placeCode,
  participants: n.participants ?? '',
  narrative: n.narrative ?? '',
  nextSteps: n.nextSteps ?? '',
  confidential: n.confidential,
  decision: n.decision ?? '',
  bestInterests: n.bestInterests ?? '',
});

/** Record a note, contact or case conference, or correct one. */
function NoteModal({ caseId, note, onClose }: { caseId: string; note: TCaseNote | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const record = useRecordNote(caseId);
  const update = useUpdateNote(caseId);
  const [error, setError] = useState<unknown>(null);
  const [confirmClose, setConfirmClose] = useState(false);
  // One id per new note, kept across retries: a send whose answer was lost (a phone losing signal)
  // can be sent again without recording the note twice.
  const [noteId, setNoteId] = useState(() => crypto.randomUUID());
  const form = useForm<NoteValues, unknown, z.output<typeof ZRecordCaseNoteRequest>>({ resolver: caseFormResolver(ZRecordCaseNoteRequest), defaultValues: blankNote() });
  const { errors, isDirty, isSubmitting } = form.formState;
  const type = form.watch('type');
  const conference = type === 'case_conference';
  const opened = note !== null;

  useEffect(() => {
    if (note === null) return;
    form.reset(note === 'new' ? blankNote() : noteValues(note));
    if (note === 'new') setNoteId(crypto.randomUUID());
    setError(null);
  }, [note, form]);

  const close = (force = false) => {
    if (!force && isDirty) return setConfirmClose(true);
    onClose();
  };

  const submit = form.handleSubmit(async (v) => {
    setError(null);
    if (conference && !v.decision) {
      form.setError('decision', { type: 'manual', message: messageText('validation.required') }, { shouldFocus: true });
      return;
    }
    const body = conference ? v : { ...v, decision: undefined, bestInterests: undefined };
    try {
      if (note === 'new' || note === null) await record.mutateAsync({ ...body, id: noteId });
      else await update.mutateAsync({ noteId: note.id, version: note.version, ...missingAsNull(body, ['placeCode', 'participants', 'nextSteps', 'decision', 'bestInterests']) });
      notifications.show({ color: 'teal', message: t('caseNotes.saved') });
      onClose();
    } catch (e) {
      if (!applyServerErrors(e, form.setError, noteFields)) setError(e);
    }
  });

  return (
    <>
      <Modal opened={opened} onClose={() => close()} title={note === 'new' ? t('caseNotes.addTitle') : t('caseNotes.editTitle')} size="xl" centered>
        <form noValidate onSubmit={(e) => void submit(e)}>
          <Stack>
            <FormErrorAlert error={error} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Controller
                control={form.control}
                name="type"
                render={({ field }) => (
                  <LookupSelect list="contact_type" data-testid="note-type" label={t('caseNotes.type')} value={field.value} onChange={(v) => field.onChange(v ?? '')} required error={fe(errors.type)} data-autofocus />
                )}
              />
              <DateField {...form.register('occurredOn')} data-testid="note-date" label={t('caseNotes.date')} required max={cambodiaToday()} error={fe(errors.occurredOn)} />
            </SimpleGrid>
            <Controller
              control={form.control}
              name="placeCode"
              render={({ field }) => (
                <Stack gap={4}>
                  <PlacePicker value={field.value ?? null} onChange={(code) => field.onChange(code)} label={t('caseNotes.place')} />
                  {errors.placeCode && (
                    <Text size="xs" c="red" role="alert">
                      {fe(errors.placeCode)}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    {t('caseNotes.placeHint')}
                  </Text>
                </Stack>
              )}
            />
            <TextInput {...form.register('participants')} data-testid="note-participants" label={t('caseNotes.participants')} description={t('caseNotes.participantsHint')} error={fe(errors.participants)} />
            <Textarea {...form.register('narrative')} data-testid="note-narrative" label={t('caseNotes.narrative')} required autosize minRows={4} error={fe(errors.narrative)} />
            {conference && (
              <>
                <Textarea {...form.register('decision')} data-testid="note-decision" label={t('caseNotes.decision')} description={t('caseNotes.decisionHint')} required autosize minRows={2} error={fe(errors.decision)} />
                <Textarea {...form.register('bestInterests')} data-testid="note-best-interests" label={t('caseNotes.bestInterests')} description={t('caseNotes.bestInterestsHint')} autosize minRows={2} error={fe(errors.bestInterests)} />
              </>
            )}
            <Textarea {...form.register('nextSteps')} data-testid="note-next-steps" label={t('caseNotes.nextSteps')} autosize minRows={2} error={fe(errors.nextSteps)} />
            <Checkbox {...form.register('confidential')} data-testid="note-confidential" label={t('caseNotes.confidentialLabel')} description={t('caseNotes.confidentialHint')} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => close()}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={isSubmitting} data-testid="note-submit">
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ConfirmDialog
        opened={confirmClose}
        onClose={() => setConfirmClose(false)}
        title={t('cases.discardTitle')}
        message={t('cases.discardConfirm')}
        confirmLabel={t('cases.discard')}
        danger
        onConfirm={async () => {
          setConfirmClose(false);
          onClose();
        }}
      />
    </>
  );
}
