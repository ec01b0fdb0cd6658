import { defaultVocabularies } from '@homeward/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

/** Give a new organisation the starting vocabularies, which its administrators then own. */
export async function seedLookups(tx: Kysely<Database>, organisationId: string): Promise<void> {
  const rows = Object.entries(defaultVocabularies).flatMap(([list, items]) =>
    items.map((item, i) => ({
      id: crypto.randomUUID(),
      organisation_id: organisationId,
      list,
      value: item.value,
      label_en: item.en,
      label_km: item.km,
      sort_order: (i + 1) * 10,
    })),
  );
  await tx.insertInto('lookup').values(rows).onConflict((oc) => oc.doNothing()).execute();
}
