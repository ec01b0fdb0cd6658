import type { TLookup } from '@homeward/core';

/** A list's values in the order people see them. */
export const inDisplayOrder = (items: readonly TLookup[]): TLookup[] =>
  [...items].sort((a, b) => a.sortOrder - b.sortOrder || a.labelEn.localeCompare(b.labelEn));

/**
 * Move one value up or down. Returns the new sort orders that differ from the stored ones
 * (10, 20, 30 … so later insertions have room), or nothing when the move is not possible.
 */
export function moveValue(items: readonly TLookup[], id: string, direction: -1 | 1): Array<{ id: string; sortOrder: number }> {
  const ordered = inDisplayOrder(items);
  const from = ordered.findIndex((i) => i.id === id);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= ordered.length) return [];
  const moved = [...ordered];
  const [item] = moved.splice(from, 1);
  if (!item) return [];
  moved.splice(to, 0, item);
  return moved.map((v, i) => ({ id: v.id, sortOrder: (i + 1) * 10, before: v.sortOrder })).filter((c) => c.sortOrder !== c.before).map(({ id: changed, sortOrder }) => ({ id: changed, sortOrder }));
}

/**
 * A stored value suggested from the English label: lower case, words joined by underscores,
 * as the server's rule wants (`^[a-z0-9][a-z0-9_]{0,79}$`).
 */
export function valueFromLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 80)
    .replace(/_+$/g, '');
}
