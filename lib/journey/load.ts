import "server-only";
import { loadPage, type Loaded } from "@/lib/load";

export type { Loaded };

/**
 * A journey page's call: "absent or not yours" is the 404 page; a quote token past its lifetime is explained
 * (the API says why), anything else (backend down, a conflict) comes back for the page to explain.
 */
export function load<T>(call: () => Promise<T>): Promise<Loaded<T>> {
  return loadPage(call, { notFoundOn: [401, 403, 404], explain: ["quote_token_expired"] });
}

/** Like `load`, but every refusal comes back (an extension a backend lacks answers 404, 405 or 422). */
export function attempt<T>(call: () => Promise<T>): Promise<Loaded<T>> {
  return loadPage(call);
}
