import type { DocumentData } from "../../documents";
import type { ProductDocumentData } from "../../documents/product-documents";

export type PolicyDocumentKind =
  "coi" | "tax-invoice" | "emergency-document" | "cancellation-letter" | "endorsement-schedule" | "pass_card";
export type ProductDocumentName = "terms_and_conditions" | "insurance_product_information";

/** Turns a policy's or a product's data into the file a customer downloads (PDF, wallet pass). */
export interface DocumentRenderer {
  policyDocument(kind: PolicyDocumentKind, data: DocumentData): Promise<Buffer>;
  productDocument(name: ProductDocumentName, data: ProductDocumentData): Promise<Buffer>;
}
