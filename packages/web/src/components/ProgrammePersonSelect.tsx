import { ZProgrammePerson, type TProgrammePerson } from '@homeward/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { nameLine } from '../features/people/display';
import { api } from '../lib/api';
import { RemoteSelect, useSearchText } from './RemoteSelect';

/** Where the people come from: any young person of the organisation, or (with `browse`) a list to show before typing. */
export interface PersonSource {
  /** Part of the query key, so two sources never share cached answers. */
  key: string;
  find: (q: string, signal: AbortSignal) => Promise<TProgrammePerson[]>;
  /** Offer the first answers for an empty search too (small lists, such as the network's members). */
  browse?: boolean;
}

const ZPeople = z.array(ZProgrammePerson);

/** Young people of the caller's organisation by a part of a name in either script, whatever the caseload (GET /api/programmes/people). */
export const organisationPeople: PersonSource = {
  key: 'organisation',
  find: (q, signal) => api.get('/programmes/people', ZPeople, { q }, signal),
};

interface Props {
  label: string;
  value: TProgrammePerson | null;
  onChange: (person: TProgrammePerson | null) => void;
  source?: PersonSource;
  /** People who cannot be chosen (current members). */
  exclude?: readonly string[];
  typeHint: string;
  error?: string;
  testId?: string;
}

/**
 * A member or enrolment picker that finds any young person by typing, the server matching
 * Khmer or Latin names (RemoteSelect): no first-hundred list to scroll through.
 */
export function ProgrammePersonSelect({ label, value, onChange, source = organisationPeople, exclude = [], typeHint, error, testId }: Props) {
  const text = useSearchText();
  const q = text.query;
  const [seen, setSeen] = useState<Map<string, TProgrammePerson>>(() => new Map());
  const found = useQuery({
    queryKey: ['programmes', 'people', source.key, q],
    queryFn: async ({ signal }) => {
      const people = await source.find(q, signal);
      // Keep every person offered, so the chosen one is still known when the answers change.
      setSeen((prev) => new Map([...prev, ...people.map((p) => [p.id, p] as const)]));
      return people;
    },
    enabled: q.length > 0 || !!source.browse,
  });
  const offered = (q.length > 0 || source.browse ? (found.data ?? []) : []).filter((p) => !exclude.includes(p.id));
  const options = [...(value && !offered.some((p) => p.id === value.id) ? [value] : []), ...offered];
  return (
    <RemoteSelect
      data-testid={testId}
      label={label}
      typeHint={typeHint}
      text={text}
      pending={found.isFetching}
      data={options.map((p) => ({ value: p.id, label: nameLine(p) }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(id ? (options.find((p) => p.id === id) ?? seen.get(id) ?? null) : null)}
      error={error}
    />
  );
}
