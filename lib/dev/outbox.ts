import { outboxResponseSchema, type OutboxEmail } from "@/contract/dev";
import { browserEndpoints as endpoints } from "@/contract/endpoints/browser";
import { pathTo } from "@/contract/endpoints/path";
import { callApi } from "@/lib/client-api";

export type { OutboxEmail };
export type Outbox = { available: true; emails: OutboxEmail[] } | { available: false; detail?: string };

/** How often the outbox page asks again, so a code just sent shows up without a reload. */
export const OUTBOX_REFRESH_MS = 3_000;

/**
 * The backend's development outbox (newest first), read in the browser through the app's proxy, which
 * lets it through only while the app shows the outbox. A backend in production has none: it answers 404.
 */
export async function readOutbox(to: string): Promise<Outbox> {
  const res = await callApi(pathTo(endpoints.outbox, undefined, { to: to || undefined }), outboxResponseSchema);
  if (res.ok) return { available: true, emails: res.data.emails };
  if (res.status === 0) return { available: false, detail: res.detail };
  if (res.status < 300) return { available: false, detail: "The outbox sent an answer we could not read." };
  if (res.status < 500) return { available: false };
  // The proxy's own 502/504 (the service can't be reached) says so; an error from the service itself gets its status.
  const code = (res.body as { code?: unknown } | null)?.code;
  if (code === "bad_gateway" || code === "gateway_timeout") return { available: false, detail: res.detail };
  return { available: false, detail: `The policy service answered with an error (HTTP ${res.status}).` };
}
