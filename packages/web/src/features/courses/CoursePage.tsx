import type { TCourse, TCourseSession, TPersonSummary } from '@homeward/core';
import { Badge, Button, Card, Collapse, Group, Modal, Select, Stack, Text, Textarea, TextInput, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AttendanceSheet } from '../../components/AttendanceSheet';
import { PageHeader } from '../../components/PageHeader';
import { RequireAbility } from '../../components/RequireAbility';
import { Section } from '../../components/Section';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { localToday } from '../people/display';
import { useLookupList } from '../people/lookups';
import { PersonName } from '../people/PersonBits';
import { PersonPicker } from '../people/PersonPicker';
import { RefusalAlert } from '../scholarships/bits';
import { courseQuery, useAddSession, useEnrol, useTakeAttendance } from './api';
import { CourseResults } from './CourseResults';

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
  const [adding, setAdding] = useState(false);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const c = query.data;
  const write = can('programme.write');
  return (
    <Stack gap="md">
      <PageHeader
        title={c.name}
        description={`${fmt.date(c.startsOn)}${c.endsOn ? ` – ${fmt.date(c.endsOn)}` : ''} · ${c.centre?.name ?? c.place ?? ''}`}
        back={{ to: '/courses', label: t('courses.nav') }}
      />
      {c.facilitators.length > 0 && <Group gap={6}>{c.facilitators.map((f) => <Badge key={`${f.userId ?? ''}${f.name}`} variant="light" color="grape">{f.name}</Badge>)}</Group>}
      <Enrolled course={c} write={write} />
      <Section title={t('courses.detail.sessions')} actions={write && <Button size="xs" leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)} data-testid="course-add-session">{t('courses.detail.addSession')}</Button>}>
        {c.sessionList.length === 0 ? <EmptyMessage title={t('courses.detail.noSessions')} /> : (
          <Stack gap="xs">{c.sessionList.map((s) => <SessionCard key={s.id} course={c} session={s} write={write} />)}</Stack>
        )}
      </Section>
      <CourseResults courseId={c.id} />
      <SessionModal course={c} opened={adding} onClose={() => setAdding(false)} />
    </Stack>
  );
}

function Enrolled({ course, write }: { course: TCourse; write: boolean }) {
  const { t } = useTranslation();
  const enrol = useEnrol(course.id);
  const [person, setPerson] = useState<TPersonSummary | null>(null);
  return (
    <Section title={`${t('courses.detail.enrolled')} (${course.enrolments.length})`}>
      <Stack gap="xs">
        {course.enrolments.length === 0 ? <Text c="dimmed" size="sm">{t('courses.detail.noEnrolled')}</Text> : (
          <Group gap="md">{course.enrolments.map((e) => <PersonName key={e.person.id} person={e.person} size="sm" />)}</Group>
        )}
        {write && (
          <Group align="flex-end" gap="xs">
            <div style={{ flex: 1, minWidth: 200 }}>
              <PersonPicker label={t('courses.detail.enrolPerson')} value={person} onChange={setPerson} exclude={course.enrolments.map((e) => e.person.id)} />
            </div>
            <Button disabled={!person} loading={enrol.isPending} onClick={() => person && enrol.mutate({ personIds: [person.id] }, { onSuccess: () => setPerson(null) })} data-testid="course-enrol">
              {t('courses.detail.enrol')}
            </Button>
          </Group>
        )}
        <RefusalAlert error={enrol.error} />
      </Stack>
    </Section>
  );
}

/** A session folds open to its attendance sheet, so a long course stays short on a phone. */
function SessionCard({ course, session, write }: { course: TCourse; session: TCourseSession; write: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const topics = useLookupList('life_skills_topic');
  const take = useTakeAttendance();
  const [open, setOpen] = useState(false);
  const expected = course.enrolments.filter((e) => e.enrolledOn <= session.heldOn && (!e.leftOn || e.leftOn >= session.heldOn)).map((e) => e.person);
  const extra = course.enrolments.filter((e) => session.presentIds.includes(e.person.id) && !expected.some((p) => p.id === e.person.id)).map((e) => e.person);
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
