import type { TCourseFacilitator } from '@homeward/core';
import { Badge, Button, Card, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { IconBook, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { RequireAbility } from '../../components/RequireAbility';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan, useMe } from '../auth/session';
import { centresQuery } from '../centres/api';
import { localToday } from '../people/display';
import { RefusalAlert } from '../scholarships/bits';
import { courseFiguresQuery, coursesQuery, useCreateCourse } from './api';

const route = getRouteApi('/app/courses');

export function CoursesPage() {
  return (
    <RequireAbility action="programme.read">
      <Courses />
    </RequireAbility>
  );
}

function Courses() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  // Archived courses are hidden unless asked for.
  const [showArchived, setShowArchived] = useState(false);
  const list = useQuery(coursesQuery(page, showArchived));
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="md">
      <PageHeader
        title={t('courses.title')}
        description={t('courses.intro')}
        actions={
          <Group gap="xs">
            <ButtonLink to="/courses/curriculum" variant="default" leftSection={<IconBook size={18} />} data-testid="courses-curriculum">{t('courses.curriculum')}</ButtonLink>
            {can('programme.write') && <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)} data-testid="course-new">{t('courses.new')}</Button>}
          </Group>
        }
      />
      <CourseFigures />
      <Switch label={t('courses.showArchived')} checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} data-testid="courses-show-archived" />
      {list.isPending ? <LoadingState /> : list.isError ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : list.data.items.length === 0 ? (
        <EmptyMessage icon={<IconBook size={32} />} title={t('courses.empty')} />
      ) : (
        <Stack gap="xs">
          {list.data.items.map((c) => (
            <Card key={c.id} withBorder padding="sm">
              <Group gap="xs" wrap="nowrap" justify="space-between">
                <AnchorLink to="/courses/$courseId" params={{ courseId: c.id }} fw={600} data-testid="course-link">{c.name}</AnchorLink>
                {c.archivedAt && <Badge variant="light" color="gray" tt="none">{t('courses.archived')}</Badge>}
              </Group>
              <Text size="sm" c="dimmed">{fmt.date(c.startsOn)}{c.endsOn ? ` – ${fmt.date(c.endsOn)}` : ''} · {c.centre?.name ?? c.place ?? ''}</Text>
              <Text size="sm">{t('courses.enrolledCount', { count: c.enrolled })} · {t('courses.sessionsCount', { count: c.sessions })}</Text>
            </Card>
          ))}
          <Pager page={page} pageSize={list.data.pageSize} total={list.data.total} onChange={(p) => void navigate({ search: { page: p } })} />
        </Stack>
      )}
      <NewCourseModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}

function CourseFigures() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const figures = useQuery(courseFiguresQuery);
  if (!figures.data) return null;
  const f = figures.data;
  const stat = (label: string, value: string, hint?: string) => (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">{label}</Text>
      <Text fw={700} fz="lg">{value}</Text>
      {hint && <Text size="xs" c="dimmed">{hint}</Text>}
    </Stack>
  );
  return (
    <Card withBorder padding="sm">
      <SimpleGrid cols={{ base: 3 }} spacing="xs">
        {stat(t('courses.figures.sessionsHeld'), fmt.number(f.sessionsHeld))}
        {stat(t('courses.figures.attendanceRate'), f.attendanceRate === null ? t('courses.figures.none') : `${fmt.number(Math.round(f.attendanceRate * 100))}%`)}
        {stat(t('courses.figures.meanChange'), f.meanChange === null ? t('courses.figures.none') : `${f.meanChange > 0 ? '+' : ''}${fmt.number(f.meanChange)}`, f.measured ? t('courses.figures.measured', { count: f.measured }) : undefined)}
      </SimpleGrid>
    </Card>
  );
}

function NewCourseModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  const navigate = useNavigate();
  const create = useCreateCourse();
  const centres = useQuery({ ...centresQuery({ page: 1, pageSize: 100 }), enabled: opened && can('centre.read') });
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState(localToday());
  const [endsOn, setEndsOn] = useState('');
  const [centreId, setCentreId] = useState<string | null>(null);
  const [place, setPlace] = useState('');
  const [byMe, setByMe] = useState(true);
  const [others, setOthers] = useState('');
  const submit = () => {
    const facilitators: TCourseFacilitator[] = [
      ...(byMe && me ? [{ userId: me.user.id, name: me.user.name }] : []),
      ...others.split('\n').map((n) => n.trim()).filter(Boolean).map((n) => ({ name: n })),
    ];
    create.mutate({ name: name.trim(), startsOn, endsOn: endsOn || null, centreId, place: centreId ? null : place.trim() || null, facilitators }, {
      onSuccess: (c) => {
        onClose();
        void navigate({ to: '/courses/$courseId', params: { courseId: c.id } });
      },
    });
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('courses.new')}>
      <Stack gap="sm">
        <TextInput label={t('courses.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} data-testid="course-name" />
        <Group grow>
          <TextInput type="date" label={t('courses.startsOn')} required value={startsOn} onChange={(e) => setStartsOn(e.currentTarget.value)} />
          <TextInput type="date" label={t('courses.endsOn')} value={endsOn} min={startsOn} onChange={(e) => setEndsOn(e.currentTarget.value)} />
        </Group>
        {centres.data && <Select label={t('courses.centre')} clearable searchable data={centres.data.items.map((c) => ({ value: c.id, label: c.nameKm }))} value={centreId} onChange={setCentreId} />}
        {!centreId && <TextInput label={t('courses.place')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} />}
        <Checkbox label={t('courses.facilitatorMe')} checked={byMe} onChange={(e) => setByMe(e.currentTarget.checked)} />
        <Textarea label={t('courses.facilitatorOthers')} autosize minRows={2} value={others} onChange={(e) => setOthers(e.currentTarget.value)} />
        <RefusalAlert error={create.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={submit} disabled={!name.trim() || !startsOn} loading={create.isPending} data-testid="course-create">{t('courses.create')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
