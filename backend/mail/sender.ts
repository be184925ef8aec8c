import type { MailTransport } from "../adapters/mail-transport/types";
import type { AppContext } from "../context";
import type { OutboxRow } from "../storage/rows";
import { renderDocument } from "../domain/policy-documents";
import { bodyAfterSending } from "./outbox-recovery";
import { emailHtml } from "./email-html";

type Row = OutboxRow;
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
  return ctx.stores.outbox.claim(ctx.now().toISOString(), 10);
}

async function deliver(ctx: AppContext, transport: MailTransport | null, row: Row) {
  if (!transport) {
    await ctx.stores.outbox.update(row.id, { status: "not sent (no SMTP configured)" });
    return;
  }
  try {
    const attachments = await attachmentsFor(ctx, row);
    const html = emailHtml(row.subject, row.body, row.language);
    await transport.send({ from: FROM, to: row.toAddress, subject: row.subject, text: row.body, html, attachments });
    const body = bodyAfterSending(row.kind, row.body);
    const sent = { status: "sent", sentAt: ctx.now().toISOString(), body };
    await ctx.stores.outbox.update(row.id, sent);
  } catch (e) {
    await ctx.stores.outbox.update(row.id, { status: `failed: ${(e as Error).message}`.slice(0, 200) });
  }
}

/** The policy-issued email carries the certificate of insurance. */
async function attachmentsFor(ctx: AppContext, row: Row) {
  if (row.kind !== "policy_issued" || !row.policyNumber) return [];
  const policy = await ctx.stores.policies.get(row.policyNumber);
  if (!policy) return [];
  const doc = await renderDocument(ctx, policy, "coi");
  return [{ filename: doc.filename, content: doc.body, contentType: doc.type }];
}
