import { scoreAssessment, type TAssessment } from '@homeward/core';
import { ActionIcon, Alert, Badge, Button, Group, Paper, Stack, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDeviceFloppy, IconSend, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useBlocker, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { RequireAbility } from '../../components/RequireAbility';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { assessmentQuery, useDiscardDraft } from './api';
import { InstrumentForm, TotalLine } from './InstrumentForm';
import { compactAnswers, pick } from './logic';
import { backLinkOf, useLanguage } from './text';
import { useAssessmentDraft, type Outcome } from './useAssessmentDraft';

const route = getRouteApi('/app/assessments/$assessmentId');

export function TakeAssessmentPage() {
  return (
    <RequireAbility action="assessment.read">
      <AssessmentScreen />
    </RequireAbility>
  );
}

function AssessmentScreen() {
  const { assessmentId } = route.useParams();
  const q = useQuery(assessmentQuery(assessmentId));
  if (q.isPending) return <LoadingState />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  return <AssessmentView key={q.data.id} assessment={q.data} onReload={() => q.refetch()} />;
}

function AssessmentView({ assessment, onReload }: { assessment: TAssessment; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const language = useLanguage();
  const can = useCan();
  const editable = assessment.status === 'draft' && can('assessment.write');
  const title = pick(assessment.instrumentName, language);
  const back = backLinkOf(assessment);
  return (
    <Stack gap="md">
      <PageHeader
        title={<span lang={language}>{title}</span>}
        back={{ to: back.to, label: t(back.labelKey) }}
        description={[
          t('assessments.versionN', { version: fmt.number(assessment.instrumentVersion) }),
          t('assessments.assessedOnDate', { date: fmt.date(assessment.assessedOn) }),
          assessment.assessorName,
        ].join(' · ')}
        actions={
          <Badge color={assessment.status === 'draft' ? 'gray' : 'teal'} variant="light" size="lg" data-testid="assessment-status" data-status={assessment.status}>
            {t(`assessments.status.${assessment.status}`)}
          </Badge>
        }
      />
      {editable ? <DraftEditor assessment={assessment} onReload={onReload} /> : <SubmittedView assessment={assessment} />}
    </Stack>
  );
}

function SubmittedView({ assessment }: { assessment: TAssessment }) {
  const language = useLanguage();
  const [open, setOpen] = useState(() => assessment.instrument.definition.sections.map((s) => s.key));
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="sm">
        <TotalLine score={assessment.score} language={language} />
      </Paper>
      {assessment.notes && <Text style={{ whiteSpace: 'pre-wrap' }}>{assessment.notes}</Text>}
      <InstrumentForm definition={assessment.instrument.definition} answers={assessment.answers} language={language} previous={assessment.previous} open={open} onOpenChange={setOpen} />
    </Stack>
  );
}

/** Scroll to an item and put the keyboard on its first choice. */
function focusItem(itemKey: string) {
  window.setTimeout(() => {
    const el = document.getElementById(`item-${itemKey}`);
    el?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    el?.querySelector<HTMLElement>('input, textarea, button')?.focus({ preventScroll: true });
  }, 250);
}

function DraftEditor({ assessment, onReload }: { assessment: TAssessment; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const draft = useAssessmentDraft(assessment);
  const discard = useDiscardDraft(assessment.id);
  const definition = assessment.instrument.definition;
  const [open, setOpen] = useState(() => [definition.sections[0]?.key ?? '']);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [discarding, setDiscarding] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const score = useMemo(() => scoreAssessment(definition, compactAnswers(draft.answers)), [definition, draft.answers]);
  const problems = Object.fromEntries(Object.entries(draft.problems).map(([k, key]) => [k, t(key as 'assessments.problems.required')]));
  const back = backLinkOf(assessment);

  const blocker = useBlocker({ shouldBlockFn: () => draft.dirty && !leaving, enableBeforeUnload: () => draft.dirty && !leaving, withResolver: true });

  const show = (o: Outcome) => {
    setOutcome(o);
    if (o.kind === 'problems') {
      const section = definition.sections.find((s) => s.items.some((i) => i.key === o.first));
      if (section) setOpen((v) => (v.includes(section.key) ? v : [...v, section.key]));
      focusItem(o.first);
    }
  };
  const saveNow = async () => {
    const r = await draft.saveDraft();
    show(r.outcome);
    if (r.outcome.kind === 'saved') notifications.show({ color: 'teal', message: t('assessments.draftSaved') });
  };
  const submitNow = async () => {
    const o = await draft.submitNow();
    show(o);
    if (o.kind === 'submitted') notifications.show({ color: 'teal', message: t('assessments.submitted') });
  };

  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          type="date"
          label={t('assessments.assessedOn')}
          value={draft.assessedOn}
          onChange={(e) => draft.setAssessedOn(e.currentTarget.value)}
          required
          w={{ base: '100%', xs: 200 }}
          data-testid="assessment-date"
        />
        {assessment.previous && (
          <Text size="sm" c="dimmed" pb={6}>
            {t('assessments.previousShown')}
          </Text>
        )}
      </Group>
      <InstrumentForm
        definition={definition}
        answers={draft.answers}
        onAnswer={draft.answer}
        language={language}
        previous={assessment.previous}
        problems={problems}
        open={open}
        onOpenChange={setOpen}
      />
      <Textarea label={t('assessments.notes')} value={draft.notes} onChange={(e) => draft.setNotes(e.currentTarget.value)} autosize minRows={2} maxLength={4000} />
      <div className="assessment-footer">
        {/* In the footer, so what stopped a save or a submission is seen wherever the page is scrolled. */}
        <OutcomeAlert outcome={outcome} count={Object.keys(draft.problems).length} onReload={async () => {
          const fresh = await onReload();
          const data = (fresh as { data?: TAssessment }).data;
          if (data) draft.reset(data);
          setOutcome(null);
        }} />
        <Group justify="space-between" gap="sm" wrap="wrap">
          <TotalLine score={score} language={language} />
          <Group gap="xs" wrap="nowrap" ml="auto">
            <Tooltip label={t('assessments.discard')}>
              <ActionIcon variant="subtle" color="red" size="lg" onClick={() => setDiscarding(true)} aria-label={t('assessments.discard')} data-testid="assessment-discard">
                <IconTrash size={18} />
              </ActionIcon>
            </Tooltip>
            <Button variant="default" leftSection={<IconDeviceFloppy size={16} />} onClick={() => void saveNow()} loading={draft.saving && !draft.submitting} disabled={!draft.dirty} data-testid="assessment-save">
              {t('assessments.saveDraft')}
            </Button>
            <Button leftSection={<IconSend size={16} />} onClick={() => void submitNow()} loading={draft.submitting} data-testid="assessment-submit">
              {t('assessments.submit')}
            </Button>
          </Group>
        </Group>
      </div>
      <ConfirmDialog
        opened={discarding}
        onClose={() => setDiscarding(false)}
        title={t('assessments.discardTitle')}
        message={t('assessments.discardConfirm')}
        confirmLabel={t('assessments.discard')}
        danger
        onConfirm={async () => {
          await discard.mutateAsync(assessment);
          setLeaving(true);
          notifications.show({ color: 'teal', message: t('assessments.discarded') });
          window.setTimeout(() => void navigate({ to: back.to }), 0);
        }}
      />
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
  );
}

function OutcomeAlert({ outcome, count, onReload }: { outcome: Outcome | null; count: number; onReload: () => Promise<void> }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!outcome) return null;
  switch (outcome.kind) {
    case 'saved':
    case 'submitted':
      return null;
    case 'problems':
      return count > 0 ? (
        <Alert color="red" variant="light" p="xs" mb="xs" icon={<IconAlertTriangle size={18} />} role="alert" data-testid="assessment-problems">
          {t('assessments.problemsCount', { count, n: fmt.number(count) })}
        </Alert>
      ) : null;
    case 'stale':
      return (
        <Alert color="orange" variant="light" p="xs" mb="xs" icon={<IconAlertTriangle size={18} />} role="alert" title={t('assessments.staleTitle')} data-testid="assessment-stale">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('assessments.stale')}</Text>
            <Button size="xs" variant="light" color="orange" onClick={() => void onReload()}>
              {t('assessments.reloadLatest')}
            </Button>
          </Stack>
        </Alert>
      );
    case 'error':
      return (
        <div style={{ marginBottom: 8 }}>
          <ErrorAlert error={outcome.error} />
        </div>
      );
  }
}
