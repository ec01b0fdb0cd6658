/**
 * The English and Khmer catalogues: the foundation's `en.json`/`km.json` plus one file pair per
 * feature (`<feature>.en.json`/`<feature>.km.json`), so features translate without touching each
 * other's files. Top-level keys must not repeat across files (npm run i18n:check enforces it).
 */
import en from './en.json';
import km from './km.json';
import peopleEn from './people.en.json';
import peopleKm from './people.km.json';
import casesEn from './cases.en.json';
import casesKm from './cases.km.json';
import assessmentsEn from './assessments.en.json';
import assessmentsKm from './assessments.km.json';
import formsEn from './forms.en.json';
import formsKm from './forms.km.json';
import centresEn from './centres.en.json';
import centresKm from './centres.km.json';
import tracingEn from './tracing.en.json';
import tracingKm from './tracing.km.json';
import matchingEn from './matching.en.json';
import matchingKm from './matching.km.json';
import scholarshipsEn from './scholarships.en.json';
import scholarshipsKm from './scholarships.km.json';
import counsellingEn from './counselling.en.json';
import counsellingKm from './counselling.km.json';
import coursesEn from './courses.en.json';
import coursesKm from './courses.km.json';
import programmesEn from './programmes.en.json';
import programmesKm from './programmes.km.json';
import clubsEn from './clubs.en.json';
import clubsKm from './clubs.km.json';
import leaversEn from './leavers.en.json';
import leaversKm from './leavers.km.json';

export const catalogEn = { ...en, ...peopleEn, ...casesEn, ...assessmentsEn, ...formsEn, ...centresEn, ...tracingEn, ...matchingEn, ...programmesEn, ...clubsEn, ...leaversEn, ...scholarshipsEn, ...counsellingEn, ...coursesEn };
export const catalogKm = { ...km, ...peopleKm, ...casesKm, ...assessmentsKm, ...formsKm, ...centresKm, ...tracingKm, ...matchingKm, ...programmesKm, ...clubsKm, ...leaversKm, ...scholarshipsKm, ...counsellingKm, ...coursesKm };
export type Catalog = typeof catalogEn;
