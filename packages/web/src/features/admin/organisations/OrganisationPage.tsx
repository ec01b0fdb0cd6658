import { roles, ZCreateOrganisationRequest, ZUpdateOrganisationRequest, type TOrganisation } from '@homeward/core';
import { Button, Checkbox, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconHistory } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { RequireAbility } from '../../../components/RequireAbility';
import { Section } from '../../../components/Section';
import { ErrorState, LoadingState } from '../../../components/States';
import { applyServerErrors, formResolver, useFieldError } from '../../../lib/forms';
import { useCan, useMe } from '../../auth/session';
import { isRole } from '../../../lib/vocabulary';
import { organisationQuery, useUpdateOrganisation } from './api';
import { ButtonLink } from '../../../components/links';

const byIdRoute = getRouteApi('/app/admin/organisations/$organisationId');

/** The signed-in person's own organisation. */
export function OwnOrganisationPage() {
  const me = useMe();
  return <RequireAbility action="organisation.read">{me && <OrganisationScreen id={me.user.organisationId} own />}</RequireAbility>;
}

/** Any organisation, for a network administrator coming from the list. */
export function OrganisationByIdPage() {
  const { organisationId } = byIdRoute.useParams();
  return (
    <RequireAbility action="organisation.read">
      <OrganisationScreen id={organisationId} own={false} />
    </RequireAbility>
  );
}

function OrganisationScreen({ id, own }: { id: string; own: boolean }) {
  const { t } = useTranslation();
  const can = useCan();
  const org = useQuery(organisationQuery(id));
  const back = own ? undefined : { to: '/admin/organisations', label: t('nav.organisations') };
  if (org.isPending) return <LoadingState />;
  if (org.isError) return <><PageHeader title={t('nav.organisation')} back={back} /><ErrorState error={org.error} onRetry={() => void org.refetch()} /></>;
  return (
    <Stack gap="lg" maw={820}>
      <PageHeader
        back={back}
        title={org.data.name}
        description={org.data.nameKm ? <span lang="km">{org.data.nameKm}</span> : t('organisation.intro')}
        actions={
          can('audit.read_record') && (
            <ButtonLink to="/admin/audit/records/$recordType/$recordId" params={{ recordType: 'organisation', recordId: org.data.id }} variant="default" leftSection={<IconHistory size={16} />}>
              {t('audit.whoOpened')}
            </ButtonLink>
          )
        }
      />
      {can('organisation.update') ? <OrganisationForm org={org.data} /> : <OrganisationFacts org={org.data} />}
    </Stack>
  );
}

function OrganisationFacts({ org }: { org: TOrganisation }) {
  const { t } = useTranslation();
  return (
    <Section title={t('organisation.details')}>
      <SimpleGrid cols={{ base: 1, xs: 2 }} component="dl" m={0}>
        <div>
          <Text component="dt" size="sm" c="dimmed">{t('organisation.nameEn')}</Text>
          <Text component="dd" m={0}>{org.name}</Text>
        </div>
        <div>
          <Text component="dt" size="sm" c="dimmed">{t('organisation.nameKm')}</Text>
          <Text component="dd" m={0} lang="km">{org.nameKm ?? '—'}</Text>
        </div>
        <div>
          <Text component="dt" size="sm" c="dimmed">{t('organisation.twoFactorRoles')}</Text>
          <Text component="dd" m={0}>{org.requireTwoFactorRoles.map((r) => t(`roles.${r}`)).join(', ') || t('organisation.noTwoFactorRoles')}</Text>
        </div>
      </SimpleGrid>
    </Section>
  );
}

const ZOrganisationForm = ZUpdateOrganisationRequest.extend(ZCreateOrganisationRequest.pick({ name: true }).shape).required({ requireTwoFactorRoles: true });
type Values = z.input<typeof ZOrganisationForm>;

function OrganisationForm({ org }: { org: TOrganisation }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const update = useUpdateOrganisation(org.id);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Values, unknown, z.output<typeof ZOrganisationForm>>({
    resolver: formResolver(ZOrganisationForm),
    values: { name: org.name, nameKm: org.nameKm, requireTwoFactorRoles: org.requireTwoFactorRoles },
  });
  const { errors, isDirty, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      await update.mutateAsync(v);
      notifications.show({ color: 'teal', message: t('common.saved') });
    } catch (e) {
      if (!applyServerErrors(e, form.setError, ['name', 'nameKm', 'requireTwoFactorRoles'])) setError(e);
    }
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="lg">
        <ErrorAlert error={error} />
        <Section title={t('organisation.details')}>
          <TextInput {...form.register('name')} label={t('organisation.nameEn')} required error={fe(errors.name)} lang="en" />
          <Controller
            control={form.control}
            name="nameKm"
            render={({ field }) => (
              <TextInput
                label={t('organisation.nameKm')}
                value={field.value ?? ''}
                onChange={(e) => field.onChange(e.currentTarget.value.trim() === '' ? null : e.currentTarget.value)}
                onBlur={field.onBlur}
                lang="km"
                error={fe(errors.nameKm)}
              />
            )}
          />
        </Section>
        <Section title={t('organisation.twoFactorRoles')} description={t('organisation.twoFactorIntro')}>
          <Controller
            control={form.control}
            name="requireTwoFactorRoles"
            render={({ field }) => (
              <Checkbox.Group value={field.value} onChange={(v) => field.onChange(v.filter(isRole))} aria-label={t('organisation.twoFactorRoles')}>
                <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
                  {roles.map((r) => (
                    <Checkbox key={r} value={r} label={t(`roles.${r}`)} />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
            )}
          />
        </Section>
        <Group>
          <Button type="submit" loading={isSubmitting} disabled={!isDirty}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
