import { todayISO } from "../../contract/rules";
import type { AppContext } from "../context";
import { StaleVersionError } from "./errors";
import { STATUS } from "../../contract/lifecycle";

/** Active (or suspended) policies whose cover has ended become Expired, each as a new version. Returns how many. */
export async function expireEndedPolicies(ctx: AppContext, batch = 200): Promise<number> {
  const today = todayISO(ctx.now());
  let count = 0;
  // Batch after batch until none is left; one changed meanwhile is left for the next run, and never holds up the rest.
  const skipped = new Set<string>();
  for (;;) {
    const ended = (await ctx.stores.policies.activeEndedBefore(today, batch + skipped.size)).filter(
      (p) => !skipped.has(p.policyNumber),
    );
    if (ended.length === 0) return count;
    for (const policy of ended) {
      try {
        await ctx.stores.policies.update(
          policy,
          { status: STATUS.ended },
          { by: "System", at: ctx.now().toISOString(), reason: "Cover ended" },
        );
        count++;
      } catch (e) {
        if (!(e instanceof StaleVersionError)) throw e;
        skipped.add(policy.policyNumber);
      }
    }
  }
}
