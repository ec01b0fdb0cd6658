import { sexes, type TSex, type TTracingRequest } from '@homeward/core';
import { Button, Checkbox, Group, Modal, SegmentedControl, SimpleGrid, Stack, Tabs, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cambodiaToday } from '../cases/logic';
import { DateField, FormErrorAlert } from '../cases/ui';
import { useRecordFoundRelative } from './api';
import { PossibleMatches } from './PossibleMatches';

interface NewPerson { familyNameKm: string; givenNameKm: string; familyNameLatin: string; givenNameLatin: string; sex: TSex }
const fromRequest = (r: TTracingRequest): NewPerson => ({
  familyNameKm: r.familyNameKm ?? '', givenNameKm: r.givenNameKm ?? '', familyNameLatin: r.familyNameLatin ?? '', givenNameLatin: r.givenNameLatin ?? '', sex: r.sex,
});
const given = (s: string) => (s.trim() ? s.trim() : undefined);

/**
 * Record the relative found in one step: a possible match or a new person (prefilled from the
 * request), linked to the child and added to the child's household, the request set found.
 */
export function FoundModal({ caseId, request, onClose }: { caseId: string; request: TTracingRequest | null; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordFoundRelative(caseId);
  const [mode, setMode] = useState<'match' | 'new'>('match');
  const [picked, setPicked] = useState<string | null>(null);
  const [person, setPerson] = useState<NewPerson | null>(null);
  const [unsafe, setUnsafe] = useState(false);
  const [household, setHousehold] = useState(true);
  const [on, setOn] = useState(cambodiaToday());
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (request) {
      setMode('match');
      setPicked(null);
      setPerson(fromRequest(request));
      setUnsafe(false);
      setHousehold(true);
      setOn(cambodiaToday());
      setNote('');
      setError(null);
    }
  }, [request]);
  if (!request || !person) return null;
  const set = (k: keyof NewPerson) => (e: ChangeEvent<HTMLInputElement>) => setPerson({ ...person, [k]: e.currentTarget.value });
  const ready = mode === 'match' ? picked !== null : !!(given(person.givenNameKm) || given(person.givenNameLatin));

  const submit = async () => {
    setError(null);
    try {
      await record.mutateAsync({
        id: request.id, version: request.version, status: unsafe ? 'found_unsafe' : 'found', addToHousehold: household, foundOn: on,
        ...(note.trim() && { note: note.trim() }),
        ...(mode === 'match' && picked
          ? { personId: picked }
          : { person: { kind: 'adult', sex: person.sex, familyNameKm: given(person.familyNameKm), givenNameKm: given(person.givenNameKm), familyNameLatin: given(person.familyNameLatin), givenNameLatin: given(person.givenNameLatin) } }),
      });
      notifications.show({ color: 'teal', message: t('tracing.found.saved') });
      onClose();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('tracing.found.title')} size="lg" centered>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">{t('tracing.found.intro')}</Text>
        <FormErrorAlert error={error} />
        <Tabs value={mode} onChange={(v) => setMode(v === 'new' ? 'new' : 'match')} variant="pills">
          <Tabs.List grow>
            <Tabs.Tab value="match" data-testid="tracing-found-match">{t('tracing.found.fromMatches')}</Tabs.Tab>
            <Tabs.Tab value="new" data-testid="tracing-found-new">{t('tracing.found.newPerson')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="match" pt="sm">
            <PossibleMatches request={request} picked={picked} onPick={setPicked} />
          </Tabs.Panel>
          <Tabs.Panel value="new" pt="sm">
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                <TextInput lang="km" label={t('tracing.form.familyNameKm')} value={person.familyNameKm} onChange={set('familyNameKm')} />
                <TextInput lang="km" label={t('tracing.form.givenNameKm')} value={person.givenNameKm} onChange={set('givenNameKm')} data-testid="tracing-found-given-km" />
                <TextInput label={t('tracing.form.familyNameLatinLabel')} value={person.familyNameLatin} onChange={set('familyNameLatin')} />
                <TextInput label={t('tracing.form.givenNameLatinLabel')} value={person.givenNameLatin} onChange={set('givenNameLatin')} />
              </SimpleGrid>
              <SegmentedControl value={person.sex} onChange={(v) => setPerson({ ...person, sex: v as TSex })} data={sexes.map((s) => ({ value: s, label: t(`people.sex.${s}`) }))} />
            </Stack>
          </Tabs.Panel>
        </Tabs>
        <DateField label={t('tracing.found.on')} value={on} max={cambodiaToday()} onChange={(e) => setOn(e.currentTarget.value)} required />
        <Checkbox label={t('tracing.found.addToHousehold')} description={t('tracing.found.addToHouseholdHint')} checked={household} onChange={(e) => setHousehold(e.currentTarget.checked)} />
        <Checkbox label={t('tracing.found.unsafe')} checked={unsafe} onChange={(e) => setUnsafe(e.currentTarget.checked)} color="orange" />
        <Textarea label={t('tracing.status.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} maxLength={2000} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={() => void submit()} disabled={!ready} loading={record.isPending} color="teal" data-testid="tracing-found-submit">{t('tracing.found.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
