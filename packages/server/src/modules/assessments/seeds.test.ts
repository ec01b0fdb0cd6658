import { checkDefinition, maxTotalOf, ZInstrumentDefinition, ZInstrumentInput } from '@homeward/core';
import { describe, expect, it } from 'vitest';
import { shippedInstruments } from './seeds/index.js';
import { lifeSkillsTopics } from './seeds/life-skills.js';

const byCode = new Map(shippedInstruments.map((i) => [i.code, i]));
const khmer = /[\u1780-\u17FF]/;

describe('instruments shipped with Homeward', () => {
  it('each parses, passes checkDefinition, and has a unique code', () => {
    expect(new Set(shippedInstruments.map((i) => i.code)).size).toBe(shippedInstruments.length);
    for (const i of shippedInstruments) {
      expect(ZInstrumentInput.parse(i), i.code).toEqual(i);
      expect(checkDefinition(ZInstrumentDefinition.parse(i.definition)), i.code).toEqual([]);
    }
  });

  it('is worded in English and Khmer throughout', () => {
    const texts: Array<{ en: string; km: string }> = [];
    for (const i of shippedInstruments) {
      texts.push(i.name);
      for (const s of i.definition.sections) {
        texts.push(s.title);
        for (const item of s.items) {
          texts.push(item.label);
          if (item.kind === 'scale') for (const l of item.levels) texts.push(l.label, ...(l.guidance ? [l.guidance] : []));
        }
      }
      for (const t of i.definition.thresholds) texts.push(t.label);
    }
    for (const t of texts) {
      expect(t.en.trim(), JSON.stringify(t)).not.toBe('');
      expect(t.km, JSON.stringify(t)).toMatch(khmer);
    }
  });

  it('CSI: 6 domains × 2 factors, 1–4 red/yellow/blue/green with guidance, a reason for every score, every 180 days', () => {
    const csi = byCode.get('csi')!;
    expect(csi.subject).toBe('child');
    expect(csi.frequencyDays).toBe(180);
    expect(csi.definition.sections.map((s) => s.items.length)).toEqual([2, 2, 2, 2, 2, 2]);
    for (const item of csi.definition.sections.flatMap((s) => s.items)) {
      expect(item).toMatchObject({ kind: 'scale', reasonRequired: true });
      if (item.kind !== 'scale') continue;
      expect(item.levels.map((l) => [l.value, l.colour])).toEqual([[1, 'red'], [2, 'yellow'], [3, 'blue'], [4, 'green']]);
      expect(item.levels.every((l) => l.guidance?.en && l.guidance.km)).toBe(true);
    }
  });

  it('MoSVY: child 11 items, family 16 items; the family total ≥ 48 (16 × "good") allows closure', () => {
    const child = byCode.get('mosvy_child')!;
    const family = byCode.get('mosvy_family')!;
    expect(child.definition.sections.flatMap((s) => s.items).map((i) => i.key)).toEqual([
      'physical_health', 'mental_health', 'safety', 'food', 'shelter', 'clothing', 'education', 'family_relations', 'social_relations', 'legal_documents', 'legal_aid',
    ]);
    expect(family.subject).toBe('household');
    expect(family.definition.sections.flatMap((s) => s.items)).toHaveLength(16);
    expect(maxTotalOf(family.definition)).toBe(64);
    expect(family.definition.thresholds).toEqual([expect.objectContaining({ on: 'total', op: '>=', value: 48, allowsClosure: true })]);
    expect(child.definition.thresholds.some((t) => t.allowsClosure)).toBe(false);
  });

  it('RCC readiness is about a centre; one life-skills questionnaire per seed topic, for young people', () => {
    expect(byCode.get('rcc_readiness')!.subject).toBe('centre');
    expect(byCode.get('rcc_readiness')!.definition.sections.map((s) => s.key)).toEqual([
      'director_motivation', 'donor_motivation', 'governance', 'staff', 'finances', 'community_links', 'family_contact',
    ]);
    expect(lifeSkillsTopics).toEqual(['knowing_myself', 'communication', 'living_safely', 'anger_management', 'reproductive_health', 'drug_awareness', 'money_management', 'life_planning', 'goal_setting']);
    for (const topic of lifeSkillsTopics) {
      const i = byCode.get(`life_skills_${topic}`)!;
      expect(i.subject).toBe('young_person');
      expect(i.frequencyDays).toBeNull();
      expect(i.definition.sections.flatMap((s) => s.items).map((x) => x.kind)).toEqual(['scale', 'scale', 'scale', expect.stringMatching(/yes_no|text/)]);
    }
  });
});
