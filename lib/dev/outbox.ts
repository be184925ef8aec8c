import "server-only";
import { z } from "zod";
import { toApiError, upstream } from "@/lib/upstream";

const emailSchema = z.object({
  id: z.string().optional(),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  created_at: z.string().nullable().optional(),
});
export type OutboxEmail = z.infer<typeof emailSchema>;
export type Outbox = { available: true; emails: OutboxEmail[] } | { available: false; detail?: string };

/** The backend's development outbox (newest first). A backend in production has none: it answers 404. */
export async function readOutbox(to?: string): Promise<Outbox> {
  let res: Response;
  try {
    res = await upstream("/api/v3/dev/outbox/", { query: { to: to || undefined }, headers: { accept: "application/json" } });
  } catch (err) {
    return { available: false, detail: toApiError(err).detail };
  }
  if (!res.ok) {
    await res.body?.cancel();
    return res.status >= 500 ? { available: false, detail: `The policy service answered with an error (HTTP ${res.status}).` } : { available: false };
  }
  const parsed = z.object({ emails: z.array(emailSchema) }).safeParse(await res.json().catch(() => null));
  return parsed.success ? { available: true, emails: parsed.data.emails } : { available: false, detail: "The outbox sent an answer we could not read." };
}
