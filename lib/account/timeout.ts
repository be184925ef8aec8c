/** Customer sign-ins last 30 minutes; the warning comes this long before the end. */
export const WARN_BEFORE_MS = 2 * 60 * 1000;

/** What "Stay signed in" hands back: the new expiry, or why it could not be had (`ended`: sign in again). */
export type RefreshResult = { ok: true; expiresAt: string } | { ok: false; detail: string; ended?: boolean };

/** Milliseconds until the warning and until the end, from now; null for an expiry that can't be read. */
export function schedule(
  expiresAt: string,
  now: number,
  warnBefore = WARN_BEFORE_MS,
): { warnIn: number; endIn: number } | null {
  const end = Date.parse(expiresAt);
  if (Number.isNaN(end)) return null;
  return { warnIn: Math.max(0, end - warnBefore - now), endIn: Math.max(0, end - now) };
}

/** Whole minutes left (0: less than a minute), rounded so the dialog never overstates the time left. */
export function minutesLeft(ms: number): number {
  return Math.max(0, Math.floor((ms + 5_000) / 60_000));
}
