import type { AppContext } from "./context";
import { settleStuckPayments } from "./domain/payments";
import { purgeOldRateEvents } from "./security/rate-events";
import { purgeSentSecrets, retryStuckEmails } from "./mail/outbox-recovery";

/** Clean-up that must happen even when nobody comes back: each is a plain function, safe on several instances. */
export const MAINTENANCE_TASKS: Array<[string, (ctx: AppContext) => Promise<number>]> = [
  ["Settling stuck payments", settleStuckPayments],
  ["Purging old rate-limit events", purgeOldRateEvents],
  ["Retrying emails a crash left sending", retryStuckEmails],
  ["Removing sent or expired codes from the outbox", purgeSentSecrets],
];

export function startMaintenance(ctx: AppContext, everyMs = 60 * 1000) {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    for (const [name, task] of MAINTENANCE_TASKS) {
      await task(ctx).catch((e) => console.error(`${name}:`, (e as Error).message));
    }
    running = false;
  };
  const timer = setInterval(run, everyMs);
  return () => clearInterval(timer);
}
