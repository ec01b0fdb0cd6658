import type { TClub, TClubMember, TProgrammePerson } from '@homeward/core';
import { Badge, Button, Group, Modal, Paper, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ProgrammePersonSelect } from '../../components/ProgrammePersonSelect';
import { Section } from '../../components/Section';
import { EmptyMessage } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { AddPersonModal } from '../people/AddPersonModal';
import { PersonName } from '../people/PersonBits';
import { fieldErrorsOf, todayLocal } from '../programmes/api';
import { useAddClubMember, useEndClubMember } from './api';

/** The club's members now (and, on request, those who left), with join and leave. */
export function MembersSection({ club, canWrite }: { club: TClub; canWrite: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const add = useAddClubMember();
  const [adding, setAdding] = useState(false);
  const [leaving, setLeaving] = useState<TClubMember | null>(null);
  const [showPast, setShowPast] = useState(false);
  const current = club.members.filter((m) => !m.leftOn);
  const shown = showPast ? club.members : current;
  return (
    <Section
      title={t('clubs.members')}
      actions={canWrite && (
        <Button size="sm" variant="light" leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)} data-testid="club-add-member">
          {t('clubs.registerMember')}
        </Button>
      )}
    >
      <Stack gap="xs">
        {canWrite && <FindMember club={club} exclude={current.map((m) => m.person.id)} />}
        {club.members.length > current.length && (
          <Switch label={t('clubs.showPast')} checked={showPast} onChange={(e) => setShowPast(e.currentTarget.checked)} />
        )}
        {shown.length === 0 ? (
          <EmptyMessage title={t('clubs.noMembers')} description={canWrite ? t('clubs.noMembersHint') : undefined} />
        ) : shown.map((m) => (
          <Paper key={m.id} withBorder p="xs" radius="md" data-testid="club-member">
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <div style={{ minWidth: 0 }}>
                <PersonName person={m.person} link />
                <Text size="xs" c="dimmed">
                  {m.leftOn ? t('clubs.memberLeft', { from: fmt.date(m.joinedOn), to: fmt.date(m.leftOn) }) : t('clubs.memberSince', { date: fmt.date(m.joinedOn) })}
                </Text>
              </div>
              {m.leftOn ? <Badge variant="light" color="gray" tt="none">{t('clubs.left')}</Badge> : canWrite && (
                <Button size="compact-sm" variant="subtle" color="red" onClick={() => setLeaving(m)}>{t('clubs.leave')}</Button>
              )}
            </Group>
          </Paper>
        ))}
      </Stack>
      <AddPersonModal
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('clubs.addMember')}
        intro={t('clubs.addMemberIntro')}
        relationshipLabel=""
        relationshipRequired={false}
        hideRelationship
        exclude={current.map((m) => m.person.id)}
        submitLabel={t('clubs.addMember')}
        testIdPrefix="member"
        onAdd={(person) => add.mutateAsync({ id: club.id, personId: person.id, joinedOn: todayLocal() })}
      />
      <LeaveModal club={club} member={leaving} onClose={() => setLeaving(null)} />
    </Section>
  );
}

/** Any young person of the organisation, found by typing part of a name (Khmer or Latin), joins today. */
function FindMember({ club, exclude }: { club: TClub; exclude: string[] }) {
  const { t } = useTranslation();
  const add = useAddClubMember();
  const [person, setPerson] = useState<TProgrammePerson | null>(null);
  const errors = fieldErrorsOf(t, add.error);
  return (
    <Stack gap={4}>
      <Group align="flex-end" gap="xs" wrap="wrap">
        <div style={{ flex: '1 1 14rem', minWidth: 0 }}>
          <ProgrammePersonSelect label={t('clubs.findMember')} typeHint={t('clubs.findMemberHint')} value={person} onChange={(p) => { add.reset(); setPerson(p); }}
            exclude={exclude} error={errors.personId} testId="club-member-find" />
        </div>
        <Button disabled={!person} loading={add.isPending} data-testid="club-member-find-add"
          onClick={() => person && void add.mutateAsync({ id: club.id, personId: person.id, joinedOn: todayLocal() }).then(() => setPerson(null), () => undefined)}>
          {t('clubs.addToClub')}
        </Button>
      </Group>
      <ErrorAlert error={errors.personId ? null : add.error} />
    </Stack>
  );
}

/** Asks for the day and reason before ending a membership (it stays in the history). */
function LeaveModal({ club, member, onClose }: { club: TClub; member: TClubMember | null; onClose: () => void }) {
  const { t } = useTranslation();
  const end = useEndClubMember();
  const [leftOn, setLeftOn] = useState(todayLocal());
  const [reason, setReason] = useState('');
  const errors = fieldErrorsOf(t, end.error);
  const close = () => {
    end.reset();
    setReason('');
    onClose();
  };
  return (
    <Modal opened={member !== null} onClose={close} title={t('clubs.leaveTitle')} centered>
      {member && (
        <Stack gap="sm">
          <PersonName person={member.person} />
          <Text size="sm">{t('clubs.leaveConfirm')}</Text>
          <TextInput type="date" label={t('clubs.leftOn')} value={leftOn} onChange={(e) => setLeftOn(e.currentTarget.value)} error={errors.leftOn} required />
          <TextInput label={t('clubs.leaveReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <ErrorAlert error={errors.leftOn ? null : end.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button color="red" loading={end.isPending}
              onClick={() => void end.mutateAsync({ id: club.id, memberId: member.id, leftOn, reason: reason.trim() || null }).then(close, () => undefined)}>
              {t('clubs.leave')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
