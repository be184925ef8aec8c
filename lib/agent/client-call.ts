import type { z } from "zod";
import { errorBodySchema } from "@/contract/errors";

export type Called<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; detail: string; body: unknown };

export const OFFLINE = "We couldn't reach Harbour Insurance. Check your connection and try again.";
const UNREADABLE = "We got an answer we could not read. Please reload the page to see where things stand.";

type CallInit = { method?: "GET" | "POST"; body?: unknown; ifMatch?: string };

/**
 * A JSON call from the browser to this app's own /api routes (the session cookie goes along, tokens
 * stay on the server). Refusals come back with the API's own sentence and the whole error body.
 */
export async function callApi<S extends z.ZodType>(path: string, schema: S, init: CallInit = {}): Promise<Called<z.infer<S>>> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (init.ifMatch) headers["if-match"] = init.ifMatch;
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: "same-origin",
      cache: "no-store",
    });
  } catch {
    return { ok: false, status: 0, detail: OFFLINE, body: null };
  }
  const data: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) {
    const error = errorBodySchema.safeParse(data);
    const detail = error.success ? error.data.detail : `Something went wrong (error ${res.status}). Please try again.`;
    return { ok: false, status: res.status, detail, body: data };
  }
  const parsed = schema.safeParse(data);
  return parsed.success ? { ok: true, status: res.status, data: parsed.data } : { ok: false, status: res.status, detail: UNREADABLE, body: data };
}

const seg = encodeURIComponent;
/** The browser-side paths of a policy's actions (through the app's proxy). */
export const policyApi = {
  action: (policyNumber: string, action: string) => `/api/v3/policy/${seg(policyNumber)}/${action}/`,
  login: "/api/v3/login/",
  logout: "/api/v3/logout/",
};
