import { randomUUID } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import type { AppContext } from "../context";
import { outbox } from "../storage/schema";

export type Email = { to: string; subject: string; body: string; kind: string; policyNumber?: string | null };

/** Every email is written to the outbox first; a sender (SMTP when configured) delivers from there. */
export async function queueEmail(ctx: AppContext, email: Email): Promise<string> {
  const id = randomUUID();
  await ctx.db.insert(outbox).values({
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
  return ctx.db.select().from(outbox).where(eq(outbox.policyNumber, policyNumber)).orderBy(outbox.createdAt);
}

export async function recentEmails(ctx: AppContext, limit = 50) {
  return ctx.db.select().from(outbox).orderBy(desc(outbox.createdAt)).limit(limit);
}
