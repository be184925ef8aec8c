import "server-only";
import { outboxResponseSchema, type OutboxEmail } from "@/contract/dev";
import { endpoints, pathTo } from "@/contract/endpoints";
import { toApiError, upstream } from "@/lib/upstream";

export type { OutboxEmail };
export type Outbox = { available: true; emails: OutboxEmail[] } | { available: false; detail?: string };

/** The backend's development outbox (newest first). A backend in production has none: it answers 404. */
export async function readOutbox(to?: string): Promise<Outbox> {
  let res: Response;
  try {
    const query = { to: to || undefined };
    res = await upstream(pathTo(endpoints.outbox), { query, headers: { accept: "application/json" } });
  } catch (err) {
    return { available: false, detail: toApiError(err).detail };
  }
  if (!res.ok) {
    await res.body?.cancel();
    if (res.status < 500) return { available: false };
    return { available: false, detail: `The policy service answered with an error (HTTP ${res.status}).` };
  }
  const parsed = outboxResponseSchema.safeParse(await res.json().catch(() => null));
  if (!parsed.success) return { available: false, detail: "The outbox sent an answer we could not read." };
  return { available: true, emails: parsed.data.emails };
}
