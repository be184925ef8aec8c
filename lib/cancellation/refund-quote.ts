import { browserEndpoints as endpoints } from "@/contract/endpoints/browser";
import { pathTo } from "@/contract/endpoints/path";
import type { RefundQuote } from "@/contract/refund";
import { callApi } from "@/lib/client-api";
import { refundQuoteReader } from "./refund-quote-reader";
import { formatLongDate } from "@/lib/format/date";
import type { Translate } from "@/lib/i18n/catalogue";

/** The refund for cancelling on `date` (or, without one, on the date a waiting request asked for). */
export type RefundAnswer = { kind: "quote"; quote: RefundQuote } | { kind: "refused"; detail: string } | null;

/**
 * Asks our backend's extension (GET /policy/<n>/cancel/quote/). A backend without it (404, 405) or that can't
 * answer gives null: the refund isn't shown. A date it refuses (422) comes back with its sentence.
 */
export async function readRefundQuote(policyNumber: string, date: string | null): Promise<RefundAnswer> {
  const path = pathTo(endpoints.cancelQuote, { n: policyNumber });
  const res = await callApi(date ? `${path}?termination_date=${encodeURIComponent(date)}` : path, refundQuoteReader);
  if (res.ok) return { kind: "quote", quote: res.data };
  if (res.status === 422) return { kind: "refused", detail: res.detail };
  return null;
}

/** Why the refund is what it is, in one sentence (`t`: the cancellation's words). */
export function refundBasisText(q: RefundQuote, t: Translate, tag: string): string {
  switch (q.basis) {
    case "cooling_off":
      return t("basisCoolingOff", { date: formatLongDate(q.cooling_off_ends, tag) });
    case "from_inception":
      return t("basisFromInception");
    case "pro_rata":
      return t("basisProRata", { unused: q.days_unused, days: q.days_in_term });
    case "claim":
      return t("basisClaim");
  }
}
