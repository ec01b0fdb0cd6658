import { addDays, todayIso, type TPersonSummary, type TProgrammePerson, type TTrainingEvent } from '@homeward/core';
import { Select, Stack, Text } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AttendanceSheet } from '../../components/AttendanceSheet';
import { useFormat } from '../../lib/useFormat';
import { isKhmerText, nameLine } from '../people/display';
import { useAddParticipant, useTakeAttendance } from './events-api';

const eventDays = (from: string, to: string): string[] => {
  const days: string[] = [];
  for (let d = from; d <= to && days.length < 14; d = addDays(d, 1)) days.push(d);
  return days;
};

// The sheet knows people by one id: a participant's registered person when there is one (so a
// walk-in chosen from the register matches the participant made for them), else the participant.
const sheetId = (p: TTrainingEvent['participants'][number]) => p.personId ?? p.id;

/** Take one day's attendance with the shared phone sheet; walk-ins become participants at once. */
export function TrainingAttendance({ event, writable }: { event: TTrainingEvent; writable: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const today = todayIso();
  const days = eventDays(event.startsOn, event.endsOn).filter((d) => d <= today);
  const [day, setDay] = useState<string | null>(days.includes(today) ? today : (days.at(-1) ?? null));
  const take = useTakeAttendance();
  const add = useAddParticipant();
  // The latest participants, for mapping the sheet's ids back after a walk-in was added.
  const latest = useRef(event);
  latest.current = event;

  const people: TProgrammePerson[] = useMemo(() => event.participants.map((p) => {
    const khmer = isKhmerText(p.name);
    return {
      id: sheetId(p), familyNameKm: khmer ? p.name : null, givenNameKm: null, familyNameLatin: khmer ? null : p.name, givenNameLatin: null, nickname: null,
      sex: p.sex ?? 'unknown', age: null,
    };
  }), [event.participants]);
  // A new array only when the saved sheet changes, so adding a walk-in keeps the unsaved ticks.
  const presentKey = event.participants.filter((p) => day && p.days.includes(day)).map(sheetId).sort().join(',');
  const initialPresent = useMemo(() => (presentKey ? presentKey.split(',') : []), [presentKey]);

  if (!day) return <Text c="dimmed">{t('centres.training.notYet')}</Text>;

  const save = (ids: string[]) => {
    const byId = new Map(latest.current.participants.map((p) => [sheetId(p), p.id]));
    return take.mutateAsync({ id: event.id, day, present: ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])) });
  };
  const walkIn = (person: TPersonSummary) => {
    if (latest.current.participants.some((p) => p.personId === person.id)) return Promise.resolve();
    return add.mutateAsync({
      id: event.id, name: nameLine(person), sex: person.sex, audience: event.audiences[0] ?? 'community_members', personId: person.id, walkIn: true,
    });
  };

  return (
    <Stack gap="sm">
      {days.length > 1 && (
        <Select
          label={t('centres.training.attendanceDay')}
          data={days.map((d) => ({ value: d, label: fmt.date(d) }))}
          value={day}
          onChange={(v) => v && setDay(v)}
          allowDeselect={false}
          data-testid="attendance-day"
        />
      )}
      <AttendanceSheet key={day} people={people} initialPresent={initialPresent} onSave={save} onAddWalkIn={writable ? walkIn : undefined} readOnly={!writable} />
    </Stack>
  );
}
