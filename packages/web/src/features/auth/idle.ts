/** Where a signed-in session stands, given the last activity anywhere in this browser. */
export type IdleState = 'active' | 'warning' | 'expired';

/** Warn this long before the end, so someone in the middle of typing can stay. */
export const IDLE_WARNING_MS = 60_000;

/** The warning lasts a minute, or a quarter of a very short timeout. */
export const warningFor = (timeoutMs: number): number => Math.min(IDLE_WARNING_MS, timeoutMs / 4);

export function idleState(lastActivity: number, now: number, timeoutMs: number, warningMs = warningFor(timeoutMs)): IdleState {
  const idle = now - lastActivity;
  if (idle >= timeoutMs) return 'expired';
  if (idle >= timeoutMs - warningMs) return 'warning';
  return 'active';
}

/** Seconds left before an idle session ends (never negative). */
export const secondsLeft = (lastActivity: number, now: number, timeoutMs: number): number =>
  Math.max(0, Math.ceil((lastActivity + timeoutMs - now) / 1000));
