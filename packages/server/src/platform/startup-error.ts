/** A problem an operator must fix before Homeward can start; printed without a stack trace. */
export class AppStartupError extends Error {
  override name = 'AppStartupError';
}
