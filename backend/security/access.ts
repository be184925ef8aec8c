import type { AppContext } from "../context";
import type { PolicyRow } from "../storage/rows";
import { policyNotFound, said, unauthenticated } from "../domain/errors";
import type { Caller } from "./caller";
import { hashToken, sameHash } from "./tokens";
import { quoteTokenExpired, touchQuoteToken } from "./quote-tokens";
import { BEING_BOUGHT } from "../../contract/lifecycle";

/** A request's quote token is hashed once, however many checks ask (a caller lives as long as its request). */
const quoteTokenHashes = new WeakMap<Caller, string>();
function quoteTokenHashOf(caller: Caller, quoteToken: string): string {
  let hash = quoteTokenHashes.get(caller);
  if (hash === undefined) quoteTokenHashes.set(caller, (hash = hashToken(quoteToken)));
  return hash;
}

export function holdsQuoteToken(caller: Caller, policy: PolicyRow): boolean {
  return (
    !!caller.quoteToken &&
    !!policy.quoteTokenHash &&
    sameHash(quoteTokenHashOf(caller, caller.quoteToken), policy.quoteTokenHash)
  );
}

/** Ours are 8 letters and digits; anything far from that shape is no policy (and never reaches a query). */
const POLICY_NUMBER = /^[A-Za-z0-9_-]{1,40}$/;

/**
 * A quote token is the buyer's browser: it may do anything while the quote is being bought, and only
 * read it (the done page, its documents) afterwards; changing a bought policy needs a sign-in.
 */
export function canSee(caller: Caller, policy: PolicyRow, write = false): boolean {
  if (holdsQuoteToken(caller, policy) && (!write || BEING_BOUGHT.includes(policy.status))) return true;
  if (caller.kind === "customer") {
    return (
      policy.customerId === caller.customerId && (!caller.policyScope || caller.policyScope === policy.policyNumber)
    );
  }
  if (caller.kind === "user")
    return caller.permissions.includes("view_all_policies") || policy.soldByUserId === caller.userId;
  return false;
}

/**
 * 401 for nobody at all; 404 for a policy that is absent or not the caller's (never 403: that would reveal it exists).
 * `load` reads the policy with whatever else the caller needs in the same round trip (shown only once it passes).
 */
export async function loadVisible<T>(
  ctx: AppContext,
  caller: Caller,
  policyNumber: string,
  load: (policyNumber: string) => Promise<T | null>,
  policyOf: (loaded: T) => PolicyRow,
  opts: { write?: boolean } = {},
): Promise<T> {
  if (caller.kind === "anonymous" && !caller.quoteToken) throw unauthenticated(said("signInOrContinue"));
  const loaded = POLICY_NUMBER.test(policyNumber) ? await load(policyNumber.toUpperCase()) : null;
  if (!loaded) throw policyNotFound(policyNumber);
  const policy = policyOf(loaded);
  await checkVisible(ctx, caller, policyNumber, policy, opts);
  return loaded;
}

export const loadVisiblePolicy = (
  ctx: AppContext,
  caller: Caller,
  policyNumber: string,
  opts: { write?: boolean } = {},
): Promise<PolicyRow> =>
  loadVisible(
    ctx,
    caller,
    policyNumber,
    (n) => ctx.stores.policies.get(n),
    (p) => p,
    opts,
  );

async function checkVisible(
  ctx: AppContext,
  caller: Caller,
  policyNumber: string,
  policy: PolicyRow,
  opts: { write?: boolean },
): Promise<void> {
  if (holdsQuoteToken(caller, policy) && !(await touchQuoteToken(ctx, policy.quoteTokenHash!, policy.updatedAt))) {
    // An expired quote token opens nothing, but a bearer token sent alongside still counts.
    if (canSee({ ...caller, quoteToken: null }, policy, opts.write)) return;
    throw quoteTokenExpired(policy.productSlug);
  }
  if (!canSee(caller, policy, opts.write)) throw policyNotFound(policyNumber);
}
