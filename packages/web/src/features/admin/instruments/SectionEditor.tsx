import type { TInstrumentInput, TInstrumentItem, TInstrumentSection } from '@homeward/core';
import { Badge, Button, Group, Menu, Paper, Stack, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/useFormat';
import { countUnder, keysOf, move, newItem, newSection, uniqueKey } from './builder';
import { BilingualFields, monoInput, OrderControls, ProblemsContext, useProblemAt } from './fields';
import { ItemEditor } from './ItemEditor';

type Definition = TInstrumentInput['definition'];

/** The sections of a draft, each with its items; add, remove and reorder both. */
export function SectionsEditor({ input, onChange }: { input: TInstrumentInput; onChange: (d: Definition) => void }) {
  const { t } = useTranslation();
  const d = input.definition;
  const setSections = (sections: TInstrumentSection[]) => onChange({ ...d, sections });
  return (
    <Stack gap="md">
      {d.sections.map((s, si) => (
        <SectionEditor
          key={si}
          section={s}
          index={si}
          count={d.sections.length}
          taken={keysOf(input)}
          onChange={(next) => setSections(d.sections.map((x, j) => (j === si ? next : x)))}
          onMove={(by) => setSections(move(d.sections, si, by))}
          onRemove={() => setSections(d.sections.filter((_, j) => j !== si))}
        />
      ))}
      <Button variant="light" leftSection={<IconPlus size={16} />} w="fit-content" onClick={() => setSections([...d.sections, newSection(uniqueKey(`section_${d.sections.length + 1}`, keysOf(input)))])} data-testid="builder-add-section">
        {t('instruments.addSection')}
      </Button>
    </Stack>
  );
}

interface SectionEditorProps {
  section: TInstrumentSection;
  index: number;
  count: number;
  taken: string[];
  onChange: (s: TInstrumentSection) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

function SectionEditor({ section, index, count, taken, onChange, onMove, onRemove }: SectionEditorProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const problem = useProblemAt();
  const problems = useContext(ProblemsContext);
  const path = `definition.sections.${index}`;
  const n = countUnder(problems, path);
  const setItems = (items: TInstrumentItem[]) => onChange({ ...section, items });
  const add = (kind: TInstrumentItem['kind']) => setItems([...section.items, newItem(kind, uniqueKey(`${section.key}_${section.items.length + 1}`, taken))]);
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} data-testid="builder-section">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Title order={3} fz="h5">
              {t('instruments.sectionN', { n: fmt.number(index + 1) })}
            </Title>
            {n > 0 && (
              <Badge color="red" variant="light">
                {t('instruments.problemCount', { count: n, n: fmt.number(n) })}
              </Badge>
            )}
          </Group>
          <OrderControls index={index} count={count} onMove={onMove} onRemove={onRemove} removeLabel={t('instruments.removeSection')} />
        </Group>
        <TextInput label={t('instruments.key')} value={section.key} onChange={(e) => onChange({ ...section, key: e.currentTarget.value })} error={problem(`${path}.key`)} required styles={monoInput} w={{ base: '100%', sm: 260 }} />
        <BilingualFields label={t('instruments.sectionTitle')} value={section.title} onChange={(title) => onChange({ ...section, title })} path={`${path}.title`} testId="builder-section-title" />
        {section.items.map((item, ii) => (
          <ItemEditor
            key={ii}
            item={item}
            path={`${path}.items.${ii}`}
            index={ii}
            count={section.items.length}
            onChange={(next) => setItems(section.items.map((x, j) => (j === ii ? next : x)))}
            onMove={(by) => setItems(move(section.items, ii, by))}
            onRemove={() => setItems(section.items.filter((_, j) => j !== ii))}
          />
        ))}
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} w="fit-content" data-testid="builder-add-item">
              {t('instruments.addItem')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => add('scale')}>{t('instruments.kinds.scale')}</Menu.Item>
            <Menu.Item onClick={() => add('yes_no')}>{t('instruments.kinds.yes_no')}</Menu.Item>
            <Menu.Item onClick={() => add('text')}>{t('instruments.kinds.text')}</Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Stack>
    </Paper>
  );
}
