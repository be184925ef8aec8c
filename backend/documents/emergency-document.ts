import type { DocumentData } from "./document-data";
import { formatPeriod } from "./date-format";
import { ensureSpace, heading, keyFacts, paragraph, startDocument, type Doc } from "./pdf-layout";

/** The emergency document: the 24-hour number and what to do, with a cut-out card to carry. */
export function emergencyDocumentPdf(d: DocumentData): Promise<Buffer> {
  const { doc, finish } = startDocument(d, {
    title: "Emergency Assistance",
    subject: `Emergency assistance details for policy ${d.policy.policy_number}`,
  });
  const p = d.policy;
  const phone = d.product.documents.emergency_phone;

  phoneBanner(doc, phone);
  paragraph(doc, d.product.documents.emergency_instructions);

  heading(doc, "Your policy");
  keyFacts(doc, [
    ["Policy number", p.policy_number],
    ["Policyholder", d.holder.name],
    ["Product", d.product.name],
    ["Cover dates", formatPeriod(p.start_date, p.end_date)],
    ["Status", p.status],
  ]);

  if (d.people.length) {
    heading(doc, "People covered");
    keyFacts(
      doc,
      d.people.map((p) => [p.name, [p.role, p.details].filter(Boolean).join(". ")]),
    );
  }

  walletCard(doc, d, phone);
  return finish();
}

function phoneBanner(doc: Doc, phone: string) {
  const x = doc.page.margins.left;
  const w = doc.page.width - x - doc.page.margins.right;
  const y = doc.y;
  doc.roundedRect(x, y, w, 70, 6).fill("#0b4f6c");
  doc
    .font("Helvetica-Bold")
    .fontSize(10)
    .fillColor("#ffffff")
    .text("24-HOUR EMERGENCY HELPLINE", x + 16, y + 12, { width: w - 32 });
  doc.fontSize(24).text(phone, x + 16, y + 30, { width: w - 32 });
  doc.x = x;
  doc.y = y + 84;
}

/** A credit-card-sized summary (85.6 × 54 mm) to cut out and keep. */
function walletCard(doc: Doc, d: DocumentData, phone: string) {
  const w = 243;
  const h = 153;
  ensureSpace(doc, h + 40);
  const x = doc.page.margins.left;
  const y = doc.y + 20;
  doc
    .font("Helvetica")
    .fontSize(8)
    .fillColor("#616e7c")
    .text("Cut out and keep with you", x, y - 12);
  doc.save().dash(4, { space: 3 }).lineWidth(0.75).strokeColor("#616e7c").roundedRect(x, y, w, h, 8).stroke().restore();
  const line = (text: string, size: number, bold = false, color = "#1f2933") =>
    doc
      .font(bold ? "Helvetica-Bold" : "Helvetica")
      .fontSize(size)
      .fillColor(color)
      .text(text, x + 12, undefined, { width: w - 24 });
  doc.y = y + 12;
  line(d.insurer.name, 10, true, "#0b4f6c");
  line(d.product.name, 8);
  doc.moveDown(0.4);
  line("24h emergency", 7, false, "#616e7c");
  line(phone, 13, true);
  doc.moveDown(0.4);
  line(`Policy ${d.policy.policy_number}`, 8, true);
  line(d.holder.name, 8);
  line(formatPeriod(d.policy.start_date, d.policy.end_date), 8);
  doc.x = x;
  doc.y = y + h + 10;
}
