import { z } from "zod";
import type { AppContext } from "../../context";
import type { Caller } from "../../security/caller";
import { loadVisiblePolicy } from "../../security/access";
import { hitLimit } from "../../security/rate-events";
import { queueEmail } from "../../mail/outbox";
import { continueByEmailMessage } from "../../mail/continue-emails";
import { writtenFor } from "../../mail/written-for";
import { getProduct } from "../../products";
import { customerFacts } from "../policy-facts";
import { notFound, tooMany } from "../errors";
import { parseWith } from "../parse";
import type { PolicyRow } from "../../storage/rows";
import { continuable, continueLink } from "./continue-link";

/** Links one quote may have emailed in an hour, and links one address may receive in an hour (from any quote). */
export const LINKS_PER_QUOTE = 5;
export const LINKS_PER_ADDRESS = 5;
const WINDOW_MS = 60 * 60 * 1000;

const requestSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter an email address like name@example.com"),
});

async function openQuote(ctx: AppContext, caller: Caller, policyNumber: string): Promise<PolicyRow> {
  const policy = await loadVisiblePolicy(ctx, caller, policyNumber, { write: true });
  if (!continuable(policy.status, policy.progress.outcome))
    throw notFound(`Quote ${policy.policyNumber} is no longer open, so there is nothing to continue.`);
  return policy;
}

/** Where the link would go unless the person says otherwise: the quote's own email, once it has one. */
export async function continueByEmailDefaults(ctx: AppContext, caller: Caller, policyNumber: string) {
  const policy = await openQuote(ctx, caller, policyNumber);
  const product = getProduct(policy.productSlug);
  const known = policy.customerEmail ?? (product ? customerFacts(product, policy.answers).email : null);
  return { email: known?.trim() || null };
}

/**
 * "Email me a link to continue": the quote's holder has a signed continue link sent to an address they give. The
 * link is the inbox's alone: the answer says only where it went and until when it works.
 */
export async function emailContinueLink(ctx: AppContext, caller: Caller, policyNumber: string, input: unknown) {
  const policy = await openQuote(ctx, caller, policyNumber);
  const { email } = parseWith(requestSchema, input ?? {});
  for (const [key, limit] of [
    [`continue-email:quote:${policy.policyNumber}`, LINKS_PER_QUOTE],
    [`continue-email:to:${email}`, LINKS_PER_ADDRESS],
  ] as const) {
    const hit = await hitLimit(ctx, key, limit, WINDOW_MS);
    if (!hit.allowed) {
      const minutes = Math.max(1, Math.ceil(hit.resetInMs / 60_000));
      throw tooMany(
        `We've already sent several links for this quote or to this address. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
        undefined,
        Math.ceil(hit.resetInMs / 1000),
      );
    }
  }
  const link = await continueLink(ctx, policy.policyNumber, null);
  const product = getProduct(policy.productSlug);
  const message = continueByEmailMessage(
    { ...writtenFor(product, policy), firstName: policy.customerFirstName || null, policyNumber: policy.policyNumber },
    link,
  );
  await queueEmail(ctx, { to: email, ...message, kind: "continue_link", policyNumber: policy.policyNumber });
  return { email, expires_at: link.expires_at };
}
