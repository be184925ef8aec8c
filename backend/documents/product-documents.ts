import type { ProductInformation } from "../products/schedule-definition";
import { heading, paragraph, startDocument, type Letterhead } from "./pdf-layout";

export type ProductDocumentData = Letterhead & {
  product: {
    name: string;
    description: string;
    terms: { short: string; long: string };
    information: ProductInformation;
  };
};

const bullets = (items: string[]) => items.map((i) => `•  ${i}`).join("\n");

/** The product's full terms and conditions, as a PDF anyone can read before buying. */
export function termsPdf(d: ProductDocumentData): Promise<Buffer> {
  const { doc, finish } = startDocument(d, {
    title: "Terms and Conditions",
    subject: `Terms and conditions of ${d.product.name}`,
  });
  paragraph(doc, d.product.terms.short, { strong: true });
  paragraph(doc, d.product.terms.long);
  paragraph(doc, `${d.insurer.name}, ${d.insurer.address}.`, { muted: true });
  return finish();
}

/** The insurance product information document: a summary of cover in the standard order of headings. */
export function productInformationPdf(d: ProductDocumentData): Promise<Buffer> {
  const info = d.product.information;
  const { doc, finish } = startDocument(d, {
    title: "Insurance Product Information",
    subject: `Insurance product information for ${d.product.name}`,
  });
  paragraph(
    doc,
    `This document is a summary of the main things you need to know about ${d.product.name}. The full terms and conditions are in the policy wording.`,
    { muted: true },
  );
  paragraph(doc, info.summary);
  const sections: Array<[string, string]> = [
    ["What is insured?", bullets(info.covered)],
    ["What is not insured?", bullets(info.not_covered)],
    ["Are there any restrictions on cover?", bullets(info.restrictions)],
    ["Where am I covered?", info.where],
    ["What are my obligations?", bullets(info.obligations)],
    ["When and how do I pay?", info.payment],
    ["How do I cancel the contract?", info.cancellation],
  ];
  for (const [title, text] of sections) {
    heading(doc, title);
    paragraph(doc, text);
  }
  return finish();
}
