import { answerAt, stringAt } from "../products/answers";
import type { ProductDefinition, QuoteAnswers } from "../products/definition";

export type CustomerFacts = {
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  phone: string | null;
};
export type CoverDates = { start_date: string | null; end_date: string | null };
export type Beneficiary = {
  fullname: string | null;
  dob: string | null;
  mobile: string | null;
  email: string | null;
  relationship: string | null;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function customerFacts(p: ProductDefinition, answers: QuoteAnswers): CustomerFacts {
  const { first_name, last_name, email, phone } = p.customer;
  return {
    first_name: stringAt(answers, first_name),
    last_name: stringAt(answers, last_name),
    email: stringAt(answers, email),
    phone: phone ? stringAt(answers, phone) : null,
  };
}

/**
 * The day before the anniversary `months` later (a year from 2025-03-01 ends 2026-02-28). When the anniversary
 * day does not exist (2024-02-29 plus a year), the anniversary is the 1st of the next month, so cover ends on the last day.
 */
function termEnd(start: string, months: number): string {
  const [y, m, d] = start.split("-").map(Number);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  const end = new Date(Date.UTC(y, m - 1 + months, Math.min(d - 1, lastDay)));
  return end.toISOString().slice(0, 10);
}

function dateAt(answers: QuoteAnswers, ref: Parameters<typeof stringAt>[1]): string | null {
  const v = stringAt(answers, ref);
  return v && ISO_DATE.test(v) ? v : null;
}

/** Cover dates from the answers; a term with no start-date question starts `today` (the day of purchase). */
export function coverDates(p: ProductDefinition, answers: QuoteAnswers, today: string): CoverDates {
  const cover = p.cover;
  if (cover.from === "answers")
    return { start_date: dateAt(answers, cover.start), end_date: dateAt(answers, cover.end) };
  const start = cover.start ? dateAt(answers, cover.start) : today;
  return { start_date: start, end_date: start ? termEnd(start, cover.months) : null };
}

/** The beneficiary group's items as v3 beneficiaries; [] when the product has none or none were named. */
export function beneficiaries(p: ProductDefinition, answers: QuoteAnswers): Beneficiary[] {
  if (!p.beneficiaries) return [];
  const items = answerAt(answers, p.beneficiaries.group);
  if (!Array.isArray(items)) return [];
  const map = p.beneficiaries.fields;
  const read = (item: Record<string, unknown>, sub: string | null) => {
    const v = sub === null ? null : item[sub];
    return v === undefined || v === null || v === "" ? null : String(v);
  };
  return items
    .filter((item): item is Record<string, unknown> => !!item && typeof item === "object")
    .map((item) => ({
      fullname: read(item, map.fullname),
      dob: read(item, map.dob),
      mobile: read(item, map.mobile),
      email: read(item, map.email),
      relationship: read(item, map.relationship),
    }));
}

/** Where the OTP goes: the answer the product names, or null (no OTP step, or not answered yet). */
export function otpEmail(p: ProductDefinition, answers: QuoteAnswers): string | null {
  return p.otp ? stringAt(answers, p.otp.email_field) : null;
}
