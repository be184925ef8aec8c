export type { DocumentData } from "./document-data";
export type { PassSigner } from "./pass-signer";
export { certificatePdf } from "./certificate";
export { taxInvoicePdf, invoiceNumber } from "./tax-invoice";
export { emergencyDocumentPdf } from "./emergency-document";
export { cancellationLetterPdf } from "./cancellation-letter";
export { walletPass, SANDBOX_NOTICE } from "./wallet-pass";
export { loadPassSigner } from "./pass-signer";
export { productInformationPdf, termsPdf } from "./product-documents";
