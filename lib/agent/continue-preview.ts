import "server-only";
import { getPolicy } from "@/lib/api";
import { authFor, getSession } from "@/lib/session";

export type ContinuePreview = { policyNumber?: string; expiresAt?: string; productName?: string; status?: string };

/**
 * What a link says about itself, unverified. The reference API signs `<policy number>.<expiry seconds>.<MAC>`;
 * a link of any other shape says nothing until it is opened.
 */
export function readSignedLink(signed: string): ContinuePreview {
  const match = /^([^.]+)\.(\d{1,12})\.[\w-]+$/.exec(signed);
  if (!match) return {};
  const expires = new Date(Number(match[2]) * 1000);
  return { policyNumber: match[1], expiresAt: Number.isNaN(expires.getTime()) ? undefined : expires.toISOString() };
}

/**
 * The quote behind a link, before anything moves: opening the link (the API's continue call) issues a new quote
 * token, so it waits for the customer's POST. Its product is shown when this browser can already see the quote.
 */
export async function previewContinueLink(signed: string): Promise<ContinuePreview> {
  const link = readSignedLink(signed);
  if (!link.policyNumber) return link;
  const auth = authFor(await getSession(), link.policyNumber);
  if (!auth.bearer && !auth.quoteToken) return link;
  try {
    const policy = await getPolicy(link.policyNumber);
    return { ...link, productName: policy.product_name, status: policy.status };
  } catch {
    return link;
  }
}
