import type { TCourse, TCourseSession } from '@homeward/core';
import { Badge, Button, Card, Collapse, Group, Modal, Select, Stack, Text, Textarea, TextInput, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AttendanceSheet } from '../../components/AttendanceSheet';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeader } from '../../components/PageHeader';
import { RequireAbility } from '../../components/RequireAbility';
import { Section } from '../../components/Section';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { localToday } from '../people/display';
import { useLookupList } from '../people/lookups';
import { RefusalAlert } from '../scholarships/bits';
import { courseQuery, useAddSession, useArchiveCourse, useTakeAttendance } from './api';
import { CourseEditModal } from './CourseEditModal';
import { CourseResults } from './CourseResults';
import { Enrolled } from './Enrolled';

const route = getRouteApi('/app/courses/$courseId');

export function CoursePage() {
  return (
    <RequireAbility action="programme.read">
      <Course />
    </RequireAbility>
  );
}

function Course() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const { courseId } = route.useParams();
  const query = useQuery(courseQuery(courseId));
  const archive = useArchiveCourse(courseId);
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState(false);
  const [archiving, setArchiving] = useState(false);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const c = query.data;
  // An archived course is history: shown, never changed.
  const write = can('programme.write') && !c.archivedAt;
  return (
    <Stack gap="md">
      <PageHeader
        title={c.name}
        description={[`${fmt.date(c.startsOn)}${c.endsOn ? ` – ${fmt.date(c.endsOn)}` : ''}`, c.centre?.name ?? c.place].filter(Boolean).join(' · ')}
        back={{ to: '/courses', label: t('courses.nav') }}
        actions={write && (
          <Group gap="xs">
            <Button variant="light" onClick={() => setEditing(true)} data-testid="course-edit">{t('courses.edit.title')}</Button>
            <Button variant="subtle" color="red" onClick={() => setArchiving(true)} data-testid="course-archive">{t('courses.edit.archive')}</Button>
          </Group>
        )}
      />
      {c.archivedAt && <Badge variant="light" color="gray" tt="none" w="fit-content" data-testid="course-archived">{t('courses.archived')}</Badge>}
      {c.facilitators.length > 0 && <Group gap={6}>{c.facilitators.map((f) => <Badge key={`${f.userId ?? ''}${f.name}`} variant="light" color="grape">{f.name}</Badge>)}</Group>}
      <Enrolled course={c} write={write} />
      <Section title={t('courses.detail.sessions')} actions={write && <Button size="xs" leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)} data-testid="course-add-session">{t('courses.detail.addSession')}</Button>}>
        {c.sessionList.length === 0 ? <EmptyMessage title={t('courses.detail.noSessions')} /> : (
          <Stack gap="xs">{c.sessionList.map((s) => <SessionCard key={s.id} course={c} session={s} write={write} />)}</Stack>
        )}
      </Section>
      <CourseResults courseId={c.id} />
      <SessionModal course={c} opened={adding} onClose={() => setAdding(false)} />
      {editing && <CourseEditModal course={c} onClose={() => setEditing(false)} />}
      <ConfirmDialog
        opened={archiving}
        onClose={() => setArchiving(false)}
        title={t('courses.edit.archiveTitle')}
        message={t('courses.edit.archiveMessage')}
        confirmLabel={t('courses.edit.archive')}
        danger
        onConfirm={async () => {
          await archive.mutateAsync(c.version);
          await navigate({ to: '/courses' });
        }}
      />
    </Stack>
  );
}

/** A session folds open to its attendance sheet, so a long course stays short on a phone. */
function SessionCard({ course, session, write }: { course: TCourse; session: TCourseSession; write: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const topics = useLookupList('life_skills_topic');
  const take = useTakeAttendance();
  const [open, setOpen] = useState(false);
  // The server says who the session expects: enrolled by its day and not withdrawn before it.
  const expected = course.enrolments.filter((e) => session.expectedIds.includes(e.person.id)).map((e) => e.person);
  const extra = course.enrolments.filter((e) => session.presentIds.includes(e.person.id) && !session.expectedIds.includes(e.person.id)).map((e) => e.person);
  return (
    <Card withBorder padding="sm">
      <UnstyledButton onClick={() => setOpen((o) => !o)} aria-expanded={open} w="100%" data-testid="course-session">
        <Group justify="space-between" wrap="nowrap">
          <Stack gap={0}>
            <Text fw={600}>{topics.label(session.topic)}</Text>
            <Text size="sm" c="dimmed">{fmt.date(session.heldOn)} · {t('courses.detail.present', { present: session.presentIds.length, expected: expected.length })}</Text>
          </Stack>
          {open ? <IconChevronDown size={18} /> : <IconChevronRight size={18} />}
        </Group>
      </UnstyledButton>
      <Collapse expanded={open}>
        <Stack gap="xs" mt="sm">
          {session.notes && <Text size="sm">{session.notes}</Text>}
          <AttendanceSheet
            people={[...expected, ...extra]}
            initialPresent={session.presentIds}
            readOnly={!write}
            onSave={(presentIds) => take.mutateAsync({ sessionId: session.id, presentIds })}
          />
        </Stack>
      </Collapse>
    </Card>
  );
}

function SessionModal({ course, opened, onClose }: { course: TCourse; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const topics = useLookupList('life_skills_topic');
  const add = useAddSession(course.id);
  const [topic, setTopic] = useState<string | null>(null);
  const [heldOn, setHeldOn] = useState(localToday());
  const [notes, setNotes] = useState('');
  const close = () => { add.reset(); setNotes(''); onClose(); };
  return (
    <Modal opened={opened} onClose={close} title={t('courses.detail.addSession')}>
      <Stack gap="sm">
        <Select label={t('courses.detail.topic')} required data={topics.options()} value={topic} onChange={setTopic} data-testid="session-topic" />
        <TextInput type="date" label={t('courses.detail.heldOn')} required min={course.startsOn} value={heldOn} onChange={(e) => setHeldOn(e.currentTarget.value)} />
        <Textarea label={t('courses.detail.notes')} autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
        <RefusalAlert error={add.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
          <Button disabled={!topic} loading={add.isPending} onClick={() => topic && add.mutate({ topic, heldOn, notes: notes.trim() || null }, { onSuccess: close })} data-testid="session-save">{t('courses.detail.addSession')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
