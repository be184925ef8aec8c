import type { RefundQuote } from "@/contract/refund";
import { isMoney, isObject, isString } from "@/lib/body-checks";
import type { BodyReader } from "@/lib/client-api";

// The refund quote read without zod: the policy pages ask for it as they open, and zod's chunk would otherwise be part
// of their first load. It accepts what contract/refund.ts's refundQuoteSchema accepts (refund-quote-reader.test.ts
// holds the two together).

const BASES: ReadonlySet<unknown> = new Set(["cooling_off", "from_inception", "pro_rata", "claim"]);
const isInteger = (v: unknown): v is number => Number.isInteger(v);

type Line = RefundQuote["lines"][number];
type Deduction = RefundQuote["deductions"][number];
const isDeduction = (v: unknown): v is Deduction =>
  isObject(v) && isString(v.id) && isString(v.label) && isMoney(v.amount);
const isLine = (v: unknown): v is Line => isDeduction(v) && isMoney((v as Record<string, unknown>).refund);

export const refundQuoteReader: BodyReader<RefundQuote> = {
  safeParse(data) {
    if (!isObject(data)) return { success: false };
    const { lines, deductions } = data;
    const valid =
      isString(data.termination_date) &&
      typeof data.from_inception === "boolean" &&
      typeof data.cooling_off === "boolean" &&
      isString(data.cooling_off_ends) &&
      BASES.has(data.basis) &&
      isInteger(data.days_in_term) &&
      isInteger(data.days_unused) &&
      Array.isArray(lines) &&
      lines.every(isLine) &&
      Array.isArray(deductions) &&
      deductions.every(isDeduction) &&
      isMoney(data.total_refund) &&
      isString(data.currency);
    if (!valid) return { success: false };
    // The quote keeps keys it doesn't know (zod's passthrough); its lines keep only theirs, as zod's object() does.
    const quote = {
      ...data,
      lines: (lines as Line[]).map(({ id, label, amount, refund }) => ({ id, label, amount, refund })),
      deductions: (deductions as Deduction[]).map(({ id, label, amount }) => ({ id, label, amount })),
    } as RefundQuote;
    return { success: true, data: quote };
  },
};
