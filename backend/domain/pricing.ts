import Decimal from "decimal.js";
import type { Pricing } from "@/contract/pricing";
import { answerAt, isBlank } from "../products/answers";
import type { Factor, ProductDefinition, QuoteAnswers, RatingInput } from "../products/definition";
import { instalmentSchedule, type PlannedInstalment } from "./instalment-schedule";

const ZERO = new Decimal(0);
const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Half-up to 2 places: every itemised line is rounded on its own, so totals are sums of shown amounts. */
function round(d: Decimal): Decimal {
  return d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}
const money = (d: Decimal) => d.toFixed(2);

function toDecimal(v: unknown): Decimal | null {
  if (typeof v !== "number" && typeof v !== "string") return null;
  try {
    const d = new Decimal(v);
    return d.isFinite() ? d : null;
  } catch {
    return null;
  }
}

/** The value a rating step reads, or null when it is missing. */
function readInput(input: RatingInput, answers: QuoteAnswers): unknown {
  if ("field" in input) {
    const v = answerAt(answers, input.field);
    return isBlank(v) ? null : v;
  }
  if ("count" in input) {
    const v = answerAt(answers, input.count);
    if (v === undefined) return null; // the form is not answered yet
    return Array.isArray(v) ? v.length : 0; // answered but left empty
  }
  const [start, end] = input.days_between.map((path) => answerAt(answers, path));
  if (typeof start !== "string" || typeof end !== "string" || !ISO_DATE.test(start) || !ISO_DATE.test(end)) return null;
  const days = (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS + 1;
  return Number.isFinite(days) && days >= 1 ? days : null;
}

function factorValue(f: Factor, answers: QuoteAnswers): Decimal | null {
  const raw = readInput(f.input, answers);
  if (f.kind === "table") {
    const key = raw === null ? f.default : String(raw);
    return key !== undefined && Object.hasOwn(f.table, key) ? new Decimal(f.table[key]) : null;
  }
  const value = toDecimal(raw);
  if (value === null) return null;
  if (f.kind === "per_unit") return value;
  const band = f.bands.find((b) => b.up_to === null || value.lte(b.up_to));
  return band ? new Decimal(band.factor) : null;
}

/** The premium before fees and taxes, unrounded; null while an input it needs is missing. */
function premium(p: ProductDefinition, answers: QuoteAnswers): Decimal | null {
  const { base, factors, loadings, minimum_premium } = p.pricing;
  let amount: Decimal | null;
  if ("amount" in base) amount = new Decimal(base.amount);
  else {
    const value = toDecimal(readInput(base.input, answers));
    amount = value && value.mul(base.rate);
  }
  for (const f of factors) {
    const factor = amount && factorValue(f, answers);
    amount = factor ? amount!.mul(factor) : null;
  }
  if (!amount) return null;
  if (loadings) {
    const chosen = answerAt(answers, loadings.field);
    const picked = Array.isArray(chosen)
      ? chosen.filter((c): c is string => typeof c === "string" && Object.hasOwn(loadings.percent, c))
      : [];
    const percent = picked.reduce((sum, c) => sum.add(loadings.percent[c]), ZERO);
    amount = amount.mul(percent.div(100).add(1));
  }
  return minimum_premium ? Decimal.max(amount, minimum_premium) : amount;
}

export function priceQuote(p: ProductDefinition, answers: QuoteAnswers): Pricing | null {
  const raw = premium(p, answers);
  if (!raw) return null;
  const pre = round(raw);
  const fees = p.pricing.fees.map((f) => ({ id: f.id, label: f.label, amount: round(new Decimal(f.amount)) }));
  const totalFees = fees.reduce((sum, f) => sum.add(f.amount), ZERO);
  const taxable = pre.add(totalFees);
  const taxes = p.pricing.taxes.map((t) => ({
    id: t.id,
    label: t.label,
    amount: round(taxable.mul(t.percent).div(100)),
  }));
  const totalTaxes = taxes.reduce((sum, t) => sum.add(t.amount), ZERO);
  const line = (c: { id: string; label: string; amount: Decimal }) => ({ ...c, amount: money(c.amount) });
  return {
    currency: p.pricing.currency,
    amount_pre_fees_and_taxes: money(pre),
    fees: fees.map(line),
    total_fees: money(totalFees),
    taxes: taxes.map(line),
    total_taxes: money(totalTaxes),
    total: money(taxable.add(totalTaxes)),
  };
}

/**
 * What each payment mode charges now: the total, or the first of its monthly instalments (see
 * `instalmentSchedule`: the first carries the rounding difference). A mode paid in instalments also lists its
 * whole schedule, the first due `today` (the purchase), the rest monthly from `coverStart` when it is later, so the
 * amounts shown add up to the total.
 */
export function paymentAmounts(
  p: ProductDefinition,
  pricing: Pricing,
  today: string,
  coverStart?: string | null,
): { id: string; label: string; amount: string; instalments?: PlannedInstalment[] }[] {
  return p.payment_modes.map((m) => {
    if (m.installments <= 1) return { id: m.id, label: m.label, amount: money(new Decimal(pricing.total)) };
    const instalments = instalmentSchedule(pricing.total, m.installments, today, coverStart);
    return { id: m.id, label: m.label, amount: instalments[0].amount, instalments };
  });
}
