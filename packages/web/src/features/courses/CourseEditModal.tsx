import type { TCourse, TCourseFacilitator } from '@homeward/core';
import { Button, Chip, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RefusalAlert } from '../scholarships/bits';
import { useUpdateCourse } from './api';

/**
 * Correct a course's title, dates, place and facilitators. Staff facilitators can be taken off;
 * outside professionals are names, one per line. The version read is sent, so a change someone
 * else saved meanwhile is refused (409), not overwritten.
 */
export function CourseEditModal({ course, onClose }: { course: TCourse; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateCourse(course.id);
  const [name, setName] = useState(course.name);
  const [startsOn, setStartsOn] = useState(course.startsOn);
  const [endsOn, setEndsOn] = useState(course.endsOn ?? '');
  const [place, setPlace] = useState(course.place ?? '');
  const staff = course.facilitators.filter((f) => f.userId);
  const [keptStaff, setKeptStaff] = useState<string[]>(staff.map((f) => f.userId!));
  const [others, setOthers] = useState(course.facilitators.filter((f) => !f.userId).map((f) => f.name).join('\n'));
  const submit = () => {
    const facilitators: TCourseFacilitator[] = [
      ...staff.filter((f) => keptStaff.includes(f.userId!)),
      ...others.split('\n').map((n) => n.trim()).filter(Boolean).map((n) => ({ name: n })),
    ];
    update.mutate({
      version: course.version, name: name.trim(), startsOn, endsOn: endsOn || null, facilitators,
      ...(course.centre ? {} : { place: place.trim() || null }),
    }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title={t('courses.edit.title')} centered>
      <Stack gap="sm">
        <TextInput label={t('courses.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} data-testid="course-edit-name" />
        <Group grow>
          <TextInput type="date" label={t('courses.startsOn')} required value={startsOn} onChange={(e) => setStartsOn(e.currentTarget.value)} />
          <TextInput type="date" label={t('courses.endsOn')} value={endsOn} min={startsOn} onChange={(e) => setEndsOn(e.currentTarget.value)} />
        </Group>
        {course.centre ? <Text size="sm">{t('courses.centre')}: {course.centre.name}</Text> : (
          <TextInput label={t('courses.place')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} />
        )}
        {staff.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={500}>{t('courses.edit.staff')}</Text>
            <Chip.Group multiple value={keptStaff} onChange={setKeptStaff}>
              <Group gap={6}>{staff.map((f) => <Chip key={f.userId} value={f.userId!} size="sm">{f.name}</Chip>)}</Group>
            </Chip.Group>
          </Stack>
        )}
        <Textarea label={t('courses.facilitatorOthers')} autosize minRows={2} value={others} onChange={(e) => setOthers(e.currentTarget.value)} />
        <RefusalAlert error={update.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={submit} disabled={!name.trim() || !startsOn} loading={update.isPending} data-testid="course-edit-save">{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
