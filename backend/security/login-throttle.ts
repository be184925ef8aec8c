import type { AppContext } from "../context";

const MINUTE = 60 * 1000;
/** Wrong passwords for one username from one address before back-off starts. */
export const FREE_FAILURES = 5;
/** Failures older than this are forgotten. */
const FAILURE_MEMORY_MS = 60 * MINUTE;
const BACKOFF_BASE_MS = MINUTE;
const BACKOFF_MAX_MS = 30 * MINUTE;
/** Across every username, from one address (password spraying); sized for a busy office behind one NAT. */
const ADDRESS_WINDOW_MS = 15 * MINUTE;

export type Reservation =
  { allowed: true; settle(success: boolean): Promise<void> } | { allowed: false; retryInMs: number };

/** 1 min after the 5th failure, then 2, 4, 8… up to 30 min between tries. */
export const backoffMs = (failures: number) =>
  failures < FREE_FAILURES ? 0 : Math.min(BACKOFF_BASE_MS * 2 ** (failures - FREE_FAILURES), BACKOFF_MAX_MS);

/**
 * Reserves one sign-in attempt for `username` from `address`, counted as a failure until `settle(true)`.
 * Counting before the (slow) password check, under per-key locks, means concurrent wrong passwords can't
 * exceed the limit. Keyed by username AND address: a stranger elsewhere can't lock a named agent out.
 */
export async function reserveLoginAttempt(ctx: AppContext, username: string, address: string): Promise<Reservation> {
  const userKey = `login-fail:${username.trim().toLowerCase()}|${address}`;
  const addressKey = `login-fail-address:${address}`;
  let at = "";
  const outcome = await ctx.transaction(async (tx) => {
    const store = tx.stores.rateEvents;
    // Always the same order (user key, then address key), so two sign-ins can't wait on each other.
    for (const key of [userKey, addressKey]) await store.lock(key);
    // The time is read once the locks are held: read before, a sign-in that waited would find a failure "later"
    // than its own now, and be told to wait although it was within the free failures.
    const now = ctx.now().getTime();
    at = new Date(now).toISOString();
    const recent = (key: string, windowMs: number) => store.times(key, new Date(now - windowMs).toISOString());
    const failures = (await recent(userKey, FAILURE_MEMORY_MS)).map((t) => new Date(t).getTime());
    const last = failures.length ? Math.max(...failures) : 0;
    const wait = last + backoffMs(failures.length) - now;
    if (wait > 0) return { allowed: false as const, retryInMs: wait };
    const fromAddress = await recent(addressKey, ADDRESS_WINDOW_MS);
    if (fromAddress.length >= ctx.config.LOGIN_FAILURES_PER_ADDRESS) {
      const oldest = Math.min(...fromAddress.map((t) => new Date(t).getTime()));
      return { allowed: false as const, retryInMs: Math.max(1000, oldest + ADDRESS_WINDOW_MS - now) };
    }
    await store.add([
      { key: userKey, at },
      { key: addressKey, at },
    ]);
    return { allowed: true as const };
  });
  if (!outcome.allowed) return outcome;
  return {
    allowed: true,
    async settle(success) {
      if (!success) return;
      // A right password clears this username's failures here, and un-counts this attempt for the address.
      await ctx.stores.rateEvents.forget(userKey);
      await ctx.stores.rateEvents.forget(addressKey, at);
    },
  };
}
