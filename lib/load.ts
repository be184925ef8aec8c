import "server-only";
import { notFound, redirect } from "next/navigation";
import { ApiError } from "@/lib/api-error";

export type Loaded<T> = { ok: true; value: T } | { ok: false; status: number; detail: string };

export type LoadOptions = {
  /** Where a sign-in the API no longer accepts (401) goes. */
  signIn?: string;
  /** Refusals shown as the not-found page ("absent or not yours" never says which). */
  notFoundOn?: readonly number[];
  /** Error codes whose refusal says why in a sentence worth showing, whatever its status. */
  explain?: readonly string[];
};

/**
 * Runs a server-side API call for a page. Refusals come back for the page to explain, except those the
 * options turn into a sign-in redirect or the not-found page; other throws (redirects) pass.
 */
export async function loadPage<T>(call: () => Promise<T>, options: LoadOptions = {}): Promise<Loaded<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    if (err.status === 401 && options.signIn) redirect(options.signIn);
    if (options.notFoundOn?.includes(err.status) && !options.explain?.includes(err.code)) notFound();
    return { ok: false, status: err.status, detail: err.detail };
  }
}
