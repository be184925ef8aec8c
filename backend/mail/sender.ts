import { eq, sql } from "drizzle-orm";
import type { MailTransport } from "../adapters/mail-transport/types";
import type { AppContext } from "../context";
import { outbox } from "../storage/schema";
import { renderDocument } from "../domain/policy-documents";
import { getPolicy } from "../storage/policies";
import { bodyAfterSending } from "./outbox-recovery";

type Row = typeof outbox.$inferSelect;
const FROM = "Harbour Insurance <no-reply@harbour-insurance.example>";

/**
 * Delivers queued emails until none are left (the email-delivery job). Rows are claimed with SKIP LOCKED, so several
 * instances can run this at once without sending anything twice. Returns how many were handled.
 */
export async function deliverQueued(ctx: AppContext, transport: MailTransport | null): Promise<number> {
  let handled = 0;
  for (let batch = await claim(ctx); batch.length; batch = await claim(ctx)) {
    for (const row of batch) await deliver(ctx, transport, row);
    handled += batch.length;
  }
  return handled;
}

async function claim(ctx: AppContext): Promise<Row[]> {
  const result = await ctx.db.execute(sql`
    UPDATE outbox SET status = 'sending', claimed_at = ${ctx.now().toISOString()}, attempts = attempts + 1 WHERE id IN (
      SELECT id FROM outbox WHERE status = 'queued' ORDER BY created_at LIMIT 10 FOR UPDATE SKIP LOCKED
    ) RETURNING id`);
  const ids = (result.rows as Array<{ id: string }>).map((r) => r.id);
  const rows: Row[] = [];
  for (const id of ids) rows.push(...(await ctx.db.select().from(outbox).where(eq(outbox.id, id))));
  return rows;
}

async function deliver(ctx: AppContext, transport: MailTransport | null, row: Row) {
  if (!transport) {
    await ctx.db.update(outbox).set({ status: "not sent (no SMTP configured)" }).where(eq(outbox.id, row.id));
    return;
  }
  try {
    await transport.send({ from: FROM, to: row.toAddress, subject: row.subject, text: row.body, attachments: await attachmentsFor(ctx, row) });
    const body = bodyAfterSending(row.kind, row.body);
    const sent = { status: "sent", sentAt: ctx.now().toISOString(), body };
    await ctx.db.update(outbox).set(sent).where(eq(outbox.id, row.id));
  } catch (e) {
    await ctx.db.update(outbox).set({ status: `failed: ${(e as Error).message}`.slice(0, 200) }).where(eq(outbox.id, row.id));
  }
}

/** The policy-issued email carries the certificate of insurance. */
async function attachmentsFor(ctx: AppContext, row: Row) {
  if (row.kind !== "policy_issued" || !row.policyNumber) return [];
  const policy = await getPolicy(ctx.db, row.policyNumber);
  if (!policy) return [];
  const doc = await renderDocument(ctx, policy, "coi");
  return [{ filename: doc.filename, content: doc.body, contentType: doc.type }];
}
