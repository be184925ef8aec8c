import { browserEndpoints as endpoints } from "@/contract/endpoints/browser";
import { pathTo } from "@/contract/endpoints/path";
import type { RefundQuote } from "@/contract/refund";
import { formatLongDate } from "@/contract/rules/relative-date";
import { callApi } from "@/lib/client-api";

/** The refund for cancelling on `date` (or, without one, on the date a waiting request asked for). */
export type RefundAnswer = { kind: "quote"; quote: RefundQuote } | { kind: "refused"; detail: string } | null;

/**
 * Asks our backend's extension (GET /policy/<n>/cancel/quote/). A backend without it (404, 405) or that can't
 * answer gives null: the refund isn't shown. A date it refuses (422) comes back with its sentence.
 */
export async function readRefundQuote(policyNumber: string, date: string | null): Promise<RefundAnswer> {
  const path = pathTo(endpoints.cancelQuote, { n: policyNumber });
  const res = await callApi(date ? `${path}?termination_date=${encodeURIComponent(date)}` : path, () =>
    import("@/contract/refund").then((m) => m.refundQuoteSchema),
  );
  if (res.ok) return { kind: "quote", quote: res.data };
  if (res.status === 422) return { kind: "refused", detail: res.detail };
  return null;
}

/** Why the refund is what it is, in one sentence. */
export function refundBasisText(q: RefundQuote): string {
  switch (q.basis) {
    case "cooling_off":
      return `This is within the cooling-off period (until ${formatLongDate(q.cooling_off_ends)}), so everything paid comes back, with no cancellation fee.`;
    case "from_inception":
      return "Cancelled from the day cover starts: every day is refunded, less the cancellation fee.";
    case "pro_rata":
      return `${q.days_unused} of the ${q.days_in_term} days of cover would be unused: each part of the price is refunded for those days, less the cancellation fee.`;
    case "claim":
      return "A claim was made on this policy, so under its terms no refund is due.";
  }
}
