import Decimal from "decimal.js";
import { answerAt, isBlank } from "../products/answers";
import type { ProductDefinition, QuoteAnswers, UnderwritingRule } from "../products/definition";

export type UnderwritingVerdict = { outcome: "rejected" | "referred"; message: string };
type Scalar = string | number | boolean;

const NUMERIC = /^-?\d+(\.\d+)?$/;

function asDecimal(v: unknown): Decimal | null {
  if (typeof v === "number" && Number.isFinite(v)) return new Decimal(v);
  if (typeof v === "string" && NUMERIC.test(v.trim())) return new Decimal(v.trim());
  return null;
}

/** Equal as decimals when both are numeric ("1500.00" equals 1500), as values otherwise. */
function same(a: unknown, b: Scalar): boolean {
  const [x, y] = [asDecimal(a), asDecimal(b)];
  return x && y ? x.eq(y) : a === b;
}

function compare(answer: unknown, op: UnderwritingRule["when"]["op"], value: Scalar | Scalar[]): boolean {
  // A multiselect answer matches when any of its choices does.
  if (Array.isArray(answer)) return answer.some((a) => compare(a, op, value));
  if (op === "in") return (value as Scalar[]).some((v) => same(answer, v));
  if (op === "eq") return same(answer, value as Scalar);
  if (op === "ne") return !same(answer, value as Scalar);
  const [x, y] = [asDecimal(answer), asDecimal(value)];
  if (!x || !y) {
    // Dates and other strings compare as text (ISO dates sort correctly that way).
    if (typeof answer !== "string" || typeof value !== "string") return false;
    const c = answer < value ? -1 : answer > value ? 1 : 0;
    return { gt: c > 0, gte: c >= 0, lt: c < 0, lte: c <= 0 }[op];
  }
  return { gt: x.gt(y), gte: x.gte(y), lt: x.lt(y), lte: x.lte(y) }[op];
}

/** The first rejection, else the first referral, among the product's rules that fire; null when none does. */
export function underwrite(p: ProductDefinition, answers: QuoteAnswers): UnderwritingVerdict | null {
  const fired = p.underwriting.filter((rule) => {
    const answer = answerAt(answers, rule.when.field);
    if (isBlank(answer) || (Array.isArray(answer) && answer.length === 0)) return false;
    return compare(answer, rule.when.op, rule.when.value);
  });
  const pick = fired.find((r) => r.outcome === "rejected") ?? fired.find((r) => r.outcome === "referred");
  return pick ? { outcome: pick.outcome, message: pick.message } : null;
}

/** The answers referral rules look at, as one string: an approval holds while these stay the same. */
export function referralInputs(p: ProductDefinition, answers: QuoteAnswers): string {
  const fields = p.underwriting.filter((r) => r.outcome === "referred").map((r) => r.when.field);
  return JSON.stringify([...new Set(fields)].sort().map((f) => [f, answerAt(answers, f) ?? null]));
}
