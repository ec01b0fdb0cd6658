import { maxTotalOf, type TBilingual, type TInstrumentDefinition } from '@homeward/core';
import { Group, List, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/useFormat';
import { InstrumentForm } from '../../assessments/InstrumentForm';
import { pick, type Language } from '../../assessments/logic';
import { useLanguage } from '../../assessments/text';

/**
 * An instrument as a caseworker will see it, through the take screen's own components,
 * read-only, in either language.
 */
export function InstrumentPreview({ name, definition }: { name: TBilingual; definition: TInstrumentDefinition }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [language, setLanguage] = useState<Language>(useLanguage());
  const [open, setOpen] = useState(() => definition.sections.map((s) => s.key));
  return (
    <Stack gap="md" data-testid="instrument-preview">
      <Group justify="space-between" gap="xs">
        <Title order={2} fz="h4" lang={language}>
          {pick(name, language) || t('instruments.untitled')}
        </Title>
        <SegmentedControl
          value={language}
          onChange={(v) => setLanguage(v === 'km' ? 'km' : 'en')}
          data={[
            { value: 'en', label: 'English' },
            { value: 'km', label: 'ខ្មែរ' },
          ]}
          aria-label={t('instruments.previewLanguage')}
        />
      </Group>
      <InstrumentForm definition={definition} answers={{}} language={language} open={open} onOpenChange={setOpen} />
      <Paper withBorder radius="md" p="sm">
        <Stack gap={4}>
          <Text fw={600}>{t('instruments.maxTotal', { max: fmt.number(maxTotalOf(definition)) })}</Text>
          {definition.thresholds.length > 0 && (
            <List size="sm">
              {definition.thresholds.map((th) => (
                <List.Item key={th.key} lang={language}>
                  {pick(th.label, language)}: {th.on === 'total' ? t('instruments.onTotal') : pick(definition.sections.find((s) => s.key === th.on)?.title, language)} {th.op === '>=' ? '≥' : '≤'} {fmt.number(th.value)}
                  {th.allowsClosure ? ` · ${t('instruments.allowsClosure')}` : ''}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
