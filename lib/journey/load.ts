import "server-only";
import { loadPage, type Loaded } from "@/lib/load";

export type { Loaded };

/** A journey page's call: "absent or not yours" (and a quote token that no longer fits) is the 404 page. */
export function load<T>(call: () => Promise<T>): Promise<Loaded<T>> {
  return loadPage(call, { notFoundOn: [401, 403, 404] });
}

/** Like `load`, but every refusal comes back (an extension a backend lacks answers 404, 405 or 422). */
export function attempt<T>(call: () => Promise<T>): Promise<Loaded<T>> {
  return loadPage(call);
}
