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

/** Every module's permission-matrix rows. A new module adds its rows here. */
export const permissionMatrix: MatrixRow[] = [...adminMatrix, ...casesMatrix, ...caseworkMatrix, ...peopleMatrix, ...formsMatrix, ...assessmentsMatrix, ...centresMatrix, ...tracingMatrix, ...tracingMatchMatrix];
