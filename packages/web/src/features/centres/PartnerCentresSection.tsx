import type { TUser } from '@homeward/core';
import { Button, Group, MultiSelect, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { useCan } from '../auth/session';
import { centresQuery } from './api';
import { userCentresQuery, useSetUserCentres } from './events-api';
import { serverFieldErrors } from './form';

/**
 * On a partner's user page: the centres the account is linked to, which are all it sees.
 * Shown to whoever may read users; changed by those who may manage them.
 */
export function PartnerCentresSection({ user, editable }: { user: TUser; editable: boolean }) {
  const { t } = useTranslation();
  const can = useCan();
  const linked = useQuery(userCentresQuery(user.id));
  const save = useSetUserCentres(user.id);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const found = useQuery({ ...centresQuery({ q: q || undefined, page: 1, pageSize: 50 }), enabled: editable && can('centre.read') });
  const [value, setValue] = useState<string[]>([]);
  useEffect(() => setValue((linked.data ?? []).map((c) => c.id)), [linked.data]);
  const label = (c: { nameKm: string; nameLatin: string | null }) => (c.nameLatin ? `${c.nameKm} (${c.nameLatin})` : c.nameKm);
  const options = new Map<string, string>();
  for (const c of linked.data ?? []) options.set(c.id, label(c));
  for (const c of found.data?.items ?? []) options.set(c.id, label(c));
  const saved = (linked.data ?? []).map((c) => c.id).sort().join(',');
  const dirty = [...value].sort().join(',') !== saved;
  const errors = serverFieldErrors(t, save.error);

  return (
    <Section title={t('centres.partner.centres')} description={t('centres.partner.centresHint')}>
      <Stack gap="sm">
        {editable ? (
          <>
            <MultiSelect
              aria-label={t('centres.partner.centres')}
              data={[...options].map(([id, name]) => ({ value: id, label: name }))}
              value={value}
              onChange={setValue}
              searchable
              searchValue={search}
              onSearchChange={setSearch}
              filter={({ options: all }) => all}
              error={errors.centreIds}
              data-testid="partner-centres"
            />
            {save.isError && !errors.centreIds && <ErrorAlert error={save.error} />}
            <Group>
              <Button
                onClick={() => save.mutate(value, { onSuccess: () => notifications.show({ color: 'teal', message: t('centres.partner.saved') }) })}
                disabled={!dirty}
                loading={save.isPending}
                data-testid="partner-centres-save"
              >
                {t('centres.partner.save')}
              </Button>
            </Group>
          </>
        ) : (
          <Text>{(linked.data ?? []).map(label).join(', ') || '—'}</Text>
        )}
      </Stack>
    </Section>
  );
}
