import type { MatrixRow } from '../test/matrix.js';
import { adminMatrix } from './admin.matrix.js';
import { assessmentsMatrix } from './assessments.matrix.js';
import { casesMatrix } from './cases.matrix.js';
import { caseworkMatrix } from './casework.matrix.js';
import { peopleMatrix } from './people.matrix.js';
import { formsMatrix } from './forms.matrix.js';
import { centresMatrix } from './centres.matrix.js';
import { tracingMatrix } from './tracing.matrix.js';
import { tracingMatchMatrix } from './tracing-match.matrix.js';
import { clubsMatrix } from './clubs.matrix.js';
import { programmesMatrix } from './programmes.matrix.js';
import { leaversMatrix } from './leavers.matrix.js';
import { scholarshipsMatrix } from './scholarships.matrix.js';
import { counsellingMatrix } from './counselling.matrix.js';
import { coursesMatrix } from './courses.matrix.js';

/** Every module's permission-matrix rows. A new module adds its rows here. */
export const permissionMatrix: MatrixRow[] = [...adminMatrix, ...casesMatrix, ...caseworkMatrix, ...peopleMatrix, ...formsMatrix, ...assessmentsMatrix, ...centresMatrix, ...tracingMatrix, ...tracingMatchMatrix, ...clubsMatrix, ...programmesMatrix, ...leaversMatrix, ...scholarshipsMatrix, ...counsellingMatrix, ...coursesMatrix];
