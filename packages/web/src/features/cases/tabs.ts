/** The case page's tabs, in order; the open one is in the URL (`?tab=plan`). */
export const caseTabs = ['overview', 'notes', 'plan', 'placement', 'followUps', 'services', 'consents'] as const;
export type CaseTab = (typeof caseTabs)[number];
