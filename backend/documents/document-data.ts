import type { PolicyView } from "../../contract/policy";
import type { RefundQuote } from "../../contract/refund";
import { DEFAULT_LOCALE, type Locale } from "../../contract/locales";
import { sayer } from "../messages";

export type DocumentData = {
  policy: PolicyView;
  product: {
    name: string;
    slug: string;
    documents: { certificate: string; emergency_phone: string; emergency_instructions: string };
  };
  holder: { name: string; email: string | null; address?: string | null };
  /** The document date. */
  issuedAt: Date;
  cancellation?: {
    reason: string;
    termination_date: string;
    cancelled_at: string;
    /** The refund made on cancelling, itemised (absent for a backend or policy that made none). */
    refund?: RefundQuote | null;
  } | null;
  insurer: { name: string; address: string; registration: string };
  /** What the certificate's schedule shows, in the product's order, values already written for people. */
  schedule: Array<{ heading: string; rows: Array<[string, string]> }>;
  /** Everyone covered besides the policyholder, each in their role. */
  people: Array<{ name: string; role: string; details: string }>;
  /** The policy's language: the documents' own words, dates and money in it (product texts come translated). */
  language?: Locale;
};

/** The document's own words in its language. */
export const wordsOf = (d: Pick<DocumentData, "language">) => sayer(d.language ?? DEFAULT_LOCALE, "document");

/** Successful payments: the v3 view reports each payment's outcome as free text. */
export function settledPayments(d: DocumentData) {
  return d.policy.payments.filter(
    (p) => /succe|paid|complet|captur|settled/i.test(p.status) && !/declin|fail|refus|cancel/i.test(p.status),
  );
}
