import { scholarshipMoves, scholarshipOutcomeStatuses, scholarshipOutcomes, scholarshipProgress, type TScholarship, type TScholarshipOutcome, type TScholarshipStatus } from '@homeward/core';
import { Anchor, Badge, Button, Card, FileButton, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Timeline } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCertificate, IconUpload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { RequireAbility } from '../../components/RequireAbility';
import { Section } from '../../components/Section';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { attachmentUrl } from '../attachments/upload';
import { useCan } from '../auth/session';
import { localToday } from '../people/display';
import { PersonName } from '../people/PersonBits';
import { scholarshipQuery, useAddCheckIn, useAddDisbursement, useMoveScholarship, useRecordOutcome, useUploadCertificate } from './api';
import { RefusalAlert, ScholarshipStatusBadge } from './bits';
import { EditScholarshipModal } from './EditScholarshipModal';

const route = getRouteApi('/app/scholarships/$scholarshipId');

export function ScholarshipPage() {
  return (
    <RequireAbility action="programme.read">
      <Scholarship />
    </RequireAbility>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">{label}</Text>
      <Text>{children || '—'}</Text>
    </Stack>
  );
}

function Scholarship() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const { scholarshipId } = route.useParams();
  const query = useQuery(scholarshipQuery(scholarshipId));
  const [moveTo, setMoveTo] = useState<TScholarshipStatus | null>(null);
  const [editing, setEditing] = useState(false);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const s = query.data;
  const write = can('programme.write');
  const money = (n: number | null) => (n === null ? '' : `${fmt.number(n)} ${s.currency}`);
  const next = scholarshipMoves[s.status];
  return (
    <Stack gap="md">
      <PageHeader title={s.course} description={s.provider} back={{ to: '/scholarships', label: t('scholarships.nav') }} actions={<ScholarshipStatusBadge status={s.status} />} />
      <Card withBorder>
        <Stack gap="sm">
          <PersonName person={s.person} link />
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
            <Fact label={t('scholarships.appliedOn')}>{fmt.date(s.appliedOn)}</Fact>
            <Fact label={t('scholarships.trade')}>{s.trade}</Fact>
            <Fact label={t('scholarships.startsOn')}>{s.startsOn ? fmt.date(s.startsOn) : ''}</Fact>
            <Fact label={t('scholarships.endsOn')}>{s.endsOn ? fmt.date(s.endsOn) : ''}</Fact>
            <Fact label={t('scholarships.cost')}>{money(s.cost)}</Fact>
            <Fact label={t('scholarships.disbursed')}>{money(s.disbursed)}</Fact>
          </SimpleGrid>
          {s.declineReason && <Fact label={t('scholarships.detail.declineReason')}>{s.declineReason}</Fact>}
          {write && <Group><Button size="xs" variant="default" onClick={() => setEditing(true)} data-testid="scholarship-edit">{t('scholarships.detail.edit')}</Button></Group>}
        </Stack>
      </Card>

      <Section title={t('scholarships.detail.path')}>
        {next.length === 0 ? <Text c="dimmed">{t('scholarships.detail.finalStatus')}</Text> : write && (
          <Group gap="xs">
            {next.map((to) => (
              <Button key={to} variant={to === 'declined' || to === 'dropped_out' ? 'default' : 'filled'} color={to === 'declined' || to === 'dropped_out' ? 'red' : undefined} onClick={() => setMoveTo(to)} data-testid={`scholarship-move-${to}`}>
                {t(`scholarships.moveTo.${to as Exclude<TScholarshipStatus, 'applied'>}`)}
              </Button>
            ))}
          </Group>
        )}
      </Section>

      <OutcomeSection s={s} write={write} />
      <MoneySection s={s} write={write} money={money} />
      <CheckInSection s={s} write={write} />
      <CertificateSection s={s} write={write} />

      <Section title={t('scholarships.detail.history')}>
        <Timeline bulletSize={14} lineWidth={2} active={s.history.length}>
          {s.history.map((h) => (
            <Timeline.Item key={h.id} title={t(`scholarships.status.${h.toStatus}`)}>
              <Text size="sm" c="dimmed">{fmt.date(h.changedOn)}</Text>
              {h.note && <Text size="sm">{h.note}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      </Section>
      <MoveModal s={s} to={moveTo} onClose={() => setMoveTo(null)} />
      {editing && <EditScholarshipModal s={s} opened onClose={() => setEditing(false)} />}
    </Stack>
  );
}

/** Each move asks first: it cannot be undone, and a decline needs its reason. */
function MoveModal({ s, to, onClose }: { s: TScholarship; to: TScholarshipStatus | null; onClose: () => void }) {
  const { t } = useTranslation();
  const move = useMoveScholarship(s.id);
  const [on, setOn] = useState(localToday());
  const [note, setNote] = useState('');
  const declining = to === 'declined';
  const close = () => {
    move.reset();
    setNote('');
    onClose();
  };
  const confirm = () => {
    if (!to) return;
    move.mutate({ version: s.version, status: to, changedOn: on, note: declining ? null : note.trim() || null, declineReason: declining ? note.trim() || null : null }, {
      onSuccess: () => {
        notifications.show({ message: t('scholarships.detail.saved'), color: 'green' });
        close();
      },
    });
  };
  return (
    <Modal opened={to !== null} onClose={close} title={to ? t('scholarships.detail.confirmMove', { status: t(`scholarships.status.${to}`) }) : ''}>
      <Stack gap="sm">
        <TextInput type="date" label={t('scholarships.detail.changedOn')} value={on} max={localToday()} onChange={(e) => setOn(e.currentTarget.value)} />
        <Textarea label={declining ? t('scholarships.detail.declineReason') : t('scholarships.detail.note')} required={declining} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} data-testid="scholarship-move-note" />
        <RefusalAlert error={move.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
          <Button onClick={confirm} disabled={declining && !note.trim()} loading={move.isPending} data-testid="scholarship-move-confirm">{t('scholarships.detail.confirm')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function OutcomeSection({ s, write }: { s: TScholarship; write: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const record = useRecordOutcome(s.id);
  const [outcome, setOutcome] = useState<TScholarshipOutcome | null>(s.outcome);
  const [on, setOn] = useState(s.outcomeOn ?? localToday());
  const [note, setNote] = useState(s.outcomeNote ?? '');
  const ready = scholarshipOutcomeStatuses.includes(s.status);
  return (
    <Section title={t('scholarships.detail.outcomeTitle')}>
      <Stack gap="sm">
        {s.outcome && (
          <Group gap="xs">
            <Badge color="teal" size="lg" variant="light">{t(`scholarships.outcome.${s.outcome}`)}</Badge>
            {s.outcomeOn && <Text size="sm" c="dimmed">{t('scholarships.detail.outcomeOn')} {fmt.date(s.outcomeOn)}</Text>}
            {s.outcomeNote && <Text size="sm">{s.outcomeNote}</Text>}
          </Group>
        )}
        {!ready ? <Text size="sm" c="dimmed">{t('scholarships.detail.outcomeLater')}</Text> : write && (
          <Stack gap="xs">
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
              <Select label={t('scholarships.detail.outcomeTitle')} data={scholarshipOutcomes.map((o) => ({ value: o, label: t(`scholarships.outcome.${o}`) }))} value={outcome} onChange={(v) => setOutcome(v as TScholarshipOutcome | null)} data-testid="scholarship-outcome" />
              <TextInput type="date" label={t('scholarships.detail.outcomeOn')} value={on} max={localToday()} onChange={(e) => setOn(e.currentTarget.value)} />
            </SimpleGrid>
            <TextInput label={t('scholarships.detail.outcomeNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
            <RefusalAlert error={record.error} />
            <Group>
              <Button disabled={!outcome} loading={record.isPending} onClick={() => outcome && record.mutate({ version: s.version, outcome, outcomeOn: on, note: note.trim() || null })} data-testid="scholarship-outcome-save">
                {t('scholarships.detail.recordOutcome')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Section>
  );
}

function MoneySection({ s, write, money }: { s: TScholarship; write: boolean; money: (n: number | null) => string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const add = useAddDisbursement(s.id);
  const [paidOn, setPaidOn] = useState(localToday());
  const [amount, setAmount] = useState<number | string>('');
  const [purpose, setPurpose] = useState('');
  const funded = s.status !== 'applied' && s.status !== 'under_review' && s.status !== 'declined';
  return (
    <Section title={t('scholarships.detail.money')}>
      <Stack gap="xs">
        {s.disbursements.length === 0 ? <Text size="sm" c="dimmed">{t('scholarships.detail.noPayments')}</Text> : s.disbursements.map((d) => (
          <Group key={d.id} justify="space-between" wrap="nowrap">
            <Text size="sm">{fmt.date(d.paidOn)}{d.purpose ? ` · ${d.purpose}` : ''}</Text>
            <Text fw={600}>{money(d.amount)}</Text>
          </Group>
        ))}
        {write && funded && (
          <Group align="flex-end" gap="xs">
            <TextInput type="date" label={t('scholarships.detail.paidOn')} value={paidOn} max={localToday()} onChange={(e) => setPaidOn(e.currentTarget.value)} w={160} />
            <NumberInput label={t('scholarships.detail.amount')} min={1} allowDecimal={false} value={amount} onChange={setAmount} w={120} />
            <TextInput label={t('scholarships.detail.purpose')} value={purpose} onChange={(e) => setPurpose(e.currentTarget.value)} style={{ flex: 1, minWidth: 140 }} />
            <Button variant="light" disabled={amount === '' || Number(amount) < 1} loading={add.isPending}
              onClick={() => add.mutate({ paidOn, amount: Number(amount), purpose: purpose.trim() || null }, { onSuccess: () => { setAmount(''); setPurpose(''); } })}>
              {t('scholarships.detail.addPayment')}
            </Button>
          </Group>
        )}
        <RefusalAlert error={add.error} />
      </Stack>
    </Section>
  );
}

function CheckInSection({ s, write }: { s: TScholarship; write: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const add = useAddCheckIn(s.id);
  const [checkedOn, setCheckedOn] = useState(localToday());
  const [progress, setProgress] = useState<(typeof scholarshipProgress)[number]>('on_track');
  const [note, setNote] = useState('');
  const open = s.status === 'awarded' || s.status === 'in_training';
  return (
    <Section title={t('scholarships.detail.checkIns')}>
      <Stack gap="xs">
        {s.checkIns.length === 0 ? <Text size="sm" c="dimmed">{t('scholarships.detail.noCheckIns')}</Text> : s.checkIns.map((c) => (
          <Stack key={c.id} gap={0}>
            <Group gap="xs"><Text size="sm">{fmt.date(c.checkedOn)}</Text><Badge variant="light" color={c.progress === 'on_track' ? 'green' : c.progress === 'struggling' ? 'yellow' : 'red'}>{t(`scholarships.progress.${c.progress}`)}</Badge></Group>
            {c.note && <Text size="sm">{c.note}</Text>}
          </Stack>
        ))}
        {write && open && (
          <Stack gap="xs">
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
              <TextInput type="date" label={t('scholarships.detail.checkedOn')} value={checkedOn} max={localToday()} onChange={(e) => setCheckedOn(e.currentTarget.value)} />
              <Select label={t('scholarships.detail.progressLabel')} allowDeselect={false} data={scholarshipProgress.map((p) => ({ value: p, label: t(`scholarships.progress.${p}`) }))} value={progress} onChange={(v) => v && setProgress(v as typeof progress)} />
            </SimpleGrid>
            <Textarea label={t('scholarships.detail.note')} autosize minRows={1} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
            <Group><Button variant="light" loading={add.isPending} onClick={() => add.mutate({ checkedOn, progress, note: note.trim() || null }, { onSuccess: () => setNote('') })}>{t('scholarships.detail.addCheckIn')}</Button></Group>
          </Stack>
        )}
        <RefusalAlert error={add.error} />
      </Stack>
    </Section>
  );
}

function CertificateSection({ s, write }: { s: TScholarship; write: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const upload = useUploadCertificate(s.id);
  const open = s.status === 'in_training' || s.status === 'completed';
  return (
    <Section title={t('scholarships.detail.certificates')}>
      <Stack gap="xs">
        {s.certificates.length === 0 ? <Text size="sm" c="dimmed">{t('scholarships.detail.noCertificates')}</Text> : s.certificates.map((c) => (
          <Group key={c.attachmentId} gap="xs">
            <IconCertificate size={18} />
            <Anchor href={attachmentUrl(c.attachmentId)} target="_blank" rel="noopener">{c.filename}</Anchor>
            <Text size="sm" c="dimmed">{fmt.date(c.uploadedAt)}</Text>
          </Group>
        ))}
        {write && open && (
          <FileButton accept="application/pdf,image/jpeg,image/png,image/webp" onChange={(file) => file && upload.mutate(file)}>
            {(props) => <Button {...props} variant="light" leftSection={<IconUpload size={18} />} loading={upload.isPending} w="fit-content">{t('scholarships.detail.upload')}</Button>}
          </FileButton>
        )}
        <RefusalAlert error={upload.error} />
      </Stack>
    </Section>
  );
}
