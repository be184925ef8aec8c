import { endpoint, type EndpointDef } from "./define";

const PDF = "application/pdf";

const document = <const P extends string>(path: P, summary: string, produces = PDF) =>
  endpoint({
    method: "GET",
    path,
    summary,
    access: "quote",
    kind: "contract",
    produces,
    download: "document",
    proxy: { slow: true },
  } satisfies EndpointDef<P>);

/** A policy's documents, keyed by the last part of their path (also the web app's document id). */
export const documentEndpoints = {
  coi: document("/api/v3/policy/:n/coi/", "Certificate of insurance (PDF)"),
  "tax-invoice": document("/api/v3/policy/:n/tax-invoice/", "Tax invoice (PDF)"),
  "emergency-document": document("/api/v3/policy/:n/emergency-document/", "Emergency document (PDF)"),
  "cancellation-letter": document("/api/v3/policy/:n/cancellation-letter/", "Cancellation letter (once Cancelled)"),
  "endorsement-schedule": {
    ...document("/api/v3/policy/:n/endorsement-schedule/", "Endorsement schedule: the mid-term changes (PDF)"),
    kind: "extension" as const,
  },
  pass_card: document("/api/v3/policy/:n/pass_card/", "Wallet pass", "application/vnd.apple.pkpass"),
};
export type DocumentName = keyof typeof documentEndpoints;
