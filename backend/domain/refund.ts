import Decimal from "decimal.js";
import type { Pricing } from "../../contract/pricing";
import type { RefundBasis, RefundQuote } from "../../contract/refund";
import type { CancellationTerms } from "../products/cancellation-terms";
import { fixed } from "./money";

export type RefundInput = {
  pricing: Pricing;
  /** The term, both days covered. */
  startDate: string;
  endDate: string;
  /** The last day of cover asked for; before `startDate` means from inception. */
  terminationDate: string;
  /** The day the policy was bought, and the day the cancellation was asked for. */
  purchasedOn: string;
  requestedOn: string;
  terms: CancellationTerms;
  claimed: boolean;
  /** Paid so far less refunds: a refund never gives back more. */
  paid: string;
};

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
/** Days from `a` to `b` (b − a): across month ends and leap days as the calendar has them. */
export const daysBetween = (a: string, b: string) => dayNumber(b) - dayNumber(a);
export const addDays = (iso: string, days: number) =>
  new Date((dayNumber(iso) + days) * DAY_MS).toISOString().slice(0, 10);

/**
 * Inside the cooling-off period (the product's days from purchase, or before the cover starts) everything paid
 * comes back. After it, each line of the price (premium, each fee, each tax) comes back for the unused days,
 * rounded half-up to the penny line by line, less the product's cancellation fee. A date before the cover starts
 * is "from inception": every day is unused. With a `claim_free` rule a policy that has had a claim gets nothing.
 */
export function quoteRefund(input: RefundInput): RefundQuote {
  const { pricing, startDate, endDate, terms } = input;
  const fromInception = input.terminationDate < startDate;
  const coolingOffEnds = addDays(input.purchasedOn, terms.cooling_off_days);
  const coolingOff = input.requestedOn <= coolingOffEnds || input.requestedOn < startDate;
  const daysInTerm = daysBetween(startDate, endDate) + 1;
  const daysUnused = fromInception ? daysInTerm : Math.max(0, daysBetween(input.terminationDate, endDate));
  const noRefund = input.claimed && terms.claim_rule === "claim_free";
  const basis: RefundBasis = noRefund
    ? "claim"
    : coolingOff
      ? "cooling_off"
      : fromInception
        ? "from_inception"
        : "pro_rata";
  const share = (amount: string) => {
    if (basis === "claim") return new Decimal(0);
    if (basis === "cooling_off") return new Decimal(amount);
    return new Decimal(amount).times(daysUnused).div(daysInTerm);
  };
  const line = (id: string, label: string, amount: string) => ({
    id,
    label,
    amount,
    refund: fixed(share(amount)),
  });
  const lines = [
    line("premium", "Premium", pricing.amount_pre_fees_and_taxes),
    ...pricing.fees.map((f) => line(f.id, f.label, f.amount)),
    ...pricing.taxes.map((t) => line(t.id, t.label, t.amount)),
  ];
  const deductions: RefundQuote["deductions"] = [];
  let total = lines.reduce((sum, l) => sum.plus(l.refund), new Decimal(0));
  const deduct = (id: string, label: string, amount: Decimal) => {
    const taken = Decimal.min(amount, total);
    if (taken.lte(0)) return;
    deductions.push({ id, label, amount: fixed(taken) });
    total = total.minus(taken);
  };
  if (basis === "pro_rata" || basis === "from_inception")
    deduct("cancellation_fee", terms.fee_label, new Decimal(terms.fee));
  deduct("unpaid", "Instalments not yet paid", total.minus(Decimal.max(0, input.paid)));
  return {
    termination_date: input.terminationDate,
    from_inception: fromInception,
    cooling_off: coolingOff,
    cooling_off_ends: coolingOffEnds,
    basis,
    days_in_term: daysInTerm,
    days_unused: daysUnused,
    lines,
    deductions,
    total_refund: fixed(total),
    currency: pricing.currency,
  };
}
