import type { TPersonSummary } from '@homeward/core';
import { Card, Stack } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { RequireAbility } from '../../components/RequireAbility';
import { PersonPicker } from '../people/PersonPicker';

/** The way in: find the young person, then their sessions and legal matters. */
export function CounsellingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [person, setPerson] = useState<TPersonSummary | null>(null);
  return (
    <RequireAbility action="programme.read">
      <Stack gap="md">
        <PageHeader title={t('counselling.title')} description={t('counselling.intro')} />
        <Card withBorder maw={520}>
          <PersonPicker label={t('counselling.choose')} value={person} onChange={(p) => {
            setPerson(p);
            if (p) void navigate({ to: '/counselling/$personId', params: { personId: p.id } });
          }} />
        </Card>
      </Stack>
    </RequireAbility>
  );
}
