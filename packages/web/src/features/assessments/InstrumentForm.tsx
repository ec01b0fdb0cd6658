import { scoreAssessment, type TAnswer, type TAnswers, type TInstrumentDefinition, type TScore } from '@homeward/core';
import { Accordion, Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/useFormat';
import { ItemField } from './ItemField';
import { pick, type Language } from './logic';

interface InstrumentFormProps {
  definition: TInstrumentDefinition;
  answers: TAnswers;
  /** Absent: read-only (preview, submitted). */
  onAnswer?: (itemKey: string, change: Partial<TAnswer>) => void;
  language: Language;
  previous?: { answers: TAnswers; assessedOn: string } | null;
  /** Problems by item key, in words. */
  problems?: Record<string, string>;
  /** Open sections (controlled, so the screen can open the one holding a problem). */
  open: string[];
  onOpenChange: (open: string[]) => void;
}

/**
 * An instrument's sections as collapsible blocks, each with its live subtotal from the shared
 * scoring rules; the take screen and the builder's preview render through this one component.
 */
export function InstrumentForm({ definition, answers, onAnswer, language, previous, problems = {}, open, onOpenChange }: InstrumentFormProps) {
  const score = useMemo(() => scoreAssessment(definition, answers), [definition, answers]);
  return (
    <Accordion multiple value={open} onChange={onOpenChange} variant="separated" radius="md" chevronPosition="right">
      {definition.sections.map((section) => {
        const s = score.sections.find((x) => x.key === section.key);
        const hasProblem = section.items.some((i) => problems[i.key]);
        return (
          <Accordion.Item key={section.key} value={section.key} data-testid="assessment-section" data-section={section.key}>
            <Accordion.Control>
              <SectionHeader title={pick(section.title, language)} language={language} score={s} hasProblem={hasProblem} />
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="sm">
                {section.items.map((item) => (
                  <ItemField
                    key={item.key}
                    item={item}
                    answer={answers[item.key]}
                    onChange={onAnswer ? (c) => onAnswer(item.key, c) : undefined}
                    language={language}
                    previous={previous ? { answer: previous.answers[item.key], assessedOn: previous.assessedOn } : null}
                    problem={problems[item.key] ?? null}
                  />
                ))}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        );
      })}
    </Accordion>
  );
}

function SectionHeader({ title, language, score, hasProblem }: { title: string; language: Language; score: TScore['sections'][number] | undefined; hasProblem: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const done = score !== undefined && score.items > 0 && score.answered === score.items;
  return (
    <Stack gap={4}>
      <Group gap="xs" justify="space-between" wrap="nowrap">
        <Text fw={600} lang={language}>
          {title}
        </Text>
        {hasProblem && (
          <Badge color="red" variant="light" size="sm" style={{ flex: 'none' }}>
            {t('assessments.needsAttention')}
          </Badge>
        )}
      </Group>
      {score && score.items > 0 && (
        <Group gap="xs" wrap="nowrap">
          {done && <IconCircleCheck size={16} color="var(--mantine-color-teal-6)" aria-hidden style={{ flex: 'none' }} />}
          <Text size="sm" c="dimmed" data-testid="section-subtotal">
            {t('assessments.subtotal', { score: fmt.number(score.score), max: fmt.number(score.max) })}
            {' · '}
            {t('assessments.answeredOf', { answered: fmt.number(score.answered), items: fmt.number(score.items) })}
          </Text>
        </Group>
      )}
    </Stack>
  );
}

/** The total as a bar and words, with each threshold met or not. */
export function TotalLine({ score, language }: { score: TScore; language: Language }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Stack gap={4} style={{ flex: '1 1 12rem', minWidth: 0 }}>
      <Group gap="xs" wrap="wrap">
        <Text fw={700} data-testid="assessment-total">
          {t('assessments.total', { score: fmt.number(score.total), max: fmt.number(score.maxTotal) })}
        </Text>
        {score.thresholds.map((th) => (
          <Badge key={th.key} color={th.met ? 'teal' : 'gray'} variant={th.met ? 'light' : 'outline'} size="sm" lang={language}>
            {th.met ? '✓ ' : ''}
            {pick(th.label, language)}
          </Badge>
        ))}
      </Group>
      <Progress value={score.maxTotal > 0 ? (100 * score.total) / score.maxTotal : 0} size="sm" aria-hidden />
    </Stack>
  );
}
