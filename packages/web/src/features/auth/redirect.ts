/** Only paths inside this app: never send someone on to another site after sign-in. */
export const safeRedirect = (to: string | undefined): string =>
  to && to.startsWith('/') && !to.startsWith('//') && !to.startsWith('/\\') && !to.startsWith('/sign-in') ? to : '/';
