import { errorBodySchema } from "@/contract/errors";

export type Reply = { ok: boolean; status: number; data: unknown; detail: string };

const OFFLINE = "We couldn't reach Harbour Insurance. Check your connection and try again.";
const fallback = (status: number) => `Something went wrong (error ${status}). Please try again.`;

/**
 * A JSON POST to this app's own /api routes, with extra headers (e.g. If-Match). Unlike the
 * journey's sendJson it keeps an error's whole body: a 412 carries the fresh policy.
 */
export async function postJson(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: "POST",
      headers: { accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
      cache: "no-store",
    });
  } catch {
    return { ok: false, status: 0, data: null, detail: OFFLINE };
  }
  const data: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  const error = errorBodySchema.safeParse(data);
  return { ok: res.ok, status: res.status, data, detail: res.ok ? "" : error.success ? error.data.detail : fallback(res.status) };
}
