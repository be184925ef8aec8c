import type { AppContext } from "../../context";
import { DomainError, StaleVersionError, forbidden, unauthenticated } from "../errors";
import type { Caller, Permission } from "../../security/caller";
import { loadVisiblePolicy } from "../../security/access";
import type { PolicyRow } from "../../storage/rows";
import { viewPolicy } from "../policy-view";

const PERMISSION_WORDS: Record<Permission, string> = {
  view_all_policies: "see every policy",
  cancel_policy: "cancel policies",
  remove_recurring_payment: "remove recurring payments",
  approve_referrals: "decide on referred applications",
  send_continue_links: "send continue links",
  suspend_policies: "suspend and reinstate policies",
};

/** No credentials at all is 401 (sign in); signed in without the permission is 403. */
export function requirePermission(caller: Caller, permission: Permission) {
  if (caller.kind === "anonymous") throw unauthenticated(`Sign in as staff to ${PERMISSION_WORDS[permission]}.`);
  if (caller.kind !== "user" || !caller.permissions.includes(permission)) {
    throw forbidden(`You don't have permission to ${PERMISSION_WORDS[permission]} (${permission}).`);
  }
}

/** The version the caller last saw, from `If-Match`; the change goes through only on that version. */
export function ifMatch(header: string | string[] | undefined): string {
  if (!header || typeof header !== "string") {
    const detail = "Send If-Match with the policy's version_id, so a change made meanwhile isn't overwritten.";
    throw new DomainError("version_required", "precondition_required", detail);
  }
  return header.replace(/^W\//, "").replace(/"/g, "").trim();
}

/** Loads the policy and checks it is still the version the caller saw; a stale version gets 412 with the fresh policy. */
export async function loadForChange(
  ctx: AppContext,
  caller: Caller,
  policyNumber: string,
  versionId: string,
): Promise<PolicyRow> {
  const policy = await loadVisiblePolicy(ctx, caller, policyNumber, { write: true });
  if (policy.versionId !== versionId) await throwStale(ctx, caller, policy.policyNumber);
  return policy;
}

export async function throwStale(ctx: AppContext, caller: Caller, policyNumber: string): Promise<never> {
  const { view } = await viewPolicy(ctx, caller, policyNumber);
  const detail =
    `Policy ${policyNumber} was changed by someone else since you opened it. ` +
    "Check the latest details and try again.";
  throw new DomainError("stale_version", "precondition_failed", detail, { policy: view });
}

/** Runs a write; if someone else wrote first, answers 412 with the fresh policy. */
export async function guarded<T>(
  ctx: AppContext,
  caller: Caller,
  policyNumber: string,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (e instanceof StaleVersionError) return throwStale(ctx, caller, policyNumber);
    throw e;
  }
}
