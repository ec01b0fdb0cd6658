import type { TPossibleDuplicate } from '@homeward/core';
import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { RequireAbility } from '../../components/RequireAbility';
import { formResolver } from '../../lib/forms';
import { nameLine } from './display';
import { DuplicatesDialog } from './DuplicatesDialog';
import { emptyPersonForm, toCreateRequest, ZPersonForm, type PersonFormOutput, type PersonFormValues } from './form';
import { PersonFields, personFieldPaths } from './PersonFields';
import { applyServerFieldErrors } from './serverErrors';
import { useRegisterFlow } from './useRegisterFlow';

const route = getRouteApi('/app/people/new');

export function RegisterPersonPage() {
  return (
    <RequireAbility action="person.write">
      <RegisterPerson />
    </RequireAbility>
  );
}

function RegisterPerson() {
  const { t } = useTranslation();
  const { kind } = route.useSearch();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [after, setAfter] = useState<{ id: string; candidates: TPossibleDuplicate[] } | null>(null);
  const form = useForm<PersonFormValues, unknown, PersonFormOutput>({ resolver: formResolver(ZPersonForm), defaultValues: emptyPersonForm(kind ?? 'child') });

  const open = (id: string) => void navigate({ to: '/people/$personId', params: { personId: id } });
  const flow = useRegisterFlow({
    onSaved: (created, unseen) => {
      notifications.show({ color: 'teal', message: t('people.registered', { name: nameLine(created) }) });
      if (unseen.length) setAfter({ id: created.id, candidates: unseen });
      else open(created.id);
    },
    onError: (e) => {
      if (!applyServerFieldErrors(e, form.setError, personFieldPaths(form.getValues()))) setError(e);
    },
  });

  const submit = form.handleSubmit(async (v) => {
    setError(null);
    await flow.submit(toCreateRequest(v));
  });

  return (
    <Stack gap="md" maw={860}>
      <PageHeader back={{ to: '/people', label: t('people.title') }} title={t('people.registerTitle')} description={t('people.registerIntro')} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="lg">
          <PersonFields form={form} />
          <ErrorAlert error={error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => void navigate({ to: '/people' })}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting || flow.dialog.busy} data-testid="person-submit">
              {t('people.register')}
            </Button>
          </Group>
        </Stack>
      </form>
      <DuplicatesDialog {...flow.dialog} />
      <DuplicatesDialog candidates={after?.candidates ?? null} stage="after" onContinue={() => after && open(after.id)} onClose={() => after && open(after.id)} />
    </Stack>
  );
}
