import type { THousehold, THouseholdMember } from '@homeward/core';
import { ActionIcon, Alert, Badge, Button, Group, Menu, Modal, Paper, Select, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconCrown, IconDoorExit, IconDots, IconEdit, IconHeartHandshake, IconHistory, IconLock, IconRefresh, IconUserPlus, IconUsersGroup } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink, ButtonLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { RequireAbility } from '../../components/RequireAbility';
import { Section } from '../../components/Section';
import { ErrorState, LoadingState } from '../../components/States';
import { isApiError } from '../../lib/api';
import { formResolver } from '../../lib/forms';
import { isLanguage } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { useCan } from '../auth/session';
import { placePath } from '../places/names';
import { AddPersonModal } from '../people/AddPersonModal';
import { ArchiveDialog } from '../people/ArchiveDialog';
import { nameLine } from '../people/display';
import { useLookupList } from '../people/lookups';
import { PersonLine, Script } from '../people/PersonBits';
import { applyServerFieldErrors } from '../people/serverErrors';
import { householdQuery, useAddMember, useArchiveHousehold, useUpdateHousehold, useUpdateMember } from './api';
import { householdFieldNames, householdFormValues, householdTitle, splitMembers, toUpdateHousehold, ZHouseholdForm, type HouseholdFormOutput, type HouseholdFormValues } from './form';
import { HouseholdFields } from './HouseholdFields';
import { AssessmentsSection } from '../assessments/AssessmentsSection';

const route = getRouteApi('/app/households/$householdId');

export function HouseholdPage() {
  return (
    <RequireAbility action="person.read">
      <HouseholdScreen />
    </RequireAbility>
  );
}

/** A household's name for headings: its own, "Household of <head>", or "Unnamed household". */
export function useHouseholdName(): (h: THousehold) => string {
  const { t } = useTranslation();
  return (h) => {
    const title = householdTitle(h);
    if (!title) return t('households.unnamed');
    return 'name' in title ? title.name : t('households.of', { name: title.headName });
  };
}

function HouseholdScreen() {
  const { t } = useTranslation();
  const { householdId } = route.useParams();
  const can = useCan();
  const household = useQuery(householdQuery(householdId));
  const archive = useArchiveHousehold();
  const nameOf = useHouseholdName();
  const [editing, setEditing] = useState(false);
  const [archiving, setArchiving] = useState(false);
  const back = { to: '/households', label: t('households.title') };
  if (household.isPending) return <LoadingState />;
  if (household.isError) {
    return (
      <>
        <PageHeader title={t('households.title')} back={back} />
        <ErrorState error={household.error} onRetry={() => void household.refetch()} />
      </>
    );
  }
  const h = household.data;
  const canWrite = can('person.write') && !h.archived;
  const name = nameOf(h);
  return (
    <Stack gap="lg">
      <PageHeader
        back={back}
        title={<Script>{name}</Script>}
        description={t('households.pageIntro')}
        actions={
          <>
            {canWrite && (
              <Button leftSection={<IconEdit size={16} />} onClick={() => setEditing(true)} data-testid="household-edit">
                {t('households.edit')}
              </Button>
            )}
            {can('audit.read_record') && (
              <ButtonLink to="/admin/audit/records/$recordType/$recordId" params={{ recordType: 'household', recordId: h.id }} variant="default" leftSection={<IconHistory size={16} />}>
                {t('audit.whoOpened')}
              </ButtonLink>
            )}
            {canWrite && (
              <Button variant="subtle" color="red" leftSection={<IconArchive size={16} />} onClick={() => setArchiving(true)} data-testid="household-archive">
                {t('people.archive')}
              </Button>
            )}
          </>
        }
      />
      {h.archived && (
        <Alert color="gray" variant="light" icon={<IconArchive size={18} />}>
          {t('households.archivedNote')}
        </Alert>
      )}
      <Details household={h} />
      <Members household={h} canWrite={canWrite} onReload={() => void household.refetch()} />
      <AssessmentsSection subjects={[{ type: 'household', id: h.id }]} />
      {canWrite && <EditDetailsModal household={h} opened={editing} onClose={() => setEditing(false)} reload={async () => (await household.refetch()).data} />}
      <ArchiveDialog
        opened={archiving}
        onClose={() => setArchiving(false)}
        title={t('households.archiveTitle', { name })}
        message={t('households.archiveConfirm')}
        onConfirm={async (reason) => {
          await archive.mutateAsync({ id: h.id, ...(reason ? { reason } : {}) });
          notifications.show({ color: 'teal', message: t('households.archived') });
        }}
      />
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

const dash = (
  <Text span c="dimmed">
    —
  </Text>
);

function Details({ household: h }: { household: THousehold }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const caregiver = h.members.find((m) => m.personId === h.primaryCaregiverId && !m.leftAt)?.person;
  return (
    <Section title={t('households.details')}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md" verticalSpacing="sm" component="dl" m={0}>
        <Fact label={t('households.address')}>
          {h.address ? <Script>{placePath(h.address, h.address.path, language)}</Script> : dash}
          {h.addressDetail && (
            <Text size="sm" c="dimmed" component="span" display="block">
              <Script>{h.addressDetail}</Script>
            </Text>
          )}
        </Fact>
        <Fact label={t('households.livelihood')}>{h.livelihood ? <Script>{h.livelihood}</Script> : dash}</Fact>
        <Fact label={t('people.idPoor')}>{h.idPoorLevel ? t('people.idPoorBadge', { level: fmt.number(h.idPoorLevel) }) : t('people.idPoorNone')}</Fact>
        <Fact label={t('households.primaryCaregiver')}>{caregiver ? <Script>{nameLine(caregiver)}</Script> : dash}</Fact>
        <Fact label={t('households.createdAt')}>{fmt.date(h.createdAt)}</Fact>
      </SimpleGrid>
      {h.notes && (
        <dl style={{ margin: 0 }}>
          <Fact label={t('people.notes')}>
            <Text component="span" style={{ whiteSpace: 'pre-wrap' }}>
              <Script>{h.notes}</Script>
            </Text>
          </Fact>
        </dl>
      )}
    </Section>
  );
}

function Members({ household: h, canWrite, onReload }: { household: THousehold; canWrite: boolean; onReload: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const relationships = useLookupList('relationship');
  const addMember = useAddMember();
  const updateMember = useUpdateMember();
  const updateHousehold = useUpdateHousehold();
  const [adding, setAdding] = useState(false);
  const [addAsHead, setAddAsHead] = useState(false);
  const [leaving, setLeaving] = useState<THouseholdMember | null>(null);
  const [relating, setRelating] = useState<THouseholdMember | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { current, past } = splitMembers(h.members);
  const memberName = (m: THouseholdMember) => (m.person ? nameLine(m.person) : t('people.kin.outsideScope'));

  const run = async (work: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await work();
      notifications.show({ color: 'teal', message: done });
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Section
      title={t('households.members')}
      description={t('households.membersPageIntro')}
      actions={
        canWrite && (
          <Button variant="light" leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)} data-testid="member-add">
            {t('households.addMember')}
          </Button>
        )
      }
    >
      {error !== null && (
        <Stack gap="xs">
          <ErrorAlert error={error} />
          {isApiError(error) && error.code === 'record.conflict' && (
            <Group>
              <Button size="xs" variant="default" leftSection={<IconRefresh size={14} />} onClick={() => { setError(null); onReload(); }}>
                {t('people.conflictReload')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
      {current.length === 0 ? (
        <Group gap="xs" c="dimmed">
          <IconUsersGroup size={18} aria-hidden />
          <Text size="sm">{t('households.noMembers')}</Text>
        </Group>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {current.map((m) => (
            <Paper key={m.id} withBorder p="sm" radius="md" data-testid="member-row">
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                <Stack gap={6} style={{ minWidth: 0 }}>
                  {m.person ? (
                    <PersonLine person={m.person} link />
                  ) : (
                    <Group gap={6} c="dimmed">
                      <IconLock size={16} aria-hidden />
                      <Text size="sm">{t('people.kin.outsideScope')}</Text>
                    </Group>
                  )}
                  <Group gap={6}>
                    {m.isHead && (
                      <Badge variant="filled" color="teal" leftSection={<IconCrown size={12} />}>
                        {t('households.head')}
                      </Badge>
                    )}
                    {h.primaryCaregiverId === m.personId && (
                      <Badge variant="light" color="pink" leftSection={<IconHeartHandshake size={12} />}>
                        {t('households.primaryCaregiver')}
                      </Badge>
                    )}
                    {!m.isHead && m.relationship && (
                      <Badge variant="light" color="gray" tt="none" fw={500}>
                        {t('households.relationshipToHead', { relationship: relationships.label(m.relationship) })}
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t('households.since', { date: fmt.date(m.joinedAt) })}
                  </Text>
                </Stack>
                {canWrite && (
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" aria-label={t('households.actionsFor', { name: memberName(m) })} data-testid="member-actions">
                        <IconDots size={18} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      {!m.isHead && (
                        <Menu.Item
                          leftSection={<IconCrown size={16} />}
                          onClick={() => void run(() => updateMember.mutateAsync({ householdId: h.id, memberId: m.id, isHead: true, relationship: null }), t('households.headChanged', { name: memberName(m) }))}
                        >
                          {t('households.makeHead')}
                        </Menu.Item>
                      )}
                      {h.primaryCaregiverId !== m.personId && (
                        <Menu.Item
                          leftSection={<IconHeartHandshake size={16} />}
                          onClick={() => void run(() => updateHousehold.mutateAsync({ id: h.id, version: h.version, primaryCaregiverId: m.personId }), t('households.caregiverChanged', { name: memberName(m) }))}
                        >
                          {t('households.makeCaregiver')}
                        </Menu.Item>
                      )}
                      {!m.isHead && (
                        <Menu.Item leftSection={<IconUsersGroup size={16} />} onClick={() => setRelating(m)}>
                          {t('households.changeRelationship')}
                        </Menu.Item>
                      )}
                      <Menu.Item color="red" leftSection={<IconDoorExit size={16} />} onClick={() => setLeaving(m)}>
                        {t('households.leave')}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                )}
              </Group>
            </Paper>
          ))}
        </SimpleGrid>
      )}
      {past.length > 0 && (
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t('households.pastMembers')}
          </Text>
          {past.map((m) => (
            <Group key={m.id} gap="xs" wrap="wrap">
              {m.person ? (
                <AnchorLink to="/people/$personId" params={{ personId: m.personId }} size="sm">
                  <Script>{nameLine(m.person)}</Script>
                </AnchorLink>
              ) : (
                <Text size="sm">{t('people.kin.outsideScope')}</Text>
              )}
              <Text size="xs" c="dimmed">
                {t('households.leftOn', { date: fmt.date(m.leftAt ?? '') })}
              </Text>
            </Group>
          ))}
        </Stack>
      )}

      {canWrite && (
        <AddPersonModal
          opened={adding}
          onClose={() => {
            setAdding(false);
            setAddAsHead(false);
          }}
          title={t('households.addMemberTitle')}
          relationshipLabel={t('households.relationshipToHeadLabel')}
          relationshipHint={t('households.relationshipToHeadHint')}
          relationshipRequired={false}
          hideRelationship={addAsHead}
          extra={<Switch label={t('households.isHead')} checked={addAsHead} onChange={(e) => setAddAsHead(e.currentTarget.checked)} data-testid="member-is-head" />}
          exclude={current.map((m) => m.personId)}
          submitLabel={t('households.addMember')}
          testIdPrefix="member"
          onAdd={async (person, relationship) => {
            await addMember.mutateAsync({ householdId: h.id, personId: person.id, isHead: addAsHead, relationship: addAsHead ? null : relationship });
            notifications.show({ color: 'teal', message: t('households.memberAdded', { name: nameLine(person) }) });
          }}
        />
      )}
      <RelationshipModal
        member={relating}
        onClose={() => setRelating(null)}
        onSave={(relationship) => updateMember.mutateAsync({ householdId: h.id, memberId: relating?.id ?? '', relationship })}
      />
      <ConfirmDialog
        opened={leaving !== null}
        onClose={() => setLeaving(null)}
        title={t('households.leaveTitle', { name: leaving ? memberName(leaving) : '' })}
        message={t('households.leaveConfirm')}
        confirmLabel={t('households.leave')}
        danger
        onConfirm={async () => {
          if (leaving) await updateMember.mutateAsync({ householdId: h.id, memberId: leaving.id, left: true });
        }}
      />
    </Section>
  );
}

function RelationshipModal({ member, onClose, onSave }: { member: THouseholdMember | null; onClose: () => void; onSave: (relationship: string | null) => Promise<unknown> }) {
  const { t } = useTranslation();
  const relationships = useLookupList('relationship');
  const [value, setValue] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [shownFor, setShownFor] = useState<string | null>(null);
  if (member && shownFor !== member.id) {
    setShownFor(member.id);
    setValue(member.relationship);
    setError(null);
  }
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await onSave(value);
      setBusy(false);
      onClose();
    } catch (e) {
      setBusy(false);
      setError(e);
    }
  };
  return (
    <Modal opened={member !== null} onClose={() => { setShownFor(null); onClose(); }} title={t('households.changeRelationship')} centered>
      <Stack>
        <Select
          label={t('households.relationshipLabel', { name: member?.person ? nameLine(member.person) : '' })}
          data={relationships.options(member?.relationship ? [member.relationship] : [])}
          value={value}
          onChange={setValue}
          clearable
          comboboxProps={{ withinPortal: true }}
          data-autofocus
        />
        <ErrorAlert error={error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => { setShownFor(null); onClose(); }} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void save()}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function EditDetailsModal({ household, opened, onClose, reload }: { household: THousehold; opened: boolean; onClose: () => void; reload: () => Promise<THousehold | undefined> }) {
  const { t } = useTranslation();
  const update = useUpdateHousehold();
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [version, setVersion] = useState(household.version);
  const form = useForm<HouseholdFormValues, unknown, HouseholdFormOutput>({ resolver: formResolver(ZHouseholdForm), defaultValues: householdFormValues(household) });
  const mobile = useMediaQuery('(max-width: 36em)') ?? false;
  // Each opening starts from the household as it is now.
  useEffect(() => {
    if (!opened) return;
    form.reset(householdFormValues(household));
    setVersion(household.version);
    setError(null);
    setConflict(false);
  }, [opened]); // only when opened: a refresh while typing must not replace the typing

  const submit = form.handleSubmit(async (v) => {
    setError(null);
    setConflict(false);
    try {
      await update.mutateAsync({ id: household.id, ...toUpdateHousehold(v, version) });
      notifications.show({ color: 'teal', message: t('common.saved') });
      onClose();
    } catch (e) {
      if (isApiError(e) && e.code === 'record.conflict') setConflict(true);
      else if (!applyServerFieldErrors(e, form.setError, householdFieldNames)) setError(e);
    }
  });
  const reloadLatest = async () => {
    const latest = await reload();
    if (latest) {
      form.reset(householdFormValues(latest));
      setVersion(latest.version);
      setConflict(false);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('households.edit')} size="lg" centered fullScreen={mobile}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <HouseholdFields form={form} />
          {conflict && (
            <Alert color="orange" variant="light" title={t('people.conflictTitle')} role="alert">
              <Stack gap="sm">
                <Text size="sm">{t('people.conflict')}</Text>
                <Group>
                  <Button size="xs" variant="white" color="orange" leftSection={<IconRefresh size={14} />} onClick={() => void reloadLatest()}>
                    {t('people.conflictReload')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          <ErrorAlert error={error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting} data-testid="household-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
