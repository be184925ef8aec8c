import { randomUUID } from "node:crypto";
import type { AppContext } from "../context";

export type Email = { to: string; subject: string; body: string; kind: string; policyNumber?: string | null };

/** Every email is written to the outbox first; a sender (SMTP when configured) delivers from there. */
export async function queueEmail(ctx: AppContext, email: Email): Promise<string> {
  const id = randomUUID();
  await ctx.stores.outbox.insert({
    id,
    toAddress: email.to,
    subject: email.subject,
    body: email.body,
    kind: email.kind,
    policyNumber: email.policyNumber ?? null,
    status: "queued",
    createdAt: ctx.now().toISOString(),
  });
  ctx.jobs?.nudge("email-delivery");
  return id;
}

export async function emailsForPolicy(ctx: AppContext, policyNumber: string) {
  return ctx.stores.outbox.forPolicy(policyNumber);
}

export async function recentEmails(ctx: AppContext, limit = 50) {
  return ctx.stores.outbox.recent(limit);
}
