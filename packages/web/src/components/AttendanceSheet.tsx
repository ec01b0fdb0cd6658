/**
 * Fast attendance on a phone, for any gathering (club meeting, network group, course session,
 * training event).
 *
 * How to reuse it:
 *   <AttendanceSheet
 *     people={expected}                  // TProgrammePerson[]: members, enrolled, invited — and
 *                                        // anyone already recorded as present who is not one of them
 *     initialPresent={meeting.presentIds}
 *     onSave={(ids) => api.put(`/…/attendance`, …, { presentIds: ids })}   // replaces the whole list
 *     onAddWalkIn={(person) => …}        // optional: e.g. also make the walk-in a member
 *   />
 * Server side, store it with `replaceAttendance` (packages/server/src/modules/programmes/attendance.ts).
 * A walk-in is found by name or registered in place with the usual duplicate warning, then ticked.
 * Nothing is sent until Save; leaving with unsaved ticks asks first.
 */
import type { TPersonSummary, TProgrammePerson } from '@homeward/core';
import { Affix, Badge, Button, Checkbox, Group, Paper, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useBlocker } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddPersonModal } from '../features/people/AddPersonModal';
import { displayName } from '../features/people/display';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorAlert } from './ErrorAlert';
import { EmptyMessage } from './States';

export interface AttendanceSheetProps {
  people: readonly TProgrammePerson[];
  initialPresent: readonly string[];
  /** Save who was present (the whole list). Rejects to show the server's refusal. */
  onSave: (presentIds: string[]) => Promise<unknown>;
  /** Called once a walk-in is chosen or registered; they are ticked present either way. */
  onAddWalkIn?: (person: TPersonSummary) => Promise<unknown>;
  readOnly?: boolean;
}

const asProgrammePerson = (p: TPersonSummary): TProgrammePerson => ({
  id: p.id, familyNameKm: p.familyNameKm, givenNameKm: p.givenNameKm, familyNameLatin: p.familyNameLatin, givenNameLatin: p.givenNameLatin,
  nickname: p.nickname, sex: p.sex, age: p.age,
});

const sameSet = (a: ReadonlySet<string>, b: readonly string[]) => a.size === b.length && b.every((id) => a.has(id));

export function AttendanceSheet({ people, initialPresent, onSave, onAddWalkIn, readOnly }: AttendanceSheetProps) {
  const { t } = useTranslation();
  const [present, setPresent] = useState<Set<string>>(() => new Set(initialPresent));
  const [walkIns, setWalkIns] = useState<TProgrammePerson[]>([]);
  const [filter, setFilter] = useState('');
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<readonly string[]>(initialPresent);

  // Follow the saved list when it really changes (a refetch gives a new but equal array).
  const initialKey = [...initialPresent].sort().join(',');
  useEffect(() => {
    setPresent(new Set(initialPresent));
    setSaved(initialPresent);
  }, [initialKey]);

  const dirty = !sameSet(present, saved);
  // Ticks live only on this screen until saved: leaving would lose them silently, so ask first.
  const blocker = useBlocker({ shouldBlockFn: () => dirty, enableBeforeUnload: () => dirty, withResolver: true });

  const everyone = useMemo(() => {
    const known = new Set(people.map((p) => p.id));
    return [...people, ...walkIns.filter((w) => !known.has(w.id))];
  }, [people, walkIns]);
  const needle = filter.trim().toLowerCase();
  const shown = needle
    ? everyone.filter((p) => [p.familyNameKm, p.givenNameKm, p.familyNameLatin, p.givenNameLatin, p.nickname].some((n) => n?.toLowerCase().includes(needle)))
    : everyone;

  const toggle = (id: string) => {
    if (readOnly) return;
    setPresent((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  };

  const save = async () => {
    setBusy(true);
    setError(null);
    const ids = [...present];
    try {
      await onSave(ids);
      setSaved(ids);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const addWalkIn = async (person: TPersonSummary) => {
    if (onAddWalkIn) await onAddWalkIn(person);
    setWalkIns((w) => (w.some((x) => x.id === person.id) ? w : [...w, asProgrammePerson(person)]));
    setPresent((prev) => new Set(prev).add(person.id));
  };

  return (
    <Stack gap="sm" pb={readOnly ? 0 : 72} data-testid="attendance-sheet">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text fw={600} data-testid="attendance-count" style={{ flex: '1 1 10rem' }}>
          {t('programmes.attendance.count', { present: everyone.filter((p) => present.has(p.id)).length, total: everyone.length })}
        </Text>
        {!readOnly && (
          <Button variant="light" leftSection={<IconUserPlus size={18} />} onClick={() => setAdding(true)} data-testid="attendance-walk-in">
            {t('programmes.attendance.walkIn')}
          </Button>
        )}
      </Group>
      {everyone.length > 8 && (
        <TextInput
          leftSection={<IconSearch size={16} />}
          placeholder={t('programmes.attendance.filter')}
          aria-label={t('programmes.attendance.filter')}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
        />
      )}
      {everyone.length === 0 ? (
        <EmptyMessage title={t('programmes.attendance.empty')} description={readOnly ? undefined : t('programmes.attendance.emptyHint')} />
      ) : (
        <Stack gap={6} role="group" aria-label={t('programmes.attendance.title')}>
          {shown.map((p) => {
            const name = displayName(p);
            const on = present.has(p.id);
            return (
              <UnstyledButton
                key={p.id}
                role="checkbox"
                aria-checked={on}
                disabled={readOnly}
                onClick={() => toggle(p.id)}
                data-testid="attendance-row"
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
              >
                <Paper withBorder p="sm" radius="md" mih={56} bg={on ? 'var(--mantine-color-teal-light)' : undefined}>
                  <Group gap="sm" wrap="nowrap">
                    <Checkbox checked={on} readOnly size="lg" tabIndex={-1} aria-hidden color="teal" />
                    <div style={{ minWidth: 0, flex: 1 }}>
                      <Text fw={500} truncate lang={name.primaryKhmer ? 'km' : undefined}>{name.primary || t('people.noName')}</Text>
                      {name.secondary && <Text size="xs" c="dimmed" truncate>{name.secondary}</Text>}
                    </div>
                    {walkIns.some((w) => w.id === p.id) && <Badge variant="light" tt="none">{t('programmes.attendance.walkInBadge')}</Badge>}
                  </Group>
                </Paper>
              </UnstyledButton>
            );
          })}
        </Stack>
      )}
      <ErrorAlert error={error} />
      {!readOnly && (
        <Affix position={{ bottom: 0, left: 0, right: 0 }} zIndex={150}>
          <Paper shadow="md" p="sm" radius={0} withBorder>
            <Group justify="space-between" gap="xs" wrap="nowrap" maw={900} mx="auto">
              <Text size="sm" c={dirty ? 'orange.8' : 'dimmed'}>
                {dirty ? t('programmes.attendance.unsaved') : t('programmes.attendance.saved')}
              </Text>
              <Group gap="xs" wrap="nowrap">
                {dirty && (
                  <Button variant="default" onClick={() => setPresent(new Set(saved))} disabled={busy}>
                    {t('programmes.attendance.undo')}
                  </Button>
                )}
                <Button onClick={() => void save()} loading={busy} disabled={!dirty} data-testid="attendance-save">
                  {t('programmes.attendance.save')}
                </Button>
              </Group>
            </Group>
          </Paper>
        </Affix>
      )}
      <ConfirmDialog
        opened={blocker.status === 'blocked'}
        onClose={() => blocker.reset?.()}
        title={t('programmes.attendance.leaveTitle')}
        message={t('programmes.attendance.leaveMessage')}
        confirmLabel={t('programmes.attendance.leaveConfirm')}
        danger
        onConfirm={async () => blocker.proceed?.()}
      />
      <AddPersonModal
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('programmes.attendance.walkInTitle')}
        intro={t('programmes.attendance.walkInIntro')}
        relationshipLabel=""
        relationshipRequired={false}
        hideRelationship
        exclude={everyone.map((p) => p.id)}
        submitLabel={t('programmes.attendance.walkInAdd')}
        testIdPrefix="member"
        onAdd={(person) => addWalkIn(person)}
      />
    </Stack>
  );
}
