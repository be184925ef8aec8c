import Decimal from "decimal.js";
import type { Pricing } from "../../contract/pricing";
import type { EndorsementAdjustment } from "../../contract/endorsement";
import { fixed } from "./money";
import { daysBetween } from "./refund";

export type AdjustmentInput = {
  /** The price of the whole term as it stands, and as it would be with the new answers. */
  before: Pricing;
  after: Pricing;
  /** The term, both days covered. */
  startDate: string;
  endDate: string;
  /** The first day the new answers apply (a day before the cover starts counts from the start). */
  effectiveDate: string;
  /** Paid so far less refunds: a refund never gives back more. */
  paid: string;
};

type Line = { id: string; label: string; amount: string };

/** Lines matched by id, in the order the new price lists them, then any the new price no longer has. */
function pairLines(before: Line[], after: Line[]) {
  const ids = [...after.map((l) => l.id), ...before.map((l) => l.id).filter((id) => !after.some((a) => a.id === id))];
  return ids.map((id) => {
    const b = before.find((l) => l.id === id);
    const a = after.find((l) => l.id === id);
    return { id, label: (a ?? b)!.label, before: b?.amount ?? "0.00", after: a?.amount ?? "0.00" };
  });
}

/**
 * The price of a mid-term change for the rest of the term: each line of the price (premium, each fee, each tax)
 * changes by (after − before) × days remaining ÷ days in the term, calendar days with leap days, counting the
 * effective date and the last day of cover; each line rounded half-up to the penny on its own, the total their sum.
 * A positive total is an additional premium; a negative one a refund, never more than was paid.
 */
export function quoteAdjustment(input: AdjustmentInput): EndorsementAdjustment {
  const { before, after, startDate, endDate } = input;
  const effective = input.effectiveDate < startDate ? startDate : input.effectiveDate;
  const daysInTerm = daysBetween(startDate, endDate) + 1;
  const daysRemaining = Math.max(0, daysBetween(effective, endDate) + 1);
  const share = (b: string, a: string) => fixed(new Decimal(a).minus(b).times(daysRemaining).div(daysInTerm));
  const pairs = [
    {
      id: "premium",
      label: "Premium",
      before: before.amount_pre_fees_and_taxes,
      after: after.amount_pre_fees_and_taxes,
    },
    ...pairLines(before.fees, after.fees),
    ...pairLines(before.taxes, after.taxes),
  ];
  const lines = pairs.map((p) => ({ ...p, difference: share(p.before, p.after) }));
  const sum = lines.reduce((s, l) => s.plus(l.difference), new Decimal(0));
  const paid = Decimal.max(0, input.paid);
  const limited = sum.isNegative() && sum.abs().gt(paid) ? sum.abs().minus(paid) : new Decimal(0);
  const total = sum.plus(limited);
  return {
    effective_date: effective,
    days_in_term: daysInTerm,
    days_remaining: daysRemaining,
    lines,
    total_difference: fixed(total),
    refund_limited_by_paid: fixed(limited),
    direction: total.isZero() ? "none" : total.isPositive() ? "charge" : "refund",
    currency: after.currency,
  };
}
