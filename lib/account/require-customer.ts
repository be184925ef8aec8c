import "server-only";
import { redirect } from "next/navigation";
import { loadPage, type Loaded } from "@/lib/load";
import { isExpired } from "@/lib/token-expiry";
import { getSession } from "@/lib/session";
import { signInPath } from "./paths";

export type SignedInCustomer = { name?: string; email?: string; expiresAt?: string };

/**
 * The customer signed in to this session, or a redirect to sign in that comes back to `here`
 * (saying why when their 30 minutes ran out). Server components only.
 */
export async function requireCustomer(here: string): Promise<SignedInCustomer> {
  const { customer } = await getSession();
  const expired = isExpired(customer?.expiresAt);
  if (!customer?.token || expired) redirect(signInPath({ next: here, reason: expired ? "timeout" : undefined }));
  return { name: customer.name, email: customer.email, expiresAt: customer.expiresAt };
}

/**
 * Runs an API call for an account page: a sign-in the API no longer accepts goes back to sign in;
 * "absent or not yours" is the not-found page (which never says which); the rest is for the page to explain.
 */
export function loadForAccount<T>(call: () => Promise<T>, here: string): Promise<Loaded<T>> {
  return loadPage(call, { signIn: signInPath({ next: here, reason: "ended" }), notFoundOn: [403, 404] });
}
