import "server-only";
import { notFound, redirect } from "next/navigation";
import { ApiError } from "@/lib/api";
import type { Loaded } from "@/lib/journey/load";
import { getSession } from "@/lib/session";
import { signInPath } from "./paths";

export type SignedInCustomer = { name?: string; email?: string; expiresAt?: string };

/**
 * The customer signed in to this session, or a redirect to sign in that comes back to `here`
 * (saying why when their 30 minutes ran out). Server components only.
 */
export async function requireCustomer(here: string): Promise<SignedInCustomer> {
  const { customer } = await getSession();
  const expired = Boolean(customer?.expiresAt && !(Date.parse(customer.expiresAt) > Date.now()));
  if (!customer?.token || expired) redirect(signInPath({ next: here, reason: expired ? "timeout" : undefined }));
  return { name: customer.name, email: customer.email, expiresAt: customer.expiresAt };
}

/**
 * Runs an API call for an account page: a sign-in the API no longer accepts goes back to sign in;
 * "absent or not yours" is the not-found page (which never says which); the rest is for the page to explain.
 */
export async function loadForAccount<T>(call: () => Promise<T>, here: string): Promise<Loaded<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    if (err.status === 401) redirect(signInPath({ next: here, reason: "ended" }));
    if (err.status === 404 || err.status === 403) notFound();
    return { ok: false, status: err.status, detail: err.detail };
  }
}
