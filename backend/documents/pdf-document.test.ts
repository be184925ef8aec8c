import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { newDocument } from "./pdf-document";

type Inside = { _font: { font: object; id: string; document: object } };
const OPTIONS = { info: { CreationDate: new Date("2026-01-02T03:04:05Z") }, bufferPages: true };

/** Kerned text in both standard fonts, shapes and colours on two pages, a footer drawn on the first afterwards. */
function draw(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.on("data", (c: Buffer) => chunks.push(c));
  doc.fontSize(12).text("AVOW Tolerance, Wavy Yacht: 1,234.50");
  doc.font("Helvetica-Bold").fillColor("#0b4f6c").text("Tax invoice — AV To Wa");
  doc.rect(50, 200, 300, 20).fill("#f0f4f8");
  doc.font("Helvetica").fillColor("#1f2933").text("Back to the regular face.", { width: 120 });
  doc.addPage().fontSize(9).text("Page two ".repeat(80));
  doc.switchToPage(0);
  doc.fontSize(7).text("Footer on page one", 50, 780);
  doc.end();
  return done;
}

describe("newDocument", () => {
  it("draws byte for byte what pdfkit draws on its own", async () => {
    const ours = await draw(newDocument(OPTIONS));
    const theirs = await draw(new PDFDocument(OPTIONS));
    expect(ours.length).toBeGreaterThan(1000);
    expect(ours.equals(theirs)).toBe(true);
  });

  it("shares the standard fonts' parsed metrics but keeps font objects of each document's own", () => {
    const [a, b] = [newDocument(OPTIONS), newDocument(OPTIONS)];
    for (const doc of [a, b]) doc.font("Helvetica-Bold");
    const [fa, fb] = [(a as unknown as Inside)._font, (b as unknown as Inside)._font];
    expect(fa.font).toBe(fb.font);
    expect(fa).not.toBe(fb);
    expect(fa.document).toBe(a);
    expect(fb.document).toBe(b);
  });

  it("turns a page's drawing operators into bytes once, not once an operator", () => {
    const doc = newDocument(OPTIONS);
    const content = (doc as unknown as { page: { content: { buffer: Uint8Array[] } } }).page.content;
    const before = content.buffer.length;
    for (let i = 0; i < 50; i++) doc.text(`Line ${i}`);
    expect(content.buffer.length).toBe(before);
  });
});
