import { levelColours, type TInstrumentItem, type TScaleItem, type TScaleLevel } from '@homeward/core';
import { ActionIcon, Button, Checkbox, ColorSwatch, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/useFormat';
import { levelColour } from '../../assessments/logic';
import { changeKind, renumber } from './builder';
import { BilingualFields, monoInput, OrderControls, useProblemAt } from './fields';

const kinds = ['scale', 'yes_no', 'text'] as const;

interface ItemEditorProps {
  item: TInstrumentItem;
  path: string;
  index: number;
  count: number;
  onChange: (item: TInstrumentItem) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One item of a section: kind, key, wording in both languages, and a scale's levels. */
export function ItemEditor({ item, path, index, count, onChange, onMove, onRemove }: ItemEditorProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const problem = useProblemAt();
  return (
    <Paper withBorder radius="md" p="sm" bg="var(--mantine-color-gray-0)" data-testid="builder-item">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text fw={600} size="sm">
            {t('instruments.itemN', { n: fmt.number(index + 1) })}
          </Text>
          <OrderControls index={index} count={count} onMove={onMove} onRemove={onRemove} removeLabel={t('instruments.removeItem')} />
        </Group>
        <Group gap="xs" grow>
          <Select
            label={t('instruments.kind')}
            data={kinds.map((k) => ({ value: k, label: t(`instruments.kinds.${k}`) }))}
            value={item.kind}
            onChange={(v) => v && onChange(changeKind(item, v as TInstrumentItem['kind']))}
            allowDeselect={false}
          />
          <TextInput label={t('instruments.key')} value={item.key} onChange={(e) => onChange({ ...item, key: e.currentTarget.value })} error={problem(`${path}.key`)} required styles={monoInput} />
        </Group>
        <BilingualFields label={t('instruments.itemLabel')} value={item.label} onChange={(label) => onChange({ ...item, label })} path={`${path}.label`} testId="builder-item-label" />
        <BilingualFields label={t('instruments.help')} value={item.help} onChange={(help) => onChange({ ...item, help })} path={`${path}.help`} required={false} multiline />
        <Group gap="md">
          <Checkbox label={t('instruments.optional')} checked={item.optional} onChange={(e) => onChange({ ...item, optional: e.currentTarget.checked })} />
          {item.kind === 'scale' && (
            <Checkbox label={t('instruments.reasonRequired')} checked={item.reasonRequired} onChange={(e) => onChange({ ...item, reasonRequired: e.currentTarget.checked })} />
          )}
        </Group>
        {item.kind === 'scale' && <LevelsEditor item={item} path={path} onChange={onChange} />}
      </Stack>
    </Paper>
  );
}

function LevelsEditor({ item, path, onChange }: { item: TScaleItem; path: string; onChange: (item: TInstrumentItem) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const problem = useProblemAt();
  const setLevels = (levels: TScaleLevel[]) => onChange({ ...item, levels: renumber(levels) });
  const setLevel = (i: number, change: Partial<TScaleLevel>) => setLevels(item.levels.map((l, j) => (j === i ? { ...l, ...change } : l)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {t('instruments.levels')}
      </Text>
      {problem(`${path}.levels`) && (
        <Text size="sm" c="red">
          {problem(`${path}.levels`)}
        </Text>
      )}
      {item.levels.map((level, i) => {
        const lp = `${path}.levels.${i}`;
        return (
          <Paper key={i} withBorder radius="sm" p="xs" style={{ borderLeft: `6px solid var(--mantine-color-${levelColour(level.colour)}-6)` }}>
            <Stack gap={6}>
              <Group gap="xs" justify="space-between">
                <Group gap="xs">
                  <TextInput
                    label={t('instruments.levelValue')}
                    type="number"
                    w={90}
                    value={String(level.value)}
                    disabled={i > 0}
                    onChange={(e) => setLevels(item.levels.map((l, j) => (j === 0 ? { ...l, value: Number(e.currentTarget.value) || 0 } : l)))}
                    error={problem(`${lp}.value`)}
                  />
                  <Select
                    label={t('instruments.colour')}
                    w={150}
                    data={levelColours.map((c) => ({ value: c, label: t(`instruments.colours.${c}`) }))}
                    value={level.colour}
                    onChange={(v) => v && setLevel(i, { colour: v as TScaleLevel['colour'] })}
                    leftSection={<ColorSwatch size={14} color={`var(--mantine-color-${levelColour(level.colour)}-6)`} />}
                    allowDeselect={false}
                  />
                </Group>
                <ActionIcon variant="subtle" color="red" onClick={() => setLevels(item.levels.filter((_, j) => j !== i))} disabled={item.levels.length <= 2} aria-label={t('instruments.removeLevel', { n: fmt.number(level.value) })}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
              <BilingualFields label={t('instruments.levelLabel')} value={level.label} onChange={(label) => setLevel(i, { label })} path={`${lp}.label`} />
              <BilingualFields label={t('instruments.guidance')} value={level.guidance} onChange={(guidance) => setLevel(i, { guidance })} path={`${lp}.guidance`} required={false} multiline />
            </Stack>
          </Paper>
        );
      })}
      <Button
        variant="subtle"
        size="compact-sm"
        w="fit-content"
        leftSection={<IconPlus size={14} />}
        disabled={item.levels.length >= 11}
        onClick={() => setLevels([...item.levels, { value: 0, label: { en: '', km: '' }, colour: 'grey' }])}
      >
        {t('instruments.addLevel')}
      </Button>
    </Stack>
  );
}
