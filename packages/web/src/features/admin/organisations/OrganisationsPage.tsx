import { ZCreateOrganisationRequest } from '@homeward/core';
import { Badge, Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBuildingPlus, IconBuilding } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { RequireAbility } from '../../../components/RequireAbility';
import { EmptyMessage, ErrorState, LoadingState } from '../../../components/States';
import { applyServerErrors, formResolver, useFieldError } from '../../../lib/forms';
import { useFormat } from '../../../lib/useFormat';
import { organisationsQuery, useCreateOrganisation } from './api';
import { AnchorLink } from '../../../components/links';

/** Every organisation on this Homeward: for network administrators. */
export function OrganisationsPage() {
  return (
    <RequireAbility action="organisation.create">
      <Organisations />
    </RequireAbility>
  );
}

function Organisations() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const orgs = useQuery(organisationsQuery);
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="md">
      <PageHeader
        title={t('nav.organisations')}
        description={t('organisation.listIntro')}
        actions={
          <Button leftSection={<IconBuildingPlus size={18} />} onClick={() => setCreating(true)} data-testid="organisation-create">
            {t('organisation.new')}
          </Button>
        }
      />
      {orgs.isPending ? (
        <LoadingState />
      ) : orgs.isError ? (
        <ErrorState error={orgs.error} onRetry={() => void orgs.refetch()} />
      ) : orgs.data.length === 0 ? (
        <EmptyMessage icon={<IconBuilding size={28} />} title={t('organisation.none')} />
      ) : (
        <Table className="stack-table" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('organisation.nameEn')}</Table.Th>
              <Table.Th>{t('organisation.nameKm')}</Table.Th>
              <Table.Th>{t('organisation.created')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {orgs.data.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>
                  <AnchorLink to="/admin/organisations/$organisationId" params={{ organisationId: o.id }} fw={600}>
                    {o.name}
                  </AnchorLink>
                </Table.Td>
                <Table.Td data-label={t('organisation.nameKm')} lang="km">
                  {o.nameKm ?? <Text span c="dimmed">—</Text>}
                </Table.Td>
                <Table.Td data-label={t('organisation.created')}>{fmt.date(o.createdAt)}</Table.Td>
                <Table.Td data-label={t('common.status')}>
                  <Badge color={o.archived ? 'gray' : 'teal'} variant="light">
                    {o.archived ? t('teams.archived') : t('teams.active')}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <CreateOrganisationModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}

type Values = z.input<typeof ZCreateOrganisationRequest>;

function CreateOrganisationModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const fe = useFieldError();
  const create = useCreateOrganisation();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Values, unknown, z.output<typeof ZCreateOrganisationRequest>>({ resolver: formResolver(ZCreateOrganisationRequest), defaultValues: { name: '', nameKm: null } });
  const close = () => {
    form.reset();
    setError(null);
    onClose();
  };
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      const org = await create.mutateAsync(v);
      notifications.show({ color: 'teal', message: t('organisation.createdDone', { name: org.name }) });
      close();
    } catch (e) {
      if (!applyServerErrors(e, form.setError, ['name', 'nameKm'])) setError(e);
    }
  });
  return (
    <Modal opened={opened} onClose={close} title={t('organisation.new')} centered>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('organisation.newHint')}
          </Text>
          <ErrorAlert error={error} />
          <TextInput {...form.register('name')} label={t('organisation.nameEn')} required error={fe(form.formState.errors.name)} data-autofocus lang="en" />
          <Controller
            control={form.control}
            name="nameKm"
            render={({ field }) => (
              <TextInput
                label={t('organisation.nameKm')}
                value={field.value ?? ''}
                onChange={(e) => field.onChange(e.currentTarget.value.trim() === '' ? null : e.currentTarget.value)}
                lang="km"
                error={fe(form.formState.errors.nameKm)}
              />
            )}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('organisation.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
