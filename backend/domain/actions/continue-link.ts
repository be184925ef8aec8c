import { createHmac } from "node:crypto";
import { continueLinkRequestSchema } from "../../../contract/actions";
import type { AppContext } from "../../context";
import { forbidden, invalid, notFound } from "../errors";
import { parseWith } from "../parse";
import type { Caller } from "../../security/caller";
import { loadVisiblePolicy } from "../../security/access";
import { hashToken, newToken, sameHash } from "../../security/tokens";
import { linkExpirySentence } from "../../mail/policy-emails";
import { queueEmail } from "../../mail/outbox";
import { getProduct } from "../../products";
import { isTrustedReturn } from "../payments";
import { quoteStateOf } from "../journey/state";
import { requirePermission } from "./guard";
import { actorName } from "../journey/save";
import { OPEN_QUOTE, isStatusIn } from "../../../contract/lifecycle";

export const LINK_TTL_MS = 7 * 24 * 60 * 60 * 1000;

const sign = (secret: string, payload: string) => createHmac("sha256", secret).update(payload).digest("base64url");

/** `<policy number>.<expiry seconds>.<HMAC>`: tamper-evident and self-expiring, no storage needed. */
export async function continueLink(ctx: AppContext, policyNumber: string, baseUrl: string | null) {
  const expires = Math.floor((ctx.now().getTime() + LINK_TTL_MS) / 1000);
  const payload = `${policyNumber}.${expires}`;
  const signed = `${payload}.${sign(ctx.config.linkSecret, payload)}`;
  const base = (baseUrl ?? ctx.config.PUBLIC_WEB_URL).replace(/\/$/, "");
  return {
    signed_policy_number: signed,
    url: `${base}/continue/${signed}`,
    expires_at: new Date(expires * 1000).toISOString(),
  };
}

export async function createContinueLink(ctx: AppContext, caller: Caller, policyNumber: string, input: unknown) {
  requirePermission(caller, "send_continue_links");
  const body = parseWith(continueLinkRequestSchema, input ?? {});
  const policy = await loadVisiblePolicy(ctx, caller, policyNumber);
  if (!continuable(policy.status, policy.progress.outcome))
    throw notFound(`Quote ${policy.policyNumber} can't be continued: it is no longer open.`);
  if (body.base_url && !isTrustedReturn(ctx, body.base_url))
    throw invalid("base_url must be an address on a site this service is configured to trust.");
  const link = await continueLink(ctx, policy.policyNumber, body.base_url ? new URL(body.base_url).origin : null);
  if (body.send_email) {
    if (!policy.customerEmail) throw invalid(`Quote ${policy.policyNumber} has no customer email address yet.`);
    const product = getProduct(policy.productSlug);
    await queueEmail(ctx, {
      to: policy.customerEmail,
      subject: `Continue your ${product?.name ?? "insurance"} quote`,
      body: `${caller.kind === "user" ? caller.name : "Your agent"} has prepared quote ${policy.policyNumber} for you. Continue it here:\n\n${link.url}\n\n${linkExpirySentence(link.expires_at)}`,
      kind: "continue_link",
      policyNumber: policy.policyNumber,
    });
  }
  return link;
}

export const continuable = (status: string, outcome: string | null) =>
  isStatusIn(OPEN_QUOTE, status) && outcome !== "rejected";

/** Opens a signed link: a fresh quote token for whoever holds it, and the quote's current step. */
export async function openContinueLink(ctx: AppContext, caller: Caller, signed: string) {
  const [policyNumber, expires, signature] = signed.split(".");
  const expected = policyNumber && expires ? sign(ctx.config.linkSecret, `${policyNumber}.${expires}`) : "";
  const valid = !!signature && sameHash(signature, expected);
  if (!valid) throw forbidden("This link is not valid. Ask for a new one where you got it.", "invalid_link");
  if (Number(expires) * 1000 < ctx.now().getTime()) {
    throw forbidden("This link has expired. Ask for a new one where you got it.", "link_expired");
  }
  const policy = await ctx.stores.policies.get(policyNumber);
  if (!policy || !continuable(policy.status, policy.progress.outcome))
    throw notFound("This quote can no longer be continued.");
  const quoteToken = newToken();
  const updated = await ctx.stores.policies.update(
    policy,
    { quoteTokenHash: hashToken(quoteToken) },
    { by: actorName(caller), at: ctx.now().toISOString(), reason: "Continue link opened" },
  );
  const product = getProduct(updated.productSlug)!;
  return { ...quoteStateOf(product, updated), quote_token: quoteToken, product_slug: updated.productSlug };
}
