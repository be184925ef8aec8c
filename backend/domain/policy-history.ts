import type { AppContext } from "../context";
import { iso } from "../context";
import type { Caller } from "../security/caller";
import { loadVisiblePolicy } from "../security/access";
import { forbidden, unauthenticated } from "./errors";
import { statusName } from "./journey/respond";

/** Every version of a policy, for staff only. */
export async function policyHistory(ctx: AppContext, caller: Caller, policyNumber: string) {
  if (caller.kind === "anonymous") throw unauthenticated("Sign in to see a policy's history.");
  if (caller.kind !== "user") throw forbidden("Only staff can see a policy's full history.");
  const policy = await loadVisiblePolicy(ctx, caller, policyNumber);
  const versions = await ctx.stores.policies.versions(policy.policyNumber);
  return {
    versions: versions.map((v) => ({
      seq: v.seq,
      version_id: v.versionId,
      status: statusName(v.status),
      changed_at: iso(v.changedAt),
      changed_by: v.changedBy,
      reason_text: v.reasonText,
      note: v.note,
    })),
  };
}
