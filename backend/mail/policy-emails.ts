import { formatDate, formatPeriod } from "../documents/date-format";
import { formatMoney } from "../documents/money-format";

type Paid = { amount: string; currency: string; reference?: string | null };

const referenceOf = (p: Paid) => (p.reference ? ` (reference ${p.reference})` : "");

/** The status log's sentence for a settled payment: "Payment of £56.00 succeeded (reference PAY-1A2B3C)". */
export function paymentSucceededReason(p: Paid): string {
  return `Payment of ${formatMoney(p.amount, p.currency)} succeeded${referenceOf(p)}`;
}

export type IssuedFacts = {
  productName: string;
  policyNumber: string;
  firstName?: string | null;
  start: string | null;
  end: string | null;
  payment: Paid;
};

/** The email a customer gets when their policy goes live: dates in words, money with its symbol, no blanks. */
export function policyIssuedEmail(f: IssuedFacts): { subject: string; body: string } {
  const cover = f.start || f.end ? `Cover runs from ${formatPeriod(f.start, f.end)}.` : "";
  return {
    subject: `Your ${f.productName} policy ${f.policyNumber}`,
    body: [
      f.firstName?.trim() ? `Hello ${f.firstName.trim()},` : "Hello,",
      "",
      `Thank you. Your ${f.productName} policy ${f.policyNumber} is active.`,
      cover,
      `We received ${formatMoney(f.payment.amount, f.payment.currency)}${referenceOf(f.payment)}.`,
      "",
      "You can download your certificate of insurance and other documents from your account at any time.",
    ]
      .filter((line, i, all) => line !== "" || all[i - 1] !== "")
      .join("\n"),
  };
}

export type MissedInstalment = {
  productName: string;
  policyNumber: string;
  firstName?: string | null;
  number: number;
  dueDate: string;
  amount: string;
  currency: string;
  tries: number;
};

/** The email a customer gets when a monthly instalment could not be taken after every try. */
export function instalmentFailedEmail(f: MissedInstalment): { subject: string; body: string } {
  return {
    subject: `We couldn't take your payment for policy ${f.policyNumber}`,
    body: [
      f.firstName?.trim() ? `Hello ${f.firstName.trim()},` : "Hello,",
      "",
      `We tried ${f.tries} times to take instalment ${f.number} of your ${f.productName} policy ${f.policyNumber}, ` +
        `${formatMoney(f.amount, f.currency)} due on ${formatDate(f.dueDate)}, from your card, and your bank declined it each time.`,
      "Please contact us to pay it another way, or your cover may be suspended.",
    ].join("\n"),
  };
}

/** "The link works until 11 December 2026." for an ISO timestamp. */
export const linkExpirySentence = (expiresAt: string) => `The link works until ${formatDate(expiresAt)}.`;
