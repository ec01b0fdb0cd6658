import type { TPerson } from '@homeward/core';
import { ActionIcon, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLinkOff, IconLock, IconUserPlus, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { AnchorLink } from '../../components/links';
import { Section } from '../../components/Section';
import { translateAny } from '../../lib/i18n';
import { AddPersonModal } from './AddPersonModal';
import { useAddRelation, useArchiveRelation } from './api';
import { displayName, groupKin, inSentence, kinMessage, nameLine } from './display';
import { useLookupList } from './lookups';
import { PersonLine } from './PersonBits';

/**
 * A person's kin: who lives with them (from their households) and relatives elsewhere (direct
 * relations) — where kinship care and family tracing start from. Each links to their page.
 */
export function KinSection({ person, canWrite }: { person: TPerson; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const relationships = useLookupList('relationship');
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<{ relationId: string; name: string } | null>(null);
  const addRelation = useAddRelation();
  const archiveRelation = useArchiveRelation();
  const groups = groupKin(person.kin);
  const name = nameLine(person);
  const exclude = [person.id, ...person.kin.filter((k) => k.source === 'relation').map((k) => k.person?.id).filter((id): id is string => !!id)];

  const linkText = (k: TPerson['kin'][number]) => {
    const label = relationships.label(k.relationship);
    const m = kinMessage(k, label ? inSentence(label, i18n.language) : null, displayName(person).primary);
    const text = translateAny(t, m.key, m.params);
    // The first word of a line starts upper case again in English.
    return i18n.language === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  };
  const householdName = (householdId: string | null) => person.households.find((h) => h.householdId === householdId)?.householdName ?? null;

  return (
    <Section
      title={t('people.kin.title')}
      description={t('people.kin.intro')}
      actions={
        canWrite && (
          <Button variant="light" leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)} data-testid="kin-add">
            {t('people.kin.add')}
          </Button>
        )
      }
    >
      {groups.length === 0 ? (
        <Group gap="xs" c="dimmed">
          <IconUsersGroup size={18} aria-hidden />
          <Text size="sm">{t('people.kin.none')}</Text>
        </Group>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {groups.map((g, i) => (
            <Paper key={g.personId ?? `hidden-${i}`} withBorder p="sm" radius="md" data-testid="kin-row">
              <Stack gap={6}>
                {g.person ? (
                  <PersonLine person={g.person} link />
                ) : (
                  <Group gap="xs" c="dimmed">
                    <IconLock size={16} aria-hidden />
                    <Text size="sm">{t('people.kin.outsideScope')}</Text>
                  </Group>
                )}
                {g.links.map((k) => (
                  <Group key={k.linkId} gap="xs" justify="space-between" wrap="nowrap">
                    <Group gap={6} style={{ minWidth: 0 }}>
                      <Badge variant="light" color={k.source === 'household' ? 'teal' : 'blue'} style={{ flexShrink: 0 }}>
                        {k.source === 'household' ? t('people.kin.sameHousehold') : t('people.kin.direct')}
                      </Badge>
                      <Text size="sm">{linkText(k)}</Text>
                      {k.source === 'household' && k.householdId && (
                        <AnchorLink to="/households/$householdId" params={{ householdId: k.householdId }} size="sm">
                          {householdName(k.householdId) ?? t('households.unnamed')}
                        </AnchorLink>
                      )}
                    </Group>
                    {canWrite && k.source === 'relation' && (
                      <Tooltip label={t('people.kin.end')}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t('people.kin.endFor', { name: g.person ? nameLine(g.person) : t('people.kin.outsideScope') })}
                          onClick={() => setEnding({ relationId: k.linkId, name: g.person ? nameLine(g.person) : t('people.kin.outsideScope') })}
                        >
                          <IconLinkOff size={16} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Group>
                ))}
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
      )}

      {canWrite && (
        <AddPersonModal
          opened={adding}
          onClose={() => setAdding(false)}
          title={t('people.kin.addTitle', { name })}
          intro={t('people.kin.addIntro')}
          relationshipLabel={t('people.kin.relationship', { name })}
          relationshipHint={t('people.kin.relationshipHint')}
          relationshipRequired
          exclude={exclude}
          submitLabel={t('people.kin.submit')}
          testIdPrefix="kin"
          onAdd={async (relative, relationship) => {
            if (!relationship) return;
            await addRelation.mutateAsync({ personId: person.id, relativeId: relative.id, relationship });
            notifications.show({ color: 'teal', message: t('people.kin.added') });
          }}
        />
      )}
      <ConfirmDialog
        opened={ending !== null}
        onClose={() => setEnding(null)}
        title={t('people.kin.endTitle', { name: ending?.name ?? '' })}
        message={t('people.kin.endConfirm')}
        confirmLabel={t('people.kin.end')}
        danger
        onConfirm={async () => {
          if (ending) await archiveRelation.mutateAsync({ personId: person.id, relationId: ending.relationId });
        }}
      />
    </Section>
  );
}
