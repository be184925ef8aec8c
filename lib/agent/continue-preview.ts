import "server-only";
import { getPolicy } from "@/lib/api";
import { authFor, getSession } from "@/lib/session";

export type ContinuePreview = {
  policyNumber?: string;
  expiresAt?: string;
  /** The time written in the link has passed (opening it would be refused). */
  expired?: boolean;
  productName?: string;
  status?: string;
};

/**
 * What a link says about itself, unverified. The reference API signs `<policy number>.<expiry seconds>.<MAC>`;
 * a link of any other shape says nothing until it is opened.
 */
export function readSignedLink(signed: string, now = new Date()): ContinuePreview {
  const match = /^([^.]+)\.(\d{1,12})\.[\w-]+$/.exec(signed);
  if (!match) return {};
  const expires = new Date(Number(match[2]) * 1000);
  if (Number.isNaN(expires.getTime())) return { policyNumber: match[1] };
  return { policyNumber: match[1], expiresAt: expires.toISOString(), expired: expires.getTime() < now.getTime() };
}

/**
 * The quote behind a link, before anything moves: opening the link (the API's continue call) issues a new quote
 * token, so it waits for the customer's POST. Its product is shown when this browser can already see the quote.
 */
export async function previewContinueLink(signed: string): Promise<ContinuePreview> {
  const link = readSignedLink(signed);
  if (!link.policyNumber || link.expired) return link;
  const auth = authFor(await getSession(), link.policyNumber);
  if (!auth.bearer && !auth.quoteToken) return link;
  try {
    const policy = await getPolicy(link.policyNumber);
    return { ...link, productName: policy.product_name, status: policy.status };
  } catch {
    return link;
  }
}
