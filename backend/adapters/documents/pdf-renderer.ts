import type { FileStorage } from "../file-store/types";
import {
  cancellationLetterPdf,
  endorsementSchedulePdf,
  certificatePdf,
  emergencyDocumentPdf,
  loadPassSigner,
  productInformationPdf,
  taxInvoicePdf,
  termsPdf,
  walletPass,
  type PassSigner,
} from "../../documents";
import type { DocumentRenderer } from "./types";

// Loaded once per process, on the first pass asked for.
let signer: Promise<PassSigner> | null = null;

/** Our own PDFs (pdfkit) and signed wallet passes. */
export function pdfRenderer(opts: { dataDir: string; files: FileStorage }): DocumentRenderer {
  return {
    policyDocument(kind, data) {
      switch (kind) {
        case "coi":
          return certificatePdf(data);
        case "tax-invoice":
          return taxInvoicePdf(data);
        case "emergency-document":
          return emergencyDocumentPdf(data);
        case "cancellation-letter":
          return cancellationLetterPdf(data);
        case "endorsement-schedule":
          return endorsementSchedulePdf(data);
        case "pass_card":
          signer ??= loadPassSigner(opts);
          return signer.then((s) => walletPass(data, s));
      }
    },
    productDocument: (name, data) => (name === "terms_and_conditions" ? termsPdf(data) : productInformationPdf(data)),
  };
}
