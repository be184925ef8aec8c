import type { DocumentName } from "@/contract/endpoints";
import { ISSUED, namesOf } from "@/contract/lifecycle";
import { STATUSES } from "@/contract/statuses";

/** `name`: the key of the document's name in the `account` messages. */
export type PolicyDocument = { id: DocumentName; name: string; filename: (n: string) => string };

const pdf = (id: DocumentName, name: string): PolicyDocument => ({ id, name, filename: (n) => `${n}-${id}.pdf` });

const ALWAYS: PolicyDocument[] = [
  pdf("coi", "docCertificate"),
  pdf("tax-invoice", "docInvoice"),
  pdf("emergency-document", "docEmergency"),
  { id: "pass_card", name: "docPass", filename: (n) => `${n}.pkpass` },
];
const CANCELLATION_LETTER = pdf("cancellation-letter", "docCancellation");
const ENDORSEMENT_SCHEDULE = pdf("endorsement-schedule", "docEndorsement");

/** Statuses of a bought policy: before that, there are no documents to give. */
const ISSUED_NAMES = namesOf(ISSUED);

/**
 * The documents a policy in this status has; the cancellation letter only once it is cancelled; the endorsement
 * schedule once it has been changed mid-term (our backend's `endorsements`).
 */
export function documentsFor(status: string, opts: { endorsed?: boolean } = {}): PolicyDocument[] {
  if (!ISSUED_NAMES.includes(status)) return [];
  return [
    ...ALWAYS,
    ...(status === STATUSES.S_CANCELLED ? [CANCELLATION_LETTER] : []),
    ...(opts.endorsed ? [ENDORSEMENT_SCHEDULE] : []),
  ];
}

/** The file name a download should get: the server's (Content-Disposition) when it names one. */
export function filenameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(disposition)?.[1];
  if (star) {
    try {
      return decodeURIComponent(star.trim().replace(/^"|"$/g, ""));
    } catch {
      // fall through to the plain form
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)?.[1]?.trim();
  return plain || fallback;
}
