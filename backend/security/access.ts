import type { AppContext } from "../context";
import { getPolicy } from "../storage/policies";
import type { PolicyRow } from "../storage/schema";
import { policyNotFound, unauthenticated } from "../http/errors";
import type { Caller } from "./caller";
import { hashToken, sameHash } from "./tokens";

export function holdsQuoteToken(caller: Caller, policy: PolicyRow): boolean {
  return !!caller.quoteToken && !!policy.quoteTokenHash && sameHash(hashToken(caller.quoteToken), policy.quoteTokenHash);
}

export function canSee(caller: Caller, policy: PolicyRow): boolean {
  if (holdsQuoteToken(caller, policy)) return true;
  if (caller.kind === "customer") {
    return policy.customerId === caller.customerId && (!caller.policyScope || caller.policyScope === policy.policyNumber);
  }
  if (caller.kind === "user") return caller.permissions.includes("view_all_policies") || policy.soldByUserId === caller.userId;
  return false;
}

/** 401 for nobody at all; 404 for a policy that is absent or not the caller's (never 403: that would reveal it exists). */
export async function loadVisiblePolicy(ctx: AppContext, caller: Caller, policyNumber: string): Promise<PolicyRow> {
  if (caller.kind === "anonymous" && !caller.quoteToken) throw unauthenticated("Sign in, or continue your quote from the device you started it on.");
  const policy = await getPolicy(ctx.db, policyNumber.toUpperCase());
  if (!policy || !canSee(caller, policy)) throw policyNotFound(policyNumber);
  return policy;
}
