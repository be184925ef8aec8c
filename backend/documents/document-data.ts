import type { PolicyView } from "../../contract/policy";
import { formatDate } from "./date-format";

export type DocumentData = {
  policy: PolicyView;
  product: { name: string; slug: string; documents: { certificate: string; emergency_phone: string; emergency_instructions: string } };
  holder: { name: string; email: string | null; address?: string | null };
  /** The document date. */
  issuedAt: Date;
  cancellation?: { reason: string; termination_date: string; cancelled_at: string } | null;
  insurer: { name: string; address: string; registration: string };
};

export type Beneficiary = { fullname: string; details: string };

/** The policy's v3 beneficiaries as a name and a one-line summary of whatever else is known. */
export function beneficiaryLines(d: DocumentData): Beneficiary[] {
  return d.policy.beneficiaries
    .map((b) => {
      const text = (k: string) => (typeof b[k] === "string" && (b[k] as string).trim() ? (b[k] as string).trim() : null);
      const details = [text("relationship"), text("dob") && `born ${formatDate(text("dob"))}`, text("mobile"), text("email")].filter(Boolean).join(", ");
      return { fullname: text("fullname") ?? "", details };
    })
    .filter((b) => b.fullname);
}

/** Successful payments: the v3 view reports each payment's outcome as free text. */
export function settledPayments(d: DocumentData) {
  return d.policy.payments.filter((p) => /succe|paid|complet|captur|settled/i.test(p.status) && !/declin|fail|refus|cancel/i.test(p.status));
}
