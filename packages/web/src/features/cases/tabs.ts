/** The case page's tabs, in order; the open one is in the URL (`?tab=plan`), checked by the route against this list. */
export const caseTabs = ['overview', 'notes', 'assessments', 'tracing', 'plan', 'placement', 'followUps', 'services', 'consents', 'documents'] as const;
export type CaseTab = (typeof caseTabs)[number];
