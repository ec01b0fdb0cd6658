import { outreachRoles, todayIso, type TOutreachKind, type TOutreachRole } from '@homeward/core';
import { Button, Group, Modal, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PlacePicker } from '../../components/PlacePicker';
import { isApiError } from '../../lib/api';
import { useLookupList } from '../people/lookups';
import { centresQuery } from './api';
import { useRecordOutreach } from './events-api';
import { serverFieldErrors } from './form';

type Counts = Record<TOutreachRole, { female: string | number; male: string | number }>;
const emptyCounts = (): Counts => Object.fromEntries(outreachRoles.map((r) => [r, { female: '', male: '' }])) as Counts;
const n = (v: string | number) => (v === '' ? 0 : Number(v));

/** Record a community awareness or government engagement event; asks before discarding typed data. */
export function OutreachForm({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const mobile = useMediaQuery('(max-width: 36em)') ?? false;
  const types = useLookupList('outreach_event_type');
  const centres = useQuery({ ...centresQuery({ page: 1, pageSize: 100 }), enabled: opened });
  const record = useRecordOutreach();
  const [kind, setKind] = useState<TOutreachKind>('community_awareness');
  const [type, setType] = useState<string | null>(null);
  const [heldOn, setHeldOn] = useState(todayIso());
  const [villageCode, setVillageCode] = useState<string | null>(null);
  const [centreId, setCentreId] = useState<string | null>(null);
  const [topic, setTopic] = useState('');
  const [outcome, setOutcome] = useState('');
  const [counts, setCounts] = useState<Counts>(emptyCounts);
  const [asking, setAsking] = useState(false);
  const errors = serverFieldErrors(t, record.error);
  const dirty = Boolean(type || topic.trim() || outcome.trim() || villageCode || outreachRoles.some((r) => n(counts[r].female) || n(counts[r].male)));
  const ready = type && topic.trim() && heldOn;

  const reset = () => {
    setType(null); setVillageCode(null); setCentreId(null); setTopic(''); setOutcome(''); setCounts(emptyCounts()); setHeldOn(todayIso());
    record.reset();
    onClose();
  };
  const close = () => (dirty ? setAsking(true) : reset());
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    const participants = outreachRoles.filter((r) => n(counts[r].female) || n(counts[r].male)).map((role) => ({ role, female: n(counts[role].female), male: n(counts[role].male) }));
    record.mutate({ kind, type, heldOn, villageCode, centreId, topic: topic.trim(), outcome: outcome.trim() || null, participants }, {
      onSuccess: () => {
        notifications.show({ message: t('centres.form.saved'), color: 'green' });
        reset();
      },
    });
  };
  const setCount = (role: TOutreachRole, sex: 'female' | 'male', v: string | number) => setCounts((c) => ({ ...c, [role]: { ...c[role], [sex]: v } }));

  return (
    <>
      <Modal opened={opened} onClose={close} title={t('centres.outreach.new')} fullScreen={mobile} size="lg">
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <SegmentedControl
              fullWidth
              value={kind}
              onChange={(v) => setKind(v as TOutreachKind)}
              data={(['community_awareness', 'government_engagement'] as const).map((k) => ({ value: k, label: t(`centres.outreach.kinds.${k}`) }))}
              styles={{ label: { whiteSpace: 'normal' } }}
            />
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <Select label={t('centres.outreach.type')} required data={types.options()} value={type} onChange={setType} error={errors.type} data-testid="outreach-type" />
              <TextInput type="date" required label={t('centres.outreach.heldOn')} value={heldOn} onChange={(e) => setHeldOn(e.currentTarget.value)} error={errors.heldOn} />
            </SimpleGrid>
            <TextInput label={t('centres.outreach.topic')} required value={topic} onChange={(e) => setTopic(e.currentTarget.value)} error={errors.topic} data-testid="outreach-topic" />
            <PlacePicker label={t('centres.outreach.place')} value={villageCode} onChange={(code) => setVillageCode(code)} />
            {errors.villageCode && <Text c="red" size="sm">{errors.villageCode}</Text>}
            <Select
              label={t('centres.outreach.centre')}
              clearable
              searchable
              data={(centres.data?.items ?? []).map((c) => ({ value: c.id, label: c.nameLatin ? `${c.nameKm} (${c.nameLatin})` : c.nameKm }))}
              value={centreId}
              onChange={setCentreId}
              error={errors.centreId}
            />
            <Text fw={600} size="sm">{t('centres.outreach.participants')}</Text>
            <Table verticalSpacing={4} horizontalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('centres.outreach.role')}</Table.Th>
                  <Table.Th w={90}>{t('centres.sexes.female')}</Table.Th>
                  <Table.Th w={90}>{t('centres.sexes.male')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {outreachRoles.map((role) => (
                  <Table.Tr key={role}>
                    <Table.Td><Text size="sm">{t(`centres.outreach.roles.${role}`)}</Text></Table.Td>
                    <Table.Td>
                      <NumberInput min={0} hideControls value={counts[role].female} onChange={(v) => setCount(role, 'female', v)}
                        aria-label={`${t(`centres.outreach.roles.${role}`)} — ${t('centres.outreach.female')}`} data-testid={`outreach-${role}-female`} />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput min={0} hideControls value={counts[role].male} onChange={(v) => setCount(role, 'male', v)}
                        aria-label={`${t(`centres.outreach.roles.${role}`)} — ${t('centres.outreach.male')}`} data-testid={`outreach-${role}-male`} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {errors.participants && <Text c="red" size="sm">{errors.participants}</Text>}
            <Textarea label={t('centres.outreach.outcome')} autosize minRows={2} value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} />
            {record.isError && !(isApiError(record.error) && record.error.fields.length) && <ErrorAlert error={record.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
              <Button type="submit" loading={record.isPending} disabled={!ready} data-testid="outreach-save">{t('centres.outreach.save')}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ConfirmDialog
        opened={asking}
        onClose={() => setAsking(false)}
        title={t('centres.outreach.discardTitle')}
        message={t('centres.outreach.discardBody')}
        confirmLabel={t('centres.outreach.discard')}
        danger
        onConfirm={async () => {
          setAsking(false);
          reset();
        }}
      />
    </>
  );
}
