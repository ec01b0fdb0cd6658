import type { TPersonSummary } from '@homeward/core';
import { ActionIcon, Button, Group, Paper, Radio, Select, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { RequireAbility } from '../../components/RequireAbility';
import { Section } from '../../components/Section';
import { isApiError } from '../../lib/api';
import { formResolver } from '../../lib/forms';
import { translateAny } from '../../lib/i18n';
import { AddPersonModal } from '../people/AddPersonModal';
import { personQuery } from '../people/api';
import { nameLine } from '../people/display';
import { serverValidationKeys } from '../people/form';
import { useLookupList } from '../people/lookups';
import { PersonLine } from '../people/PersonBits';
import { applyServerFieldErrors } from '../people/serverErrors';
import { useCreateHousehold } from './api';
import { emptyHouseholdForm, householdFieldNames, toCreateHousehold, withHead, ZHouseholdForm, type DraftMember, type HouseholdFormOutput, type HouseholdFormValues } from './form';
import { HouseholdFields } from './HouseholdFields';

const route = getRouteApi('/app/households/new');

export function NewHouseholdPage() {
  return (
    <RequireAbility action="person.write">
      <NewHousehold />
    </RequireAbility>
  );
}

function NewHousehold() {
  const { t } = useTranslation();
  const { personId } = route.useSearch();
  const navigate = useNavigate();
  const create = useCreateHousehold();
  const relationships = useLookupList('relationship');
  const starting = useQuery({ ...personQuery(personId ?? ''), enabled: !!personId });
  const [members, setMembers] = useState<DraftMember[]>([]);
  const [caregiver, setCaregiver] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [addAsHead, setAddAsHead] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [memberErrors, setMemberErrors] = useState<Record<string, string>>({});
  const form = useForm<HouseholdFormValues, unknown, HouseholdFormOutput>({ resolver: formResolver(ZHouseholdForm), defaultValues: emptyHouseholdForm() });

  // Opened from a person's page: they are the first member, and the household is where they live.
  const first = starting.data;
  useEffect(() => {
    if (!first) return;
    setMembers((ms) => (ms.some((m) => m.person.id === first.id) ? ms : [{ person: first, relationship: null, isHead: false }, ...ms]));
    if (first.addressCode && !form.getValues('addressCode')) form.setValue('addressCode', first.addressCode);
  }, [first, form]);

  const update = (id: string, patch: Partial<DraftMember>) => setMembers((ms) => ms.map((m) => (m.person.id === id ? { ...m, ...patch } : m)));

  const submit = form.handleSubmit(async (v) => {
    setError(null);
    setMemberErrors({});
    try {
      const h = await create.mutateAsync(toCreateHousehold(v, members, caregiver));
      notifications.show({ color: 'teal', message: t('households.created') });
      void navigate({ to: '/households/$householdId', params: { householdId: h.id } });
    } catch (e) {
      // Member errors name `members.<i>.<field>`: shown on that member's card.
      const byPerson: Record<string, string> = {};
      for (const f of isApiError(e) ? e.fields : []) {
        const m = /^members\.(\d+)\./.exec(f.field);
        const member = m ? members[Number(m[1])] : undefined;
        if (member) byPerson[member.person.id] = translateAny(t, [serverValidationKeys[f.key] ?? f.key, f.key]);
      }
      setMemberErrors(byPerson);
      const placed = applyServerFieldErrors(e, form.setError, householdFieldNames);
      if (!placed && Object.keys(byPerson).length === 0) setError(e);
    }
  });

  return (
    <Stack gap="md" maw={860}>
      <PageHeader
        back={first ? { to: `/people/${first.id}`, label: nameLine(first) } : { to: '/households', label: t('households.title') }}
        title={t('households.newTitle')}
        description={t('households.newIntro')}
      />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="lg">
          <Section title={t('households.details')}>
            <HouseholdFields form={form} />
          </Section>
          <Section
            title={t('households.members')}
            description={t('households.membersIntro')}
            actions={
              <Button variant="light" leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)} data-testid="member-add">
                {t('households.addMember')}
              </Button>
            }
          >
            {members.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('households.noMembersYet')}
              </Text>
            ) : (
              <Stack gap="sm">
                {members.map((m) => (
                  <Paper key={m.person.id} withBorder p="sm" radius="md" data-testid="draft-member">
                    <Stack gap="xs">
                      <Group justify="space-between" align="flex-start" wrap="nowrap">
                        <PersonLine person={m.person} />
                        <ActionIcon variant="subtle" color="gray" aria-label={t('households.removeDraft', { name: nameLine(m.person) })} onClick={() => setMembers((ms) => ms.filter((x) => x.person.id !== m.person.id))}>
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Group>
                      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" style={{ alignItems: 'center' }}>
                        <Radio checked={m.isHead} onChange={() => setMembers((ms) => withHead(ms, m.person.id))} label={t('households.head')} name="head" />
                        <Radio checked={caregiver === m.person.id} onChange={() => setCaregiver(m.person.id)} label={t('households.primaryCaregiver')} name="caregiver" />
                        {!m.isHead && (
                          <Select
                            aria-label={t('households.relationshipLabel', { name: nameLine(m.person) })}
                            placeholder={t('households.relationshipPlaceholder')}
                            data={relationships.options()}
                            value={m.relationship}
                            onChange={(v) => update(m.person.id, { relationship: v })}
                            clearable
                            size="sm"
                            comboboxProps={{ withinPortal: true }}
                          />
                        )}
                      </SimpleGrid>
                      {memberErrors[m.person.id] && (
                        <Text size="sm" c="red" role="alert">
                          {memberErrors[m.person.id]}
                        </Text>
                      )}
                    </Stack>
                  </Paper>
                ))}
              </Stack>
            )}
          </Section>
          <ErrorAlert error={error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => void navigate(first ? { to: '/people/$personId', params: { personId: first.id } } : { to: '/households' })}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting} data-testid="household-submit">
              {t('households.create')}
            </Button>
          </Group>
        </Stack>
      </form>
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
        exclude={members.map((m) => m.person.id)}
        submitLabel={t('households.addMember')}
        testIdPrefix="member"
        onAdd={async (person: TPersonSummary, relationship) => {
          const draft: DraftMember = { person, relationship, isHead: false };
          setMembers((ms) => (addAsHead ? withHead([...ms, draft], person.id) : [...ms, draft]));
        }}
      />
    </Stack>
  );
}
