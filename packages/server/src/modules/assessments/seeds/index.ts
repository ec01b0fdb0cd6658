import type { TInstrumentInput } from '@homeward/core';
import { csi } from './csi.js';
import { lifeSkills } from './life-skills.js';
import { mosvyChild, mosvyFamily } from './mosvy.js';
import { rccReadiness } from './rcc-readiness.js';

/** Every instrument shipped with Homeward (version 1, published, for every organisation). */
export const shippedInstruments: TInstrumentInput[] = [csi, mosvyChild, mosvyFamily, rccReadiness, ...lifeSkills];
