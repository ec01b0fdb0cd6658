import { levelOf, type TAnswer, type TInstrumentItem, type TScaleItem } from '@homeward/core';
import { Badge, Group, Paper, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useId, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/useFormat';
import { levelColour, pick, type Language } from './logic';
import './assessments.css';

export interface PreviousAnswer {
  answer: TAnswer | undefined;
  assessedOn: string;
}

interface ItemFieldProps {
  item: TInstrumentItem;
  answer: TAnswer | undefined;
  /** Absent: shown read-only (an instrument's preview, a submitted assessment). */
  onChange?: (change: Partial<TAnswer>) => void;
  language: Language;
  previous?: PreviousAnswer | null;
  /** The problem with this answer, already in words. */
  problem?: string | null;
}

/** One item of an instrument as the person taking it sees it; the preview renders the same. */
export function ItemField({ item, answer, onChange, language, previous, problem }: ItemFieldProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const problemId = useId();
  const help = pick(item.help, language);
  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'md' }}
      className="assessment-item"
      id={`item-${item.key}`}
      data-problem={problem ? 'true' : undefined}
      data-testid="assessment-item"
      data-item={item.key}
    >
      <Stack gap="xs" role="group" aria-labelledby={labelId} aria-describedby={problem ? problemId : undefined}>
        <Group justify="space-between" gap="xs" align="flex-start" wrap="nowrap">
          <Text fw={600} id={labelId} lang={language}>
            {pick(item.label, language)}
            {!item.optional && (
              <Text span c="red" aria-hidden>
                {' *'}
              </Text>
            )}
          </Text>
          {item.optional && (
            <Badge variant="outline" color="gray" size="sm" style={{ flex: 'none' }}>
              {t('assessments.optional')}
            </Badge>
          )}
        </Group>
        {help && (
          <Text size="sm" c="dimmed" lang={language}>
            {help}
          </Text>
        )}
        {previous && <PreviousLine item={item} previous={previous} language={language} />}
        {item.kind === 'scale' && <ScaleChoices item={item} answer={answer} onChange={onChange} language={language} labelId={labelId} />}
        {item.kind === 'yes_no' && <YesNoChoice answer={answer} onChange={onChange} />}
        {item.kind === 'text' && (
          <Textarea
            aria-labelledby={labelId}
            value={typeof answer?.value === 'string' ? answer.value : ''}
            onChange={(e) => onChange?.({ value: e.currentTarget.value })}
            readOnly={!onChange}
            autosize
            minRows={2}
            maxLength={4000}
          />
        )}
        {item.kind === 'scale' && (item.reasonRequired || answer?.reason) && (
          <Textarea
            label={item.reasonRequired ? t('assessments.reason') : t('assessments.reasonOptional')}
            required={item.reasonRequired}
            value={answer?.reason ?? ''}
            onChange={(e) => onChange?.({ reason: e.currentTarget.value })}
            readOnly={!onChange}
            autosize
            minRows={1}
            maxLength={2000}
            data-testid="assessment-reason"
          />
        )}
        {problem && (
          <Text size="sm" c="red" id={problemId} role="alert" data-testid="assessment-problem">
            {problem}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function ScaleChoices({ item, answer, onChange, language, labelId }: { item: TScaleItem; answer: TAnswer | undefined; onChange?: (c: Partial<TAnswer>) => void; language: Language; labelId: string }) {
  const name = useId();
  const fmt = useFormat();
  const value = typeof answer?.value === 'number' ? answer.value : null;
  return (
    <div className="level-choices" role="radiogroup" aria-labelledby={labelId}>
      {item.levels.map((level) => {
        const c = levelColour(level.colour);
        const guidance = pick(level.guidance, language);
        return (
          <label
            key={level.value}
            className="level-choice"
            style={{ '--level-colour': `var(--mantine-color-${c}-6)`, '--level-tint': `var(--mantine-color-${c}-0)` } as CSSProperties}
            data-testid="level-choice"
            data-value={level.value}
          >
            <input
              type="radio"
              name={name}
              value={level.value}
              checked={value === level.value}
              disabled={!onChange}
              onChange={() => onChange?.({ value: level.value })}
            />
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text size="sm" lang={language}>
                <span className="level-choice-value">{fmt.number(level.value)}</span> {pick(level.label, language)}
              </Text>
              {guidance && (
                <Text size="xs" c="dimmed" lang={language}>
                  {guidance}
                </Text>
              )}
            </Stack>
          </label>
        );
      })}
    </div>
  );
}

function YesNoChoice({ answer, onChange }: { answer: TAnswer | undefined; onChange?: (c: Partial<TAnswer>) => void }) {
  const { t } = useTranslation();
  const value = answer?.value === true ? 'yes' : answer?.value === false ? 'no' : '';
  return (
    <SegmentedControl
      w="fit-content"
      size="md"
      value={value}
      disabled={!onChange}
      onChange={(v) => onChange?.({ value: v === 'yes' })}
      data={[
        { value: 'yes', label: t('common.yes') },
        { value: 'no', label: t('common.no') },
      ]}
    />
  );
}

/** "Last time: 2 – Bad, 12 Mar 2026" beside an item. */
function PreviousLine({ item, previous, language }: { item: TInstrumentItem; previous: PreviousAnswer; language: Language }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const v = previous.answer?.value;
  let text: string;
  if (v === undefined || v === null || v === '') text = t('assessments.notAnswered');
  else if (item.kind === 'scale' && typeof v === 'number') text = `${fmt.number(v)} – ${pick(levelOf(item, v)?.label, language)}`;
  else if (typeof v === 'boolean') text = v ? t('common.yes') : t('common.no');
  else text = String(v);
  const colour = item.kind === 'scale' && typeof v === 'number' ? levelOf(item, v)?.colour : undefined;
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" data-testid="assessment-previous">
      <IconHistory size={16} style={{ flex: 'none', marginTop: 2 }} color="var(--mantine-color-dimmed)" aria-hidden />
      <Text size="sm" c="dimmed" lang={language}>
        {t('assessments.lastTime', { answer: text, date: fmt.date(previous.assessedOn) })}
        {colour && <Text span ml={6} c={`${levelColour(colour)}.7`} aria-hidden>●</Text>}
        {previous.answer?.reason && (
          <Text span size="xs" display="block" fs="italic">
            {previous.answer.reason}
          </Text>
        )}
      </Text>
    </Group>
  );
}
