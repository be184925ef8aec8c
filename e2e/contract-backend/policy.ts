import PDFDocument from "pdfkit";
import { notFound } from "./http";
import { FORMS, PRODUCT_NAME, priceFor, SLUG } from "./product";
import { STATUS_NAMES, type Quote, type StoredFile } from "./store";

/** The v3 view: the documented keys plus version_id, nothing more. */
export function policyView(quote: Quote, files: StoredFile[], base: string) {
  const price = priceFor(quote.answers["pet-profile"]?.species);
  const formData = Object.fromEntries(
    FORMS.filter((f) => f.form_type === "form").map((f) => [f.form_id, quote.answers[f.form_id] ?? {}]),
  );
  return {
    customer_name: String(quote.answers.keeper?.keeper_name ?? ""),
    policy_number: quote.number,
    parent_policy_number: null,
    product_name: PRODUCT_NAME,
    product_slug: SLUG,
    subproduct_name: PRODUCT_NAME,
    subproduct_slug: SLUG,
    status: STATUS_NAMES[quote.status],
    start_date: quote.startDate,
    end_date: quote.endDate,
    form_data: formData,
    pricing: { policy_price: price.policy_price, tax_amount: price.tax_amount, total_amount: price.total_price },
    attachments: files.map((f) => ({
      name: f.name,
      url: `${base}/api/v3/policy/${quote.number}/attachment/get/${f.ref}/`,
    })),
    payment_mode_name: null,
    last_successful_payment: null,
    payments: [],
    quote_number: quote.number,
    coverage_items: [],
    renewed_from_policy_number: null,
    notification_logs: [],
    status_logs: [],
    partnership: null,
    can_endorse: false,
    can_cancel: false,
    can_renew: false,
    beneficiaries: [],
    version_id: versionId(quote),
  };
}

export const versionId = (quote: Quote) => `${quote.number.toLowerCase()}-v${quote.version}`;

/** A one-page certificate, only for a bought policy. */
export function certificate(quote: Quote): Promise<Buffer> {
  if (quote.status !== "S_ACTIVE") throw notFound("There is no certificate until the policy is active.");
  const doc = new PDFDocument({ size: "A4", info: { Title: `Certificate ${quote.number}` } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const pet = quote.answers["pet-profile"] ?? {};
  doc.fontSize(20).text("Pawsure certificate of pet cover");
  doc.moveDown().fontSize(12);
  doc.text(`Policy ${quote.number}`);
  doc.text(`Pet: ${String(pet.pet_name ?? "")}`);
  doc.text(`Keeper: ${String(quote.answers.keeper?.keeper_name ?? "")}`);
  doc.text(`Cover: ${quote.startDate} to ${quote.endDate}`);
  doc.end();
  return done;
}
