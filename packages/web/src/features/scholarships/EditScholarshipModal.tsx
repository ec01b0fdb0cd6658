import type { TScholarship } from '@homeward/core';
import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../people/display';
import { useUpdateScholarship } from './api';
import { RefusalAlert } from './bits';

/** Correct the application's facts; saved on the version shown, so a parallel edit is refused, not lost. */
export function EditScholarshipModal({ s, opened, onClose }: { s: TScholarship; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateScholarship(s.id);
  const [provider, setProvider] = useState(s.provider);
  const [course, setCourse] = useState(s.course);
  const [trade, setTrade] = useState(s.trade ?? '');
  const [appliedOn, setAppliedOn] = useState(s.appliedOn);
  const [startsOn, setStartsOn] = useState(s.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(s.endsOn ?? '');
  const [cost, setCost] = useState<number | string>(s.cost ?? '');
  const [currency, setCurrency] = useState(s.currency);
  const close = () => { update.reset(); onClose(); };
  const save = () => update.mutate({
    version: s.version, provider: provider.trim(), course: course.trim(), trade: trade.trim() || null, appliedOn,
    startsOn: startsOn || null, endsOn: endsOn || null, cost: cost === '' ? null : Number(cost), currency,
  }, { onSuccess: close });
  return (
    <Modal opened={opened} onClose={close} title={t('scholarships.detail.edit')}>
      <Stack gap="sm">
        <TextInput label={t('scholarships.provider')} required value={provider} onChange={(e) => setProvider(e.currentTarget.value)} />
        <TextInput label={t('scholarships.course')} required value={course} onChange={(e) => setCourse(e.currentTarget.value)} />
        <TextInput label={t('scholarships.trade')} value={trade} onChange={(e) => setTrade(e.currentTarget.value)} />
        <TextInput type="date" label={t('scholarships.appliedOn')} required max={localToday()} value={appliedOn} onChange={(e) => setAppliedOn(e.currentTarget.value)} />
        <SimpleGrid cols={2} spacing="xs">
          <TextInput type="date" label={t('scholarships.startsOn')} value={startsOn} onChange={(e) => setStartsOn(e.currentTarget.value)} />
          <TextInput type="date" label={t('scholarships.endsOn')} value={endsOn} min={startsOn || undefined} onChange={(e) => setEndsOn(e.currentTarget.value)} />
          <NumberInput label={t('scholarships.cost')} min={0} allowDecimal={false} value={cost} onChange={setCost} />
          <Select label={t('scholarships.currency')} data={['USD', 'KHR']} allowDeselect={false} value={currency} onChange={(v) => setCurrency(v === 'KHR' ? 'KHR' : 'USD')} />
        </SimpleGrid>
        <RefusalAlert error={update.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
          <Button onClick={save} disabled={!provider.trim() || !course.trim()} loading={update.isPending}>{t('scholarships.detail.saveEdit')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
