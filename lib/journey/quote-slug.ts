import "server-only";
import { getPolicy } from "@/lib/api";
import { getSession } from "@/lib/session";

/** The product of a quote: from this session's quotes, else from the policy view (404 if not ours). */
export async function slugForQuote(policyNumber: string): Promise<string> {
  const session = await getSession();
  const known = Object.hasOwn(session.quotes, policyNumber) ? session.quotes[policyNumber].slug : undefined;
  if (known) return known;
  const policy = await getPolicy(policyNumber);
  return policy.subproduct_slug || policy.product_slug || "";
}
