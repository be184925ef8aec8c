import { randomUUID } from "node:crypto";
import type { AppContext } from "../context";
import { DEFAULT_LOCALE, type Locale } from "../../contract/locales";

/** An email's words, and the language they are in (English unless said). */
export type EmailText = { subject: string; body: string; language?: Locale };
export type Email = EmailText & { to: string; kind: string; policyNumber?: string | null };

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
    language: email.language ?? DEFAULT_LOCALE,
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
