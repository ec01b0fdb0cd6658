import type { TInstrument } from '@homeward/core';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconPencil, IconSend, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ButtonLink } from '../../../components/links';
import { PageHeader } from '../../../components/PageHeader';
import { RequireAbility } from '../../../components/RequireAbility';
import { ErrorState, LoadingState } from '../../../components/States';
import { useFormat } from '../../../lib/useFormat';
import { instrumentQuery, useDeleteInstrument, usePublishInstrument, useReviseInstrument } from '../../assessments/api';
import { pick } from '../../assessments/logic';
import { useLanguage } from '../../assessments/text';
import { InstrumentPreview } from './InstrumentPreview';
import { InstrumentStatusBadge } from './InstrumentStatusBadge';

const route = getRouteApi('/app/admin/instruments/$instrumentId');

export function InstrumentPage() {
  return (
    <RequireAbility action="instrument.manage">
      <InstrumentLoader />
    </RequireAbility>
  );
}

function InstrumentLoader() {
  const { instrumentId } = route.useParams();
  const q = useQuery(instrumentQuery(instrumentId));
  if (q.isPending) return <LoadingState />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  return <InstrumentView instrument={q.data} />;
}

type Confirm = 'publish' | 'revise' | 'delete' | null;

/** One version of an instrument: facts, its preview, and what may be done with it. */
function InstrumentView({ instrument: i }: { instrument: TInstrument }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const language = useLanguage();
  const navigate = useNavigate();
  const publish = usePublishInstrument(i.id);
  const revise = useReviseInstrument(i.id);
  const remove = useDeleteInstrument(i.id);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const draft = i.status === 'draft';
  const facts = [
    t(`instruments.subjects.${i.subject}`),
    t('assessments.versionN', { version: fmt.number(i.version) }),
    i.frequencyDays ? t('assessments.everyDays', { count: i.frequencyDays, n: fmt.number(i.frequencyDays) }) : t('instruments.noFrequency'),
    i.publishedAt ? t('instruments.publishedOn', { date: fmt.date(i.publishedAt) }) : null,
    t('instruments.answeredCount', { count: i.answeredCount, n: fmt.number(i.answeredCount) }),
  ].filter(Boolean);

  return (
    <Stack gap="md">
      <PageHeader
        title={<span lang={language}>{pick(i.name, language)}</span>}
        back={{ to: '/admin/instruments', label: t('instruments.title') }}
        description={facts.join(' · ')}
        actions={
          <Group gap="xs">
            <InstrumentStatusBadge status={i.status} />
            {i.shipped && <Badge variant="outline" color="gray">{t('instruments.shipped')}</Badge>}
          </Group>
        }
      />
      <Group gap="xs">
        {draft && !i.shipped && (
          <>
            <ButtonLink to="/admin/instruments/$instrumentId/edit" params={{ instrumentId: i.id }} leftSection={<IconPencil size={16} />} variant="default" data-testid="instrument-edit">
              {t('instruments.edit')}
            </ButtonLink>
            <Button leftSection={<IconSend size={16} />} onClick={() => setConfirm('publish')} data-testid="instrument-publish">
              {t('instruments.publish')}
            </Button>
            {i.answeredCount === 0 && (
              <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setConfirm('delete')}>
                {t('instruments.delete')}
              </Button>
            )}
          </>
        )}
        {i.status === 'published' && (
          <Button leftSection={<IconCopy size={16} />} variant="default" onClick={() => setConfirm('revise')} data-testid="instrument-revise">
            {t('instruments.revise')}
          </Button>
        )}
      </Group>
      {pick(i.description, language) && <Text lang={language}>{pick(i.description, language)}</Text>}
      <InstrumentPreview name={i.name} definition={i.definition} />
      <ConfirmDialog
        opened={confirm === 'publish'}
        onClose={() => setConfirm(null)}
        title={t('instruments.publishTitle')}
        message={t('instruments.publishConfirm')}
        confirmLabel={t('instruments.publish')}
        onConfirm={async () => {
          await publish.mutateAsync(i.rowVersion);
          notifications.show({ color: 'teal', message: t('instruments.published') });
        }}
      />
      <ConfirmDialog
        opened={confirm === 'revise'}
        onClose={() => setConfirm(null)}
        title={t('instruments.reviseTitle')}
        message={t('instruments.reviseConfirm')}
        confirmLabel={t('instruments.revise')}
        onConfirm={async () => {
          const next = await revise.mutateAsync(undefined);
          window.setTimeout(() => void navigate({ to: '/admin/instruments/$instrumentId/edit', params: { instrumentId: next.id } }), 0);
        }}
      />
      <ConfirmDialog
        opened={confirm === 'delete'}
        onClose={() => setConfirm(null)}
        title={t('instruments.deleteTitle')}
        message={t('instruments.deleteConfirm')}
        confirmLabel={t('instruments.delete')}
        danger
        onConfirm={async () => {
          await remove.mutateAsync();
          window.setTimeout(() => void navigate({ to: '/admin/instruments' }), 0);
        }}
      />
    </Stack>
  );
}
