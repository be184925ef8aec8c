import "server-only";
import { notFound, redirect } from "next/navigation";
import { ApiError } from "@/lib/api";
import { signInHref } from "@/lib/agent/current-user";

export type AgentLoaded<T> = { ok: true; value: T } | { ok: false; status: number; detail: string };

/**
 * Runs a server-side API call for a console page: a sign-in the API no longer accepts goes back to
 * the sign-in page; "absent or not yours" is the 404 page when `missing` says so; anything else
 * (a refusal, a bad search, the service down) comes back for the page to explain.
 */
export async function agentLoad<T>(call: () => Promise<T>, here: string, missing: "not-found" | "explain" = "explain"): Promise<AgentLoaded<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    if (err.status === 401) redirect(signInHref(here, true));
    if (err.status === 404 && missing === "not-found") notFound();
    return { ok: false, status: err.status, detail: err.detail };
  }
}
