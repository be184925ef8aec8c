import "server-only";
import { notFound, redirect } from "next/navigation";
import { ApiError, httpError, UNREADABLE_ANSWER } from "@/lib/api-error";
import { getT } from "@/lib/i18n/server";
import { BAD_GATEWAY, GATEWAY_TIMEOUT } from "@/lib/upstream";

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
    return { ok: false, status: err.status, detail: await ownWords(err) };
  }
}

/** The sentences the web app wrote itself (the API unreachable, slow, unreadable), by key of `errors`. */
const OWN: Record<string, string> = {
  [BAD_GATEWAY.detail]: "unreachable",
  [GATEWAY_TIMEOUT.detail]: "slow",
  [UNREADABLE_ANSWER]: "unreadableAnswer",
};

/** A refusal's sentence for the page: the API's own as it sent it, the web app's own in the page's language. */
export async function ownWords(err: ApiError): Promise<string> {
  const key = OWN[err.detail] ?? (err.detail === httpError(err.status) ? "httpError" : null);
  return key ? (await getT("errors"))(key, { status: err.status }) : err.detail;
}
