import type { TPerson } from '@homeward/core';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconHomePlus, IconHomeHeart, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '../../components/links';
import { Section } from '../../components/Section';
import { useFormat } from '../../lib/useFormat';
import { useLookupList } from '../people/lookups';
import { Script } from '../people/PersonBits';

/** The households a person lives in now, with their place in each; a way to start one. */
export function PersonHouseholds({ person, canWrite }: { person: TPerson; canWrite: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const relationships = useLookupList('relationship');
  return (
    <Section
      title={t('households.ofPerson')}
      actions={
        canWrite && (
          <ButtonLink to="/households/new" search={{ personId: person.id }} variant="light" leftSection={<IconHomePlus size={16} />} data-testid="household-new-for-person">
            {t('households.new')}
          </ButtonLink>
        )
      }
    >
      {person.households.length === 0 ? (
        <Group gap="xs" c="dimmed">
          <IconHomeHeart size={18} aria-hidden />
          <Text size="sm">{t('households.noneForPerson')}</Text>
        </Group>
      ) : (
        <Stack gap="xs">
          {person.households.map((h) => (
            <Paper key={h.memberId} withBorder p="sm" radius="md" data-testid="person-household">
              <Group justify="space-between" gap="xs">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  {h.inScope ? (
                    <AnchorLink to="/households/$householdId" params={{ householdId: h.householdId }} fw={600}>
                      {h.householdName ? <Script>{h.householdName}</Script> : t('households.unnamed')}
                    </AnchorLink>
                  ) : (
                    <Group gap={6} c="dimmed">
                      <IconLock size={16} aria-hidden />
                      <Text size="sm">{t('households.outsideScope')}</Text>
                    </Group>
                  )}
                  <Text size="xs" c="dimmed">
                    {t('households.since', { date: fmt.date(h.joinedAt) })}
                  </Text>
                </Stack>
                {h.isHead ? (
                  <Badge variant="light" color="teal">
                    {t('households.head')}
                  </Badge>
                ) : (
                  h.relationship && (
                    <Badge variant="light" color="gray" tt="none" fw={500}>
                      {t('households.relationshipToHead', { relationship: relationships.label(h.relationship) })}
                    </Badge>
                  )
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </Section>
  );
}
