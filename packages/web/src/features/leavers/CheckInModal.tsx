import {
  educationStatuses, healthStatuses, housingStatuses, idDocumentStatuses, supportStatuses, workStatuses, type TRecordCheckInRequest,
} from '@homeward/core';
import { Button, Group, Modal, NumberInput, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fieldErrorsOf, todayLocal } from '../programmes/api';
import { useRecordCheckIn } from './api';

type Domains = Omit<TRecordCheckInRequest, 'checkedOn' | 'monthlyIncomeUsd' | 'notes' | 'wellbeing'>;
const start: Domains = { housing: 'stable', education: 'none', work: 'looking', idDocuments: 'complete', health: 'good', supportNetwork: 'some' };

/** An outcome check-in: one choice per domain, big enough to tap on a phone. */
export function CheckInModal({ memberId, opened, onClose }: { memberId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const mobile = useMediaQuery('(max-width: 36em)') ?? false;
  const record = useRecordCheckIn();
  const [checkedOn, setCheckedOn] = useState(todayLocal());
  const [d, setD] = useState<Domains>(start);
  const [wellbeing, setWellbeing] = useState('3');
  const [income, setIncome] = useState<number | string>('');
  const [notes, setNotes] = useState('');
  const errors = fieldErrorsOf(t, record.error);
  const close = () => { record.reset(); setD(start); setNotes(''); setIncome(''); onClose(); };
  const submit = async () => {
    await record.mutateAsync({ id: memberId, checkedOn, ...d, wellbeing: Number(wellbeing), monthlyIncomeUsd: income === '' ? null : Number(income), notes: notes.trim() || null });
    close();
  };
  const choice = <K extends keyof Domains>(key: K, values: readonly Domains[K][], ns: string) => (
    <Select
      label={t(`leavers.domains.${key}` as 'leavers.domains.housing')}
      data={values.map((v) => ({ value: v, label: t(`leavers.${ns}.${v}` as 'leavers.housing.stable') }))}
      value={d[key]}
      onChange={(v) => v && setD((x) => ({ ...x, [key]: v }))}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
      data-testid={`checkin-${key}`}
    />
  );
  return (
    <Modal opened={opened} onClose={close} title={t('leavers.checkIn.title')} centered fullScreen={mobile}>
      <form onSubmit={(e) => { e.preventDefault(); void submit().catch(() => undefined); }} noValidate>
        <Stack gap="sm">
          <TextInput type="date" label={t('leavers.checkIn.on')} required value={checkedOn} onChange={(e) => setCheckedOn(e.currentTarget.value)} error={errors.checkedOn} />
          <Text size="sm" fw={500}>{t('leavers.domains.housing')}</Text>
          <SegmentedControl fullWidth value={d.housing} onChange={(v) => setD((x) => ({ ...x, housing: v as Domains['housing'] }))}
            data={housingStatuses.map((v) => ({ value: v, label: t(`leavers.housing.${v}`) }))} data-testid="checkin-housing" />
          {choice('education', educationStatuses, 'education')}
          {choice('work', workStatuses, 'work')}
          <NumberInput label={t('leavers.checkIn.income')} min={0} value={income} onChange={setIncome} />
          {choice('idDocuments', idDocumentStatuses, 'idDocuments')}
          {choice('health', healthStatuses, 'health')}
          {choice('supportNetwork', supportStatuses, 'supportNetwork')}
          <Text size="sm" fw={500}>{t('leavers.domains.wellbeing')}</Text>
          <SegmentedControl fullWidth value={wellbeing} onChange={setWellbeing} data={['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: t(`leavers.wellbeing.${v}` as 'leavers.wellbeing.1') }))} />
          <Textarea label={t('leavers.checkIn.notes')} autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
          <ErrorAlert error={errors.checkedOn ? null : record.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button type="submit" loading={record.isPending} data-testid="checkin-save">{t('leavers.checkIn.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
