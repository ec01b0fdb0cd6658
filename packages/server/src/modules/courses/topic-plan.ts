import type { ScopedData } from '../../platform/access/scoped-data.js';
import { checkLookupValues, FieldErrors } from '../people/references.js';

/** Write (or clear, with blank text) the session plan of one of the organisation's curriculum topics. */
export async function saveTopicPlan(data: ScopedData, topic: string, plan: string): Promise<void> {
  const organisationId = data.actor.organisationId;
  const errors = new FieldErrors();
  await checkLookupValues(data, errors, organisationId, 'life_skills_topic', [{ field: 'topic', value: topic }]);
  errors.throwIfAny();
  const held = await data.selectFrom('course_topic_plan').select('id').where('topic', '=', topic).where('organisation_id', '=', organisationId).executeTakeFirst();
  if (held) await data.update('course_topic_plan', held.id, { plan, updated_by: data.actor.userId, updated_at: new Date() });
  else if (plan) await data.insert('course_topic_plan', { id: crypto.randomUUID(), organisation_id: organisationId, topic, plan, updated_by: data.actor.userId });
}
