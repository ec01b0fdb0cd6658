import type { TPersonSummary } from '@homeward/core';
import { Anchor, Button, Group, Text } from '@mantine/core';
import { IconLink, IconLinkOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links';
import { PersonPicker } from '../people/PersonPicker';

/**
 * Link a director or staff member to a registered person (so their contacts and trainings meet
 * in one record): a search of the register, or the link already made, which can be removed.
 */
export function StaffPersonPicker({ personId, onPick, testId }: { personId: string | null; onPick: (p: TPersonSummary | null) => void; testId?: string }) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);
  const [picked, setPicked] = useState<TPersonSummary | null>(null);
  if (personId) {
    return (
      <Group gap="xs" w="100%" data-testid={testId}>
        <IconLink size={16} aria-hidden />
        <AnchorLink to="/people/$personId" params={{ personId }} size="sm">{t('centres.training.linkPerson')}</AnchorLink>
        <Button size="compact-xs" variant="subtle" color="red" leftSection={<IconLinkOff size={14} />} onClick={() => { setPicked(null); onPick(null); }}>
          {t('centres.form.remove')}
        </Button>
      </Group>
    );
  }
  if (!picking) {
    return (
      <Text size="sm" w="100%">
        <Anchor component="button" type="button" size="sm" onClick={() => setPicking(true)} data-testid={testId}>
          {t('centres.training.linkPerson')}
        </Anchor>
      </Text>
    );
  }
  return (
    <div style={{ width: '100%' }}>
      <PersonPicker label={t('centres.training.linkPerson')} value={picked} onChange={(p) => { setPicked(p); if (p) { onPick(p); setPicking(false); } }} />
    </div>
  );
}
