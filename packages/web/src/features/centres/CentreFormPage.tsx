import { donorStances, engagementLevels, mouStatuses, type TCentre, type TCentreDonor, type TEngagement, type TMouStatus } from '@homeward/core';
import { ActionIcon, Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Switch, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PlacePicker } from '../../components/PlacePicker';
import { RequireAbility } from '../../components/RequireAbility';
import { ErrorState, LoadingState } from '../../components/States';
import { isApiError } from '../../lib/api';
import { useLookupList } from '../people/lookups';
import { centreQuery, useCreateCentre, useUpdateCentre } from './api';
import { StaffPersonPicker } from './StaffPersonPicker';
import { nameLine } from '../people/display';
import { centreBody, centreFormOf, emptyCentreForm, serverFieldErrors, type CentreFormState } from './form';

const editRoute = getRouteApi('/app/centres/$centreId/edit');

export function NewCentrePage() {
  return (
    <RequireAbility action="centre.write">
      <CentreForm />
    </RequireAbility>
  );
}

export function EditCentrePage() {
  return (
    <RequireAbility action="centre.write">
      <EditCentre />
    </RequireAbility>
  );
}

function EditCentre() {
  const { centreId } = editRoute.useParams();
  const centre = useQuery(centreQuery(centreId));
  if (centre.isPending) return <LoadingState />;
  if (centre.isError) return <ErrorState error={centre.error} onRetry={() => void centre.refetch()} />;
  return <CentreForm centre={centre.data} />;
}

function CentreForm({ centre }: { centre?: TCentre }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const types = useLookupList('centre_type');
  const create = useCreateCentre();
  const update = useUpdateCentre();
  const [f, setF] = useState<CentreFormState>(() => (centre ? centreFormOf(centre) : emptyCentreForm()));
  const [endGoal, setEndGoal] = useState<'full_transition' | 'safe_closure'>('full_transition');
  const set = <K extends keyof CentreFormState>(k: K, v: CentreFormState[K]) => setF((s) => ({ ...s, [k]: v }));
  const mutation = centre ? update : create;
  const errors = serverFieldErrors(t, mutation.error);
  const missing = !f.nameKm.trim() || !f.type;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (missing) return;
    const body = centreBody(f);
    const done = (c: TCentre) => {
      notifications.show({ message: t('centres.form.saved'), color: 'green' });
      void navigate({ to: '/centres/$centreId', params: { centreId: c.id } });
    };
    if (centre) update.mutate({ ...body, id: centre.id, version: centre.version }, { onSuccess: done });
    else create.mutate({ ...body, endGoal }, { onSuccess: done });
  };

  return (
    <form onSubmit={submit} noValidate>
    <Stack gap="md">
      <PageHeader
        back={centre ? { to: `/centres/${centre.id}`, label: centre.nameKm } : { to: '/centres', label: t('centres.title') }}
        title={centre ? t('centres.form.editTitle') : t('centres.form.newTitle')}
      />
      {mutation.isError && !(isApiError(mutation.error) && mutation.error.fields.length) && <ErrorAlert error={mutation.error} />}
      <Paper withBorder p="md">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('centres.form.nameKm')} required lang="km" value={f.nameKm} onChange={(e) => set('nameKm', e.currentTarget.value)} error={errors.nameKm} data-testid="centre-name-km" />
            <TextInput label={t('centres.form.nameLatin')} value={f.nameLatin} onChange={(e) => set('nameLatin', e.currentTarget.value)} error={errors.nameLatin} data-testid="centre-name-latin" />
            <Select label={t('centres.form.type')} required data={types.options(centre ? [centre.type] : [])} value={f.type} onChange={(v) => set('type', v)} error={errors.type} data-testid="centre-type" />
            <NumberInput label={t('centres.form.capacity')} min={0} value={f.capacity} onChange={(v) => set('capacity', String(v))} error={errors.capacity} />
          </SimpleGrid>
          <PlacePicker label={t('centres.form.village')} value={f.villageCode} onChange={(code) => set('villageCode', code)} />
          {errors.villageCode && <Text c="red" size="sm">{errors.villageCode}</Text>}
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Switch label={t('centres.form.mosvyRegistered')} checked={f.mosvyRegistered} onChange={(e) => set('mosvyRegistered', e.currentTarget.checked)} mt="lg" />
          <TextInput label={t('centres.form.mosvyNumber')} disabled={!f.mosvyRegistered} value={f.mosvyRegistrationNumber} onChange={(e) => set('mosvyRegistrationNumber', e.currentTarget.value)} error={errors.mosvyRegistrationNumber} />
          <Select label={t('centres.form.mouStatus')} data={mouStatuses.map((m) => ({ value: m, label: t(`centres.mou.${m}`) }))} value={f.mouStatus} onChange={(v) => set('mouStatus', (v ?? 'none') as TMouStatus)} allowDeselect={false} />
          <TextInput type="date" label={t('centres.form.lastInspection')} value={f.lastInspectionOn} onChange={(e) => set('lastInspectionOn', e.currentTarget.value)} />
          <TextInput type="date" label={t('centres.form.mouSignedOn')} value={f.mouSignedOn} onChange={(e) => set('mouSignedOn', e.currentTarget.value)} />
          <TextInput type="date" label={t('centres.form.mouExpiresOn')} value={f.mouExpiresOn} onChange={(e) => set('mouExpiresOn', e.currentTarget.value)} error={errors.mouExpiresOn} />
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={3} size="h5">{t('centres.form.director')}</Title>
          <StaffPersonPicker
            personId={f.directorPersonId}
            onPick={(p) => setF((s) => ({ ...s, directorPersonId: p?.id ?? null, ...(p ? { directorName: nameLine(p) } : {}) }))}
            testId="centre-director-person"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('centres.form.directorName')} value={f.directorName} onChange={(e) => set('directorName', e.currentTarget.value)} error={errors.director} data-testid="centre-director" />
            <TextInput label={t('centres.form.directorPhone')} type="tel" value={f.directorPhone} onChange={(e) => set('directorPhone', e.currentTarget.value)} />
          </SimpleGrid>
          <Title order={3} size="h5">{t('centres.form.keyStaff')}</Title>
          {f.keyStaff.map((s, i) => (
            <Group key={i} gap="xs" align="flex-end" wrap="wrap">
              <StaffPersonPicker
                personId={s.personId ?? null}
                onPick={(p) => set('keyStaff', f.keyStaff.map((x, j) => (j === i ? { ...x, personId: p?.id ?? null, ...(p ? { name: nameLine(p) } : {}) } : x)))}
              />
              <TextInput label={t('centres.form.staffName')} value={s.name} onChange={(e) => { const v = e.currentTarget.value; set('keyStaff', f.keyStaff.map((x, j) => (j === i ? { ...x, name: v } : x))); }} style={{ flex: '1 1 10rem' }} />
              <TextInput label={t('centres.form.staffRole')} value={s.role} onChange={(e) => { const v = e.currentTarget.value; set('keyStaff', f.keyStaff.map((x, j) => (j === i ? { ...x, role: v } : x))); }} style={{ flex: '1 1 8rem' }} />
              <TextInput label={t('centres.form.staffPhone')} type="tel" value={s.phone} onChange={(e) => { const v = e.currentTarget.value; set('keyStaff', f.keyStaff.map((x, j) => (j === i ? { ...x, phone: v } : x))); }} style={{ flex: '1 1 8rem' }} />
              <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('centres.form.remove')} onClick={() => set('keyStaff', f.keyStaff.filter((_, j) => j !== i))}>
                <IconTrash size={18} />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button variant="default" size="xs" leftSection={<IconPlus size={14} />} onClick={() => set('keyStaff', [...f.keyStaff, { name: '', role: '', phone: '' }])}>
              {t('centres.form.addStaff')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={3} size="h5">{t('centres.form.donors')}</Title>
          {f.donors.map((d, i) => (
            <Group key={i} gap="xs" align="flex-end" wrap="wrap">
              <TextInput label={t('centres.form.donorName')} value={d.name} onChange={(e) => { const v = e.currentTarget.value; set('donors', f.donors.map((x, j) => (j === i ? { ...x, name: v } : x))); }} style={{ flex: '1 1 12rem' }} />
              <Select label={t('centres.form.donorStance')} data={donorStances.map((s) => ({ value: s, label: t(`centres.stances.${s}`) }))} value={d.stance} allowDeselect={false}
                onChange={(v) => set('donors', f.donors.map((x, j) => (j === i ? { ...x, stance: (v ?? 'unknown') as TCentreDonor['stance'] } : x)))} style={{ flex: '1 1 12rem' }} />
              <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('centres.form.remove')} onClick={() => set('donors', f.donors.filter((_, j) => j !== i))}>
                <IconTrash size={18} />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button variant="default" size="xs" leftSection={<IconPlus size={14} />} onClick={() => set('donors', [...f.donors, { name: '', stance: 'unknown' }])}>
              {t('centres.form.addDonor')}
            </Button>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="date" label={t('centres.form.partnerSince')} value={f.partnerSince} onChange={(e) => set('partnerSince', e.currentTarget.value)} />
            <Select label={t('centres.form.engagement')} clearable data={engagementLevels.map((l) => ({ value: l, label: t(`centres.engagementLevels.${l}`) }))} value={f.engagement} onChange={(v) => set('engagement', v as TEngagement | null)} />
          </SimpleGrid>
          {!centre && (
            <Select label={t('centres.form.endGoal')} allowDeselect={false} data={(['full_transition', 'safe_closure'] as const).map((g) => ({ value: g, label: t(`centres.endGoals.${g}`) }))}
              value={endGoal} onChange={(v) => setEndGoal(v === 'safe_closure' ? 'safe_closure' : 'full_transition')} />
          )}
          <Textarea label={t('centres.form.notes')} autosize minRows={2} value={f.notes} onChange={(e) => set('notes', e.currentTarget.value)} />
        </Stack>
      </Paper>
      <Group justify="flex-end">
        <Button type="submit" loading={mutation.isPending} disabled={missing} data-testid="centre-save">
          {centre ? t('centres.form.save') : t('centres.form.create')}
        </Button>
      </Group>
    </Stack>
    </form>
  );
}
