import { DEFAULT_LOCALE, type Locale } from "../../contract/locales";
import { formatDate, formatPeriod } from "../documents/date-format";
import { formatMoney } from "../documents/money-format";
import { sayer } from "../messages";
import { hello } from "./greeting";
import type { EmailText } from "./outbox";

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
  language?: Locale;
};

/** The email a customer gets when their policy goes live: dates in words, money with its symbol, no blanks. */
export function policyIssuedEmail(f: IssuedFacts): EmailText {
  const language = f.language ?? DEFAULT_LOCALE;
  const t = sayer(language, "email");
  const named = { product: f.productName, policyNumber: f.policyNumber };
  const amount = formatMoney(f.payment.amount, f.payment.currency, language);
  return {
    language,
    subject: t("issuedSubject", named),
    body: [
      hello(f.firstName, language),
      "",
      t("issuedActive", named),
      f.start || f.end ? t("issuedCover", { period: formatPeriod(f.start, f.end, language) }) : "",
      f.payment.reference
        ? t("issuedReceivedReference", { amount, reference: f.payment.reference })
        : t("issuedReceived", { amount }),
      "",
      t("issuedDocuments"),
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
  language?: Locale;
};

/** The email a customer gets when a monthly instalment could not be taken after every try. */
export function instalmentFailedEmail(f: MissedInstalment): EmailText {
  const language = f.language ?? DEFAULT_LOCALE;
  const t = sayer(language, "email");
  return {
    language,
    subject: t("missedSubject", { policyNumber: f.policyNumber }),
    body: [
      hello(f.firstName, language),
      "",
      t("missedBody", {
        tries: f.tries,
        number: f.number,
        product: f.productName,
        policyNumber: f.policyNumber,
        amount: formatMoney(f.amount, f.currency, language),
        date: formatDate(f.dueDate, language),
      }),
      t("missedNext"),
    ].join("\n"),
  };
}

/** "The link works until 11 December 2026." for an ISO timestamp. */
export const linkExpirySentence = (expiresAt: string) => `The link works until ${formatDate(expiresAt)}.`;
