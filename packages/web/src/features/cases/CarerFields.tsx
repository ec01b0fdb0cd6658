import { ZCentreOption, ZHouseholdSummary, ZPage } from '@homeward/core';
import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { RemoteSelect, useSearchText } from '../../components/RemoteSelect';
import { api } from '../../lib/api';
import { useCan } from '../auth/session';
import { personQuery } from '../people/api';

type Carer = { household: string | null; centre: string | null };

/**
 * Who the child will live with: a family (household) or a residential care centre, never both —
 * switching clears the other choice so a hidden value is never sent.
 */
export function CarerFields({ childId, household, centre, onChange, errors }: { childId: string; household: string | null; centre: string | null; onChange: (carer: Carer) => void; errors: { household?: string; centre?: string } }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'household' | 'centre'>(centre ? 'centre' : 'household');
  return (
    <Stack gap="xs">
      <div>
        <Text size="sm" fw={500} mb={4} id="placement-carer-kind">
          {t('placements.carerKind.label')}
        </Text>
        <SegmentedControl
          aria-labelledby="placement-carer-kind"
          data-testid="placement-carer-kind"
          value={kind}
          onChange={(v) => {
            setKind(v as typeof kind);
            onChange({ household: null, centre: null });
          }}
          data={[
            { value: 'household', label: t('placements.carerKind.household') },
            { value: 'centre', label: t('placements.carerKind.centre') },
          ]}
        />
      </div>
      {kind === 'household' ? (
        <HouseholdSelect childId={childId} value={household} onChange={(id) => onChange({ household: id, centre: null })} error={errors.household} />
      ) : (
        <CentreSelect value={centre} onChange={(id) => onChange({ household: null, centre: id })} error={errors.centre ?? errors.household} />
      )}
    </Stack>
  );
}

const ZHouseholdPage = ZPage(ZHouseholdSummary);

/** The carer household: the child's own households first, or any found by name. */
function HouseholdSelect({ childId, value, onChange, error }: { childId: string; value: string | null; onChange: (id: string | null) => void; error?: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const text = useSearchText();
  const q = text.query;
  const enabled = can('person.read');
  const child = useQuery({ ...personQuery(childId), enabled });
  const found = useQuery({ queryKey: ['households', 'search', q], queryFn: () => api.get('/households', ZHouseholdPage, { q, page: 1, pageSize: 20 }), enabled: enabled && q.length > 0 });
  const own = (child.data?.households ?? []).filter((h) => h.inScope).map((h) => ({ value: h.householdId, label: h.householdName ?? t('placements.unnamedHousehold') }));
  const others = (found.data?.items ?? []).filter((h) => !own.some((o) => o.value === h.id)).map((h) => ({ value: h.id, label: h.name ?? t('placements.unnamedHousehold') }));
  const data = [
    ...(own.length ? [{ group: t('placements.childsHouseholds'), items: own }] : []),
    ...(others.length ? [{ group: t('placements.otherHouseholds'), items: others }] : []),
  ];
  return (
    <RemoteSelect
      data-testid="placement-carer"
      label={t('placements.carer')}
      description={t('placements.carerHint')}
      placeholder={t('placements.carerPlaceholder')}
      typeHint={t('placements.typeToSearch')}
      text={text}
      pending={found.isFetching}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}

const ZCentreOptions = z.array(ZCentreOption);

/** A centre of the organisation, found by a part of its name in either script. */
function CentreSelect({ value, onChange, error }: { value: string | null; onChange: (id: string | null) => void; error?: string }) {
  const { t } = useTranslation();
  const text = useSearchText();
  const q = text.query;
  // Without a search the first twenty centres show, so a small organisation just picks one.
  const found = useQuery({ queryKey: ['placement-centres', q], queryFn: () => api.get('/placement-centres', ZCentreOptions, q ? { q } : {}) });
  const data = (found.data ?? []).map((c) => ({ value: c.id, label: c.nameLatin ? `${c.nameKm} (${c.nameLatin})` : c.nameKm }));
  return (
    <RemoteSelect
      data-testid="placement-centre"
      label={t('placements.carerCentre')}
      description={t('placements.carerCentreHint')}
      placeholder={t('placements.carerPlaceholder')}
      typeHint={t('placements.centreToSearch')}
      text={text}
      pending={found.isFetching}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
