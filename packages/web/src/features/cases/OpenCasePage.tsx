import { can as roleCan, ZConsent, ZPage, ZPersonSummary, ZRecordConsentRequest, type TPerson } from '@homeward/core';
import { ActionIcon, Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconPlus, IconSearch, IconTrash, IconUser } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { AnchorLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { RequireAbility } from '../../components/RequireAbility';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/States';
import { api } from '../../lib/api';
import { applyServerErrors } from '../../lib/forms';
import { translateAny } from '../../lib/i18n';
import { isApiError } from '../../lib/api';
import { useFormat } from '../../lib/useFormat';
import { usersQuery } from '../admin/users/api';
import { personQuery } from '../people/api';
import { useCan, useMe } from '../auth/session';
import { casesQuery, useOpenCase } from './api';
import { ageText, sexLabel } from './CasePage';
import { ConsentFields } from './ConsentsTab';
import { caseFormResolver } from './forms';
import { IntakeFields, intakeFieldNames, ZIntakeForm } from './IntakeFields';
import { cambodiaToday, childName } from './logic';
import { ChildName, FormErrorAlert, StageBadge } from './ui';

const route = getRouteApi('/app/cases/new');

export function OpenCasePage() {
  return (
    <RequireAbility action="case.write">
      <OpenCase />
    </RequireAbility>
  );
}

function OpenCase() {
  const { t } = useTranslation();
  const { personId } = route.useSearch();
  const navigate = route.useNavigate();
  const person = useQuery({ ...personQuery(personId ?? ''), enabled: Boolean(personId) });
  const back = { to: '/cases', label: t('cases.title') };
  if (!personId)
    return (
      <Stack gap="md">
        <PageHeader back={back} title={t('cases.openCase')} description={t('cases.chooseChildIntro')} />
        <ChildPicker onPick={(id) => void navigate({ search: { personId: id } })} />
      </Stack>
    );
  if (person.isPending) return <LoadingState />;
  if (person.isError)
    return (
      <Stack>
        <PageHeader back={back} title={t('cases.openCase')} />
        <ErrorState error={person.error} onRetry={() => void person.refetch()} />
      </Stack>
    );
  return <OpenCaseForm child={person.data} onChangeChild={() => void navigate({ search: {} })} />;
}

const ZPeoplePage = ZPage(ZPersonSummary);

/** Find the child by name, in either script. */
function ChildPicker({ onPick }: { onPick: (id: string) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const found = useQuery({ queryKey: ['people', 'search', 'child', debounced], queryFn: () => api.get('/people', ZPeoplePage, { q: debounced, kind: 'child', page: 1, pageSize: 20 }), enabled: debounced.length > 0 });
  return (
    <Stack gap="sm" maw={640}>
      <TextInput label={t('cases.findChild')} placeholder={t('cases.findChildPlaceholder')} leftSection={<IconSearch size={16} />} value={q} onChange={(e) => setQ(e.currentTarget.value)} type="search" data-testid="case-child-search" data-autofocus />
      {found.isFetching && !found.data ? (
        <LoadingState />
      ) : found.isError ? (
        <ErrorState error={found.error} />
      ) : found.data && found.data.items.length === 0 ? (
        <EmptyMessage icon={<IconUser size={28} />} title={t('common.nothingFound')} description={t('cases.findChildNone')} />
      ) : (
        <Stack gap={6}>
          {(found.data?.items ?? []).map((p) => (
            <UnstyledButton key={p.id} onClick={() => onPick(p.id)} className="pick-row" data-testid="case-child-option">
              <Group justify="space-between" wrap="nowrap">
                <ChildName child={p} />
                <Text size="sm" c="dimmed">
                  {p.birthDate ? ageText(p.birthDate, p.birthDateEstimated, t, fmt.number) : ''}
                </Text>
              </Group>
            </UnstyledButton>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

const ZConsentInput = ZRecordConsentRequest.pick({ subject: true, givenBy: true, givenOn: true });
const ZOpenForm = ZIntakeForm.extend({ consents: z.array(ZConsentInput).max(10) });
type OpenValues = z.input<typeof ZOpenForm>;

function OpenCaseForm({ child, onChangeChild }: { child: TPerson; onChangeChild: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const me = useMe();
  const navigate = useNavigate();
  const open = useOpenCase();
  const qc = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [caseworkerId, setCaseworkerId] = useState<string | null>(null);
  const [teamId, setTeamId] = useState<string | null>(null);
  const [ownerErrors, setOwnerErrors] = useState<Record<string, string>>({});
  const assign = can('case.assign') && can('user.read');
  const staff = useQuery({ ...usersQuery({ page: 1, pageSize: 100 }), enabled: assign }).data?.items.filter((u) => u.active && roleCan(u.role, 'case.write')) ?? [];
  const caseworker = staff.find((u) => u.id === (caseworkerId ?? me?.user.id));
  const teams = caseworker?.teams ?? me?.user.teams ?? [];
  const name = childName(child);

  // A child has at most one open case in an organisation: say so before the form is filled in.
  const existing = useQuery(casesQuery({ q: name.primary, stage: 'open', page: 1, pageSize: 50 })).data?.items.find((c) => c.child.id === child.id);

  const form = useForm<OpenValues, unknown, z.output<typeof ZOpenForm>>({
    resolver: caseFormResolver(ZOpenForm),
    defaultValues: {
      riskLevel: undefined as unknown as OpenValues['riskLevel'],
      referralDate: cambodiaToday(),
      referralSource: '',
      referralReason: '',
      referrerName: '',
      childCategories: child.childCategories,
      urgency: null,
      childViews: '',
      familyViews: '',
      consents: [],
    },
  });
  const consents = useFieldArray({ control: form.control, name: 'consents' });
  useEffect(() => setTeamId(null), [caseworkerId]);

  const submit = form.handleSubmit(async ({ consents: given, ...intake }) => {
    setError(null);
    setOwnerErrors({});
    try {
      const kase = await open.mutateAsync({
        childId: child.id,
        ...intake,
        ...(caseworkerId && caseworkerId !== me?.user.id ? { caseworkerId } : {}),
        ...(teamId ? { teamId } : {}),
      });
      const failed = await recordConsents(kase.id, given);
      if (given.length) await qc.invalidateQueries({ queryKey: ['cases', kase.id] });
      notifications.show({ color: 'teal', title: t('cases.opened_done', { number: kase.number }), message: failed ? t('cases.consentsFailed') : t('cases.openedHint') });
      await navigate({ to: '/cases/$caseId', params: { caseId: kase.id } });
    } catch (e) {
      const owner = isApiError(e) ? e.fields.filter((f) => f.field === 'caseworkerId' || f.field === 'teamId') : [];
      if (owner.length) setOwnerErrors(Object.fromEntries(owner.map((f) => [f.field, translateAny(t, f.key)])));
      if (!applyServerErrors(e, form.setError, intakeFieldNames) && !owner.length) setError(e);
    }
  });

  return (
    <Stack gap="md" maw={900}>
      <PageHeader back={{ to: '/cases', label: t('cases.title') }} title={t('cases.openCase')} description={t('cases.openIntro')} />
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Stack gap={0}>
            <Text size="sm" c="dimmed">
              {t('cases.child')}
            </Text>
            <ChildName child={child} size="lg" />
            <Text size="sm" c="dimmed">
              {[sexLabel(child.sex, t), child.birthDate ? ageText(child.birthDate, child.birthDateEstimated, t, fmt.number) : null].filter(Boolean).join(' · ')}
            </Text>
          </Stack>
          <Button variant="subtle" size="compact-sm" onClick={onChangeChild}>
            {t('cases.changeChild')}
          </Button>
        </Group>
      </Paper>
      {child.kind !== 'child' && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
          {t('cases.notAChild')}
        </Alert>
      )}
      {existing && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={t('errors.case.already_open')} data-testid="case-already-open">
          <Group gap="xs">
            <AnchorLink to="/cases/$caseId" params={{ caseId: existing.id }} fw={600}>
              {existing.number}
            </AnchorLink>
            <StageBadge stage={existing.stage} />
          </Group>
        </Alert>
      )}
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Stack gap="md">
          <FormErrorAlert error={error} />
          {assign && (
            <Paper withBorder radius="md" p="md">
              <Stack gap="sm">
                <Title order={2} fz="h4">
                  {t('cases.assignment')}
                </Title>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <Select
                    data-testid="case-caseworker"
                    label={t('cases.caseworker')}
                    description={t('cases.caseworkerHint')}
                    data={staff.map((u) => ({ value: u.id, label: u.id === me?.user.id ? t('cases.me', { name: u.name }) : u.name }))}
                    value={caseworkerId ?? me?.user.id ?? null}
                    onChange={setCaseworkerId}
                    searchable
                    allowDeselect={false}
                    error={ownerErrors.caseworkerId}
                    comboboxProps={{ withinPortal: true }}
                  />
                  <Select
                    data-testid="case-team"
                    label={t('cases.team')}
                    description={t('cases.teamHint')}
                    data={teams.map((team) => ({ value: team.id, label: team.name }))}
                    value={teamId}
                    onChange={setTeamId}
                    clearable
                    placeholder={t('cases.teamDefault')}
                    error={ownerErrors.teamId}
                    comboboxProps={{ withinPortal: true }}
                  />
                </SimpleGrid>
              </Stack>
            </Paper>
          )}
          <Paper withBorder radius="md" p="md">
            <Stack gap="sm">
              <Title order={2} fz="h4">
                {t('cases.intake')}
              </Title>
              {/* The open form is the intake form plus consents: the intake fields are a part of it. */}
              <IntakeFields form={form as never} />
            </Stack>
          </Paper>
          <Paper withBorder radius="md" p="md">
            <Stack gap="sm">
              <Title order={2} fz="h4">
                {t('consents.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('consents.openIntro')}
              </Text>
              {consents.fields.map((c, i) => (
                <Paper key={c.id} withBorder radius="sm" p="sm" bg="var(--mantine-color-gray-0)">
                  <Group align="flex-start" wrap="nowrap" gap="xs">
                    <div style={{ flex: 1 }}>
                      <ConsentFields
                        fields={{ subject: form.register(`consents.${i}.subject`), givenBy: form.register(`consents.${i}.givenBy`), givenOn: form.register(`consents.${i}.givenOn`) }}
                        errors={form.formState.errors.consents?.[i]}
                      />
                    </div>
                    <ActionIcon variant="subtle" color="red" onClick={() => consents.remove(i)} aria-label={t('consents.remove')} mt={28}>
                      <IconTrash size={18} />
                    </ActionIcon>
                  </Group>
                </Paper>
              ))}
              <Button variant="light" leftSection={<IconPlus size={16} />} w="fit-content" onClick={() => consents.append({ subject: '', givenBy: '', givenOn: cambodiaToday() })} data-testid="case-consent-add">
                {t('consents.add')}
              </Button>
            </Stack>
          </Paper>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => void navigate({ to: '/cases' })}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting} data-testid="case-open-submit" disabled={Boolean(existing) || child.kind !== 'child'}>
              {t('cases.openSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

/** Consents given while opening a case are recorded once the case exists; says whether any failed. */
async function recordConsents(caseId: string, consents: ReadonlyArray<z.output<typeof ZConsentInput>>): Promise<boolean> {
  let failed = false;
  for (const c of consents) {
    try {
      await api.post(`/cases/${caseId}/consents`, ZConsent, c);
    } catch {
      failed = true;
    }
  }
  return failed;
}
