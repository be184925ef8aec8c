import type { z } from "zod";
import { errorBodySchema } from "@/contract/errors";

export type Sent<T> = { ok: true; data: T } | { ok: false; status: number; detail: string };

export const OFFLINE =
  "We couldn't reach Harbour Insurance. Check your connection; your answers are saved on this device, so you can try again.";
const UNREADABLE = "We got an answer we could not read. Your answers are saved on this device: please try again.";

/**
 * A JSON call to this app's own /api routes (never the backend): the session cookie goes along,
 * tokens stay on the server. Errors come back as the contract's `detail`, never as a throw.
 */
export async function sendJson<S extends z.ZodType>(
  path: string,
  schema: S,
  init: { method?: "GET" | "POST"; body?: unknown } = {},
): Promise<Sent<z.infer<S>>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: init.body === undefined ? { accept: "application/json" } : { accept: "application/json", "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: "same-origin",
      cache: "no-store",
    });
  } catch {
    return { ok: false, status: 0, detail: OFFLINE };
  }
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const body = errorBodySchema.safeParse(data);
    return { ok: false, status: res.status, detail: body.success ? body.data.detail : `Something went wrong (error ${res.status}). Please try again.` };
  }
  const parsed = schema.safeParse(data);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, status: res.status, detail: UNREADABLE };
}
