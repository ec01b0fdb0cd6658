import type { TPersonSummary, TPossibleDuplicate } from '@homeward/core';
import { Badge, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links';
import { duplicateReasonKeys, duplicateReasons, duplicateStrength } from './display';
import { PersonLine } from './PersonBits';

interface DuplicatesDialogProps {
  candidates: readonly TPossibleDuplicate[] | null;
  /** `before`: nothing is saved yet. `after`: the person is registered; these look alike. */
  stage: 'before' | 'after';
  onContinue: () => void;
  onClose: () => void;
  /** Offered in forms that pick a person (a relative, a household member): take the existing record. */
  onUse?: (person: TPersonSummary) => void;
  busy?: boolean;
}

/**
 * The possible-duplicate warning: people already in the caseload who may be the one being
 * registered, with why they look alike and a way to open them. Registering twice splits a
 * child's history in two; the caseworker decides.
 */
export function DuplicatesDialog({ candidates, stage, onContinue, onClose, onUse, busy }: DuplicatesDialogProps) {
  const { t } = useTranslation();
  const list = candidates ?? [];
  return (
    <Modal
      opened={list.length > 0}
      onClose={onClose}
      title={
        <Group gap="xs" wrap="nowrap">
          <IconAlertTriangle size={20} color="var(--mantine-color-yellow-7)" aria-hidden />
          <Text fw={600}>{stage === 'before' ? t('people.duplicates.titleBefore') : t('people.duplicates.titleAfter')}</Text>
        </Group>
      }
      size="lg"
      centered
      data-testid="duplicates-dialog"
    >
      <Stack gap="md">
        <Text size="sm">{stage === 'before' ? t('people.duplicates.introBefore') : t('people.duplicates.introAfter')}</Text>
        {list.map((c) => (
          <Paper key={c.person.id} withBorder p="sm" radius="md" data-testid="duplicate-candidate">
            <Stack gap="xs">
              <Group justify="space-between" align="flex-start" gap="xs">
                <PersonLine person={c.person} />
                <Badge color={duplicateStrength(c.score) === 'likely' ? 'red' : 'yellow'} variant="light" tt="none" style={{ flexShrink: 0 }}>
                  {duplicateStrength(c.score) === 'likely' ? t('people.duplicates.likely') : t('people.duplicates.possible')}
                </Badge>
              </Group>
              <Group gap={6}>
                {c.matchReasons?.length
                  ? c.matchReasons.map((r) => (
                    <Badge key={r} variant="outline" color={r === 'sex_mismatch' || r === 'age_far' ? 'red' : 'gray'} size="sm" tt="none" fw={500}>
                      {t(`matching.reasons.${r}`)}
                    </Badge>
                  ))
                  : duplicateReasons(c.reasons).map((r) => (
                    <Badge key={r} variant="outline" color="gray" size="sm" tt="none" fw={500}>
                      {t(duplicateReasonKeys[r])}
                    </Badge>
                  ))}
              </Group>
              <Group gap="sm">
                <AnchorLink to="/people/$personId" params={{ personId: c.person.id }} size="sm" fw={500} target={onUse ? '_blank' : undefined}>
                  {t('people.duplicates.open')}
                </AnchorLink>
                {onUse && (
                  <Button size="compact-sm" variant="light" onClick={() => onUse(c.person)} data-testid="duplicate-use">
                    {t('people.duplicates.use')}
                  </Button>
                )}
              </Group>
            </Stack>
          </Paper>
        ))}
        <Group justify="flex-end" gap="sm">
          {stage === 'before' && (
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('people.duplicates.back')}
            </Button>
          )}
          <Button onClick={onContinue} loading={busy} data-testid="duplicates-continue">
            {stage === 'before' ? t('people.duplicates.continue') : t('people.duplicates.toNew')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
