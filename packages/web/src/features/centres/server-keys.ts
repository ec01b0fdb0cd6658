/**
 * Field-error keys the centres endpoints send (packages/server/src/modules/centres), translated
 * where the field is shown. Listed here so the catalogue check knows they are in use.
 */
export const centreServerKeys = [
  'centres.training.tooLong',
  'centres.training.attendanceOutside',
  'centres.training.alreadyListed',
  'centres.training.evaluationNotAsked',
  'centres.training.dayOutside',
  'centres.outreach.roleTwice',
  'centres.partner.onlyPartners',
] as const;
