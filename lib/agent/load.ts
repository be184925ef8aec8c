import "server-only";
import { loadPage, type Loaded } from "@/lib/load";
import { signInHref } from "@/lib/agent/current-user";

export type AgentLoaded<T> = Loaded<T>;

/**
 * Runs a server-side API call for a console page: a sign-in the API no longer accepts goes back to
 * the sign-in page; "absent or not yours" is the 404 page when `missing` says so; anything else
 * (a refusal, a bad search, the service down) comes back for the page to explain.
 */
export function agentLoad<T>(
  call: () => Promise<T>,
  here: string,
  missing: "not-found" | "explain" = "explain",
): Promise<Loaded<T>> {
  return loadPage(call, { signIn: signInHref(here, true), notFoundOn: missing === "not-found" ? [404] : [] });
}
