import type { TCourse, TProgrammePerson } from '@homeward/core';
import { Badge, Button, Group, Modal, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgrammePersonSelect } from '../../components/ProgrammePersonSelect';
import { Section } from '../../components/Section';
import { useFormat } from '../../lib/useFormat';
import { localToday } from '../people/display';
import { PersonName } from '../people/PersonBits';
import { RefusalAlert } from '../scholarships/bits';
import { useEnrol, useWithdraw } from './api';

type Enrolment = TCourse['enrolments'][number];

/** Who is enrolled (those who withdrew stay, marked), enrolling anyone found by name, and withdrawing. */
export function Enrolled({ course, write }: { course: TCourse; write: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const enrol = useEnrol(course.id);
  const [person, setPerson] = useState<TProgrammePerson | null>(null);
  const [withdrawing, setWithdrawing] = useState<Enrolment | null>(null);
  const open = write && !course.archivedAt;
  const current = course.enrolments.filter((e) => !e.leftOn);
  return (
    <Section title={`${t('courses.detail.enrolled')} (${current.length})`}>
      <Stack gap="xs">
        {course.enrolments.length === 0 ? <Text c="dimmed" size="sm">{t('courses.detail.noEnrolled')}</Text> : (
          <Stack gap={6}>
            {course.enrolments.map((e) => (
              <Paper key={e.person.id} withBorder p="xs" radius="md" data-testid="course-enrolment">
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <div style={{ minWidth: 0 }}>
                    <PersonName person={e.person} size="sm" />
                    {e.leftOn && (
                      <Text size="xs" c="dimmed">{t('courses.detail.withdrewOn', { date: fmt.date(e.leftOn) })}{e.leaveReason ? ` · ${e.leaveReason}` : ''}</Text>
                    )}
                  </div>
                  {e.leftOn ? <Badge variant="light" color="gray" tt="none" style={{ flexShrink: 0 }}>{t('courses.detail.withdrawn')}</Badge> : open && (
                    <Button size="compact-sm" variant="subtle" color="red" onClick={() => setWithdrawing(e)} data-testid="course-withdraw">{t('courses.detail.withdraw')}</Button>
                  )}
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
        {open && (
          <Group align="flex-end" gap="xs">
            <div style={{ flex: 1, minWidth: 200 }}>
              <ProgrammePersonSelect label={t('courses.detail.enrolPerson')} typeHint={t('courses.detail.typeToFind')} value={person} onChange={setPerson}
                exclude={course.enrolments.map((e) => e.person.id)} testId="person-picker" />
            </div>
            <Button disabled={!person} loading={enrol.isPending} onClick={() => person && enrol.mutate({ personIds: [person.id] }, { onSuccess: () => setPerson(null) })} data-testid="course-enrol">
              {t('courses.detail.enrol')}
            </Button>
          </Group>
        )}
        <RefusalAlert error={enrol.error} />
      </Stack>
      {withdrawing && <WithdrawModal course={course} enrolment={withdrawing} onClose={() => setWithdrawing(null)} />}
    </Section>
  );
}

/** Asks for the day and the reason; from the next session on they are off the attendance sheet. */
function WithdrawModal({ course, enrolment, onClose }: { course: TCourse; enrolment: Enrolment; onClose: () => void }) {
  const { t } = useTranslation();
  const withdraw = useWithdraw(course.id);
  const [leftOn, setLeftOn] = useState(localToday());
  const [reason, setReason] = useState('');
  return (
    <Modal opened onClose={onClose} title={t('courses.detail.withdrawTitle')} centered>
      <Stack gap="sm">
        <PersonName person={enrolment.person} />
        <Text size="sm">{t('courses.detail.withdrawConfirm')}</Text>
        <TextInput type="date" label={t('courses.detail.withdrawOn')} required min={enrolment.enrolledOn} value={leftOn} onChange={(e) => setLeftOn(e.currentTarget.value)} />
        <TextInput label={t('courses.detail.withdrawReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-testid="course-withdraw-reason" />
        <RefusalAlert error={withdraw.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button color="red" loading={withdraw.isPending} data-testid="course-withdraw-save"
            onClick={() => withdraw.mutate({ personId: enrolment.person.id, leftOn, reason: reason.trim() || null }, { onSuccess: onClose })}>
            {t('courses.detail.withdraw')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
