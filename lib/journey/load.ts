import "server-only";
import { notFound } from "next/navigation";
import { ApiError } from "@/lib/api";

export type Loaded<T> = { ok: true; value: T } | { ok: false; status: number; detail: string };

/**
 * Runs a server-side API call for a page: "absent or not yours" becomes the 404 page; anything
 * else (backend down, a conflict) comes back for the page to explain. Other throws (redirects) pass.
 */
export async function load<T>(call: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    if (err.status === 404 || err.status === 403 || err.status === 401) notFound();
    return { ok: false, status: err.status, detail: err.detail };
  }
}

/** Like `load`, but every refusal comes back (an extension a backend lacks answers 404, 405 or 422). */
export async function attempt<T>(call: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    return { ok: false, status: err.status, detail: err.detail };
  }
}
