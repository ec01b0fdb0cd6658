import { sexes, type TPersonSummary, type TSex, type TTrainingAudience, type TTrainingEvent } from '@homeward/core';
import { Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EmptyMessage } from '../../components/States';
import { isApiError } from '../../lib/api';
import { useFormat } from '../../lib/useFormat';
import { nameLine, isKhmerText } from '../people/display';
import { PersonPicker } from '../people/PersonPicker';
import { centresQuery } from './api';
import { useAddParticipant } from './events-api';
import { serverFieldErrors } from './form';

/** Who takes part: each with a role, sex, and optionally a registered person and a centre. */
export function TrainingParticipants({ event, writable }: { event: TTrainingEvent; writable: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const days = Math.round((Date.parse(event.endsOn) - Date.parse(event.startsOn)) / 86_400_000) + 1;
  return (
    <Stack gap="md">
      {event.participants.length === 0 ? (
        <EmptyMessage icon={<IconUsers size={28} />} title={t('centres.training.noParticipants')} description={writable ? t('centres.training.noParticipantsHint') : undefined} />
      ) : (
        <Stack gap={6}>
          {event.participants.map((p) => (
            <Paper key={p.id} withBorder p="sm" radius="md" data-testid="training-participant">
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <div style={{ minWidth: 0 }}>
                  <Text fw={500} truncate lang={isKhmerText(p.name) ? 'km' : undefined}>{p.name}</Text>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {[t(`centres.audiences.${p.audience}`), p.sex ? t(`centres.sexes.${p.sex}`) : null, p.centreNameKm].filter(Boolean).join(' · ')}
                  </Text>
                </div>
                <Group gap={4} wrap="nowrap">
                  {p.walkIn && <Badge variant="light" tt="none">{t('centres.training.walkIn')}</Badge>}
                  <Badge variant="outline" tt="none">{t('centres.training.daysPresent', { count: fmt.number(p.days.length), total: fmt.number(days) })}</Badge>
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      {writable && <AddParticipantForm event={event} />}
    </Stack>
  );
}

function AddParticipantForm({ event }: { event: TTrainingEvent }) {
  const { t } = useTranslation();
  const add = useAddParticipant();
  const centres = useQuery(centresQuery({ page: 1, pageSize: 100 }));
  const [name, setName] = useState('');
  const [sex, setSex] = useState<TSex | null>(null);
  const [audience, setAudience] = useState<TTrainingAudience | null>(event.audiences[0] ?? null);
  const [centreId, setCentreId] = useState<string | null>(null);
  const [person, setPerson] = useState<TPersonSummary | null>(null);
  const errors = serverFieldErrors(t, add.error);
  const ready = name.trim() && sex && audience;

  const pick = (p: TPersonSummary | null) => {
    setPerson(p);
    if (p) {
      setName(nameLine(p));
      setSex(p.sex);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    add.mutate({ id: event.id, name: name.trim(), sex, audience, centreId, personId: person?.id ?? null }, {
      onSuccess: () => {
        setName('');
        setPerson(null);
        setCentreId(null);
      },
    });
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text fw={600}>{t('centres.training.addParticipant')}</Text>
        <PersonPicker label={t('centres.training.linkPerson')} value={person} onChange={pick} exclude={event.participants.flatMap((p) => (p.personId ? [p.personId] : []))} error={errors.personId} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput label={t('centres.training.participantName')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} data-testid="participant-name" />
          <Select
            label={t('centres.training.participantSex')}
            required
            data={sexes.map((s) => ({ value: s, label: t(`centres.sexes.${s}`) }))}
            value={sex}
            onChange={(v) => setSex(v as TSex | null)}
            data-testid="participant-sex"
          />
          <Select
            label={t('centres.training.participantAudience')}
            required
            data={event.audiences.map((a) => ({ value: a, label: t(`centres.audiences.${a}`) }))}
            value={audience}
            onChange={(v) => setAudience(v as TTrainingAudience | null)}
            data-testid="participant-audience"
          />
          <Select
            label={t('centres.training.participantCentre')}
            placeholder={t('centres.training.noCentre')}
            clearable
            searchable
            data={(centres.data?.items ?? []).map((c) => ({ value: c.id, label: c.nameLatin ? `${c.nameKm} (${c.nameLatin})` : c.nameKm }))}
            value={centreId}
            onChange={setCentreId}
            error={errors.centreId}
            data-testid="participant-centre"
          />
        </SimpleGrid>
        {add.isError && !(isApiError(add.error) && add.error.fields.length) && <ErrorAlert error={add.error} />}
        <Group justify="flex-end">
          <Button type="submit" leftSection={<IconUserPlus size={16} />} loading={add.isPending} disabled={!ready} data-testid="participant-add">
            {t('centres.training.add')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
