import { and, eq, lt } from "drizzle-orm";
import { todayISO } from "../../contract/rules";
import type { AppContext } from "../context";
import { updatePolicy } from "../storage/policies";
import { StaleVersionError } from "./errors";
import { policies } from "../storage/schema";
import { STATUS } from "../../contract/lifecycle";

/** Active policies whose cover has ended become Expired, each as a new version. Returns how many. */
export async function expireEndedPolicies(ctx: AppContext, batch = 200): Promise<number> {
  const today = todayISO(ctx.now());
  const ended = await ctx.db
    .select()
    .from(policies)
    .where(and(eq(policies.status, STATUS.active), lt(policies.endDate, today)))
    .limit(batch);
  let count = 0;
  for (const policy of ended) {
    try {
      await updatePolicy(
        ctx.db,
        policy,
        { status: STATUS.ended },
        { by: "System", at: ctx.now().toISOString(), reason: "Cover ended" },
      );
      count++;
    } catch (e) {
      if (!(e instanceof StaleVersionError)) throw e; // changed meanwhile: the next run looks again
    }
  }
  return count;
}
