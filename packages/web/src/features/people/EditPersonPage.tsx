import type { TPerson } from '@homeward/core';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRefresh, IconUsersGroup } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { RequireAbility } from '../../components/RequireAbility';
import { ErrorState, LoadingState } from '../../components/States';
import { isApiError } from '../../lib/api';
import { formResolver } from '../../lib/forms';
import { personQuery, useUpdatePerson } from './api';
import { nameLine } from './display';
import { personFormValues, toUpdateRequest, ZPersonForm, type PersonFormOutput, type PersonFormValues } from './form';
import { PersonFields, personFieldPaths } from './PersonFields';
import { applyServerFieldErrors } from './serverErrors';

const route = getRouteApi('/app/people/$personId/edit');

export function EditPersonPage() {
  return (
    <RequireAbility action="person.write">
      <EditPersonScreen />
    </RequireAbility>
  );
}

function EditPersonScreen() {
  const { t } = useTranslation();
  const { personId } = route.useParams();
  // Read once: a background refresh must not replace what is being typed (a conflict is reported instead).
  const person = useQuery({ ...personQuery(personId), refetchOnMount: 'always', staleTime: Number.POSITIVE_INFINITY });
  const back = { to: `/people/${personId}`, label: person.data ? nameLine(person.data) : t('people.title') };
  if (person.isPending) return <LoadingState />;
  if (person.isError) {
    return (
      <>
        <PageHeader title={t('people.editTitle')} back={back} />
        <ErrorState error={person.error} onRetry={() => void person.refetch()} />
      </>
    );
  }
  return <EditForm person={person.data} back={back} reload={async () => (await person.refetch()).data} />;
}

function EditForm({ person, back, reload }: { person: TPerson; back: { to: string; label: string }; reload: () => Promise<TPerson | undefined> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdatePerson();
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  // The version this form was filled from: sent with the edit, so a change made meanwhile by someone else is not overwritten.
  const [version, setVersion] = useState(person.version);
  const form = useForm<PersonFormValues, unknown, PersonFormOutput>({ resolver: formResolver(ZPersonForm), defaultValues: personFormValues(person) });

  const submit = form.handleSubmit(async (v) => {
    setError(null);
    setConflict(false);
    try {
      const saved = await update.mutateAsync({ id: person.id, ...toUpdateRequest(v, version) });
      notifications.show({ color: 'teal', message: t('people.saved', { name: nameLine(saved) }) });
      void navigate({ to: '/people/$personId', params: { personId: person.id } });
    } catch (e) {
      if (isApiError(e) && e.code === 'record.conflict') setConflict(true);
      else if (!applyServerFieldErrors(e, form.setError, personFieldPaths(form.getValues()))) setError(e);
    }
  });

  const reloadLatest = async () => {
    setReloading(true);
    try {
      const latest = await reload();
      if (latest) {
        form.reset(personFormValues(latest));
        setVersion(latest.version);
        setConflict(false);
      }
    } finally {
      setReloading(false);
    }
  };

  return (
    <Stack gap="md" maw={860}>
      <PageHeader back={back} title={t('people.editTitle')} description={nameLine(person)} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="lg">
          <PersonFields form={form} />
          {conflict && (
            <Alert color="orange" variant="light" icon={<IconUsersGroup size={18} />} title={t('people.conflictTitle')} role="alert" data-testid="person-conflict">
              <Stack gap="sm">
                <Text size="sm">{t('people.conflict')}</Text>
                <Group>
                  <Button size="xs" variant="white" color="orange" leftSection={<IconRefresh size={14} />} loading={reloading} onClick={() => void reloadLatest()} data-testid="person-reload">
                    {t('people.conflictReload')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          <ErrorAlert error={error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => void navigate({ to: '/people/$personId', params: { personId: person.id } })}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting} data-testid="person-submit">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
