import { instrumentSubjects, type TInstrument, type TInstrumentInput, type TThreshold } from '@homeward/core';
import { ActionIcon, Alert, Button, Checkbox, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useBlocker, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { RequireAbility } from '../../../components/RequireAbility';
import { ErrorState, LoadingState } from '../../../components/States';
import { isApiError } from '../../../lib/api';
import { fieldMessage, type Message } from '../../../lib/messages';
import { useFormat } from '../../../lib/useFormat';
import { instrumentQuery, useCreateInstrument, useUpdateInstrument } from '../../assessments/api';
import { blankInput, inputOf, newThreshold, problemsOf, uniqueKey } from './builder';
import { BilingualFields, monoInput, ProblemsContext, useProblemAt } from './fields';
import { InstrumentPreview } from './InstrumentPreview';
import { SectionsEditor } from './SectionEditor';

const editRoute = getRouteApi('/app/admin/instruments/$instrumentId/edit');

export function NewInstrumentPage() {
  return (
    <RequireAbility action="instrument.manage">
      <InstrumentEditor instrument={null} />
    </RequireAbility>
  );
}

export function EditInstrumentPage() {
  return (
    <RequireAbility action="instrument.manage">
      <EditLoader />
    </RequireAbility>
  );
}

function EditLoader() {
  const { instrumentId } = editRoute.useParams();
  const q = useQuery(instrumentQuery(instrumentId));
  if (q.isPending) return <LoadingState />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  return <InstrumentEditor key={q.data.id} instrument={q.data} />;
}

function InstrumentEditor({ instrument }: { instrument: TInstrument | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = useMemo(() => (instrument ? inputOf(instrument) : blankInput()), [instrument]);
  const [input, setInput] = useState<TInstrumentInput>(start);
  const [tried, setTried] = useState(false);
  const [serverProblems, setServerProblems] = useState<Record<string, Message>>({});
  const [error, setError] = useState<unknown>(null);
  const [leaving, setLeaving] = useState(false);
  const create = useCreateInstrument();
  const update = useUpdateInstrument(instrument?.id ?? '');
  const local = useMemo(() => problemsOf(input), [input]);
  const problems = tried ? { ...serverProblems, ...local } : serverProblems;
  const dirty = JSON.stringify(input) !== JSON.stringify(start);
  const blocker = useBlocker({ shouldBlockFn: () => dirty && !leaving, enableBeforeUnload: () => dirty && !leaving, withResolver: true });
  const editable = !instrument || (instrument.status === 'draft' && !instrument.shipped);

  const change = (next: Partial<TInstrumentInput>) => {
    setInput((v) => ({ ...v, ...next }));
    setServerProblems({});
  };
  const save = async () => {
    setTried(true);
    setError(null);
    if (Object.keys(local).length > 0) return;
    try {
      const { code, ...rest } = input;
      const saved = instrument ? await update.mutateAsync({ ...rest, rowVersion: instrument.rowVersion }) : await create.mutateAsync({ ...rest, code });
      setLeaving(true);
      notifications.show({ color: 'teal', message: t('instruments.saved') });
      window.setTimeout(() => void navigate({ to: '/admin/instruments/$instrumentId', params: { instrumentId: saved.id } }), 0);
    } catch (e) {
      const fields = isApiError(e) ? e.fields : [];
      if (fields.length > 0) setServerProblems(Object.fromEntries(fields.map((f) => [f.field, fieldMessage(f)])));
      setError(e);
    }
  };
  const count = Object.keys(problems).length;

  if (!editable) return <Alert color="orange">{t('instruments.notEditable')}</Alert>;
  return (
    <ProblemsContext.Provider value={problems}>
      <Stack gap="md">
        <PageHeader
          title={instrument ? t('instruments.editTitle') : t('instruments.newTitle')}
          back={{ to: instrument ? `/admin/instruments/${instrument.id}` : '/admin/instruments', label: t('instruments.title') }}
        />
        <Tabs defaultValue="edit" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="edit">{t('instruments.editTab')}</Tabs.Tab>
            <Tabs.Tab value="preview" data-testid="builder-preview-tab">
              {t('instruments.preview')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="edit" pt="md">
            <Stack gap="md">
              <BasicsFields input={input} isNew={!instrument} onChange={change} />
              <SectionsEditor input={input} onChange={(definition) => change({ definition })} />
              <ThresholdsEditor input={input} onChange={(definition) => change({ definition })} />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="preview" pt="md">
            <InstrumentPreview name={input.name} definition={input.definition} />
          </Tabs.Panel>
        </Tabs>
        {count > 0 && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert" data-testid="builder-problems">
            {t('instruments.problemsSummary', { count, n: count })}
          </Alert>
        )}
        {count === 0 && <ErrorAlert error={error} />}
        <Group justify="flex-end" gap="sm" className="assessment-footer">
          <Button variant="default" onClick={() => void navigate({ to: '/admin/instruments' })}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={create.isPending || update.isPending} data-testid="builder-save">
            {t('instruments.saveDraft')}
          </Button>
        </Group>
        <ConfirmDialog
          opened={blocker.status === 'blocked'}
          onClose={() => blocker.reset?.()}
          title={t('assessments.leaveTitle')}
          message={t('assessments.leaveConfirm')}
          confirmLabel={t('assessments.leave')}
          danger
          onConfirm={async () => blocker.proceed?.()}
        />
      </Stack>
    </ProblemsContext.Provider>
  );
}

function BasicsFields({ input, isNew, onChange }: { input: TInstrumentInput; isNew: boolean; onChange: (v: Partial<TInstrumentInput>) => void }) {
  const { t } = useTranslation();
  const problem = useProblemAt();
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }}>
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('instruments.basics')}
        </Title>
        <BilingualFields label={t('instruments.name')} value={input.name} onChange={(name) => onChange({ name })} path="name" testId="builder-name" />
        <BilingualFields label={t('instruments.description')} value={input.description} onChange={(description) => onChange({ description })} path="description" required={false} multiline />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <TextInput label={t('instruments.code')} description={t('instruments.codeHint')} value={input.code} onChange={(e) => onChange({ code: e.currentTarget.value })} disabled={!isNew} error={problem('code')} required styles={monoInput} data-testid="builder-code" />
          <Select
            label={t('instruments.subject')}
            data={instrumentSubjects.map((s) => ({ value: s, label: t(`instruments.subjects.${s}`) }))}
            value={input.subject}
            onChange={(v) => v && onChange({ subject: v as TInstrumentInput['subject'] })}
            allowDeselect={false}
          />
          <NumberInput
            label={t('instruments.frequency')}
            description={t('instruments.frequencyHint')}
            value={input.frequencyDays ?? ''}
            onChange={(v) => onChange({ frequencyDays: typeof v === 'number' ? v : null })}
            min={1}
            max={1095}
            allowDecimal={false}
            error={problem('frequencyDays')}
          />
        </SimpleGrid>
        <NumberInput
          label={t('instruments.lowScore')}
          description={t('instruments.lowScoreHint')}
          value={input.definition.lowScoreAtMost}
          onChange={(v) => onChange({ definition: { ...input.definition, lowScoreAtMost: typeof v === 'number' ? v : 0 } })}
          min={0}
          max={20}
          allowDecimal={false}
          w={{ base: '100%', sm: 260 }}
          error={problem('definition.lowScoreAtMost')}
        />
      </Stack>
    </Paper>
  );
}

function ThresholdsEditor({ input, onChange }: { input: TInstrumentInput; onChange: (d: TInstrumentInput['definition']) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const problem = useProblemAt();
  const d = input.definition;
  const set = (i: number, change: Partial<TThreshold>) => onChange({ ...d, thresholds: d.thresholds.map((x, j) => (j === i ? { ...x, ...change } : x)) });
  const targets = [{ value: 'total', label: t('instruments.onTotal') }, ...d.sections.map((s) => ({ value: s.key, label: s.title.en || s.key }))];
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }}>
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('instruments.thresholds')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('instruments.thresholdsHint')}
        </Text>
        {d.thresholds.map((th, i) => {
          const path = `definition.thresholds.${i}`;
          return (
            <Paper key={i} withBorder radius="sm" p="sm" bg="var(--mantine-color-gray-0)">
              <Stack gap="xs">
                <Group justify="space-between">
                  <Text fw={600} size="sm">
                    {t('instruments.thresholdN', { n: fmt.number(i + 1) })}
                  </Text>
                  <ActionIcon variant="subtle" color="red" onClick={() => onChange({ ...d, thresholds: d.thresholds.filter((_, j) => j !== i) })} aria-label={t('instruments.removeThreshold')}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
                <BilingualFields label={t('instruments.thresholdLabel')} value={th.label} onChange={(label) => set(i, { label })} path={`${path}.label`} />
                <SimpleGrid cols={{ base: 1, xs: 4 }} spacing="xs">
                  <TextInput label={t('instruments.key')} value={th.key} onChange={(e) => set(i, { key: e.currentTarget.value })} error={problem(`${path}.key`)} styles={monoInput} />
                  <Select label={t('instruments.on')} data={targets} value={th.on} onChange={(v) => v && set(i, { on: v })} error={problem(`${path}.on`)} allowDeselect={false} />
                  <Select label={t('instruments.op')} data={[{ value: '>=', label: '≥' }, { value: '<=', label: '≤' }]} value={th.op} onChange={(v) => v && set(i, { op: v as TThreshold['op'] })} allowDeselect={false} />
                  <NumberInput label={t('instruments.value')} value={th.value} onChange={(v) => set(i, { value: typeof v === 'number' ? v : 0 })} min={0} allowDecimal={false} error={problem(`${path}.value`)} />
                </SimpleGrid>
                <Checkbox label={t('instruments.allowsClosure')} checked={th.allowsClosure} onChange={(e) => set(i, { allowsClosure: e.currentTarget.checked })} />
              </Stack>
            </Paper>
          );
        })}
        <Button
          variant="subtle"
          size="compact-sm"
          w="fit-content"
          leftSection={<IconPlus size={14} />}
          disabled={d.thresholds.length >= 10}
          onClick={() => onChange({ ...d, thresholds: [...d.thresholds, newThreshold(uniqueKey('threshold', d.thresholds.map((x) => x.key)))] })}
        >
          {t('instruments.addThreshold')}
        </Button>
      </Stack>
    </Paper>
  );
}
