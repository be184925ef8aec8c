import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { newDocument } from "./standard-fonts";

type Inside = { _font: { font: object; id: string; document: object } };
const OPTIONS = { info: { CreationDate: new Date("2026-01-02T03:04:05Z") } };

/** Kerned text in both standard fonts, then the document's bytes. */
function draw(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.on("data", (c: Buffer) => chunks.push(c));
  doc.fontSize(12).text("AVOW Tolerance, Wavy Yacht: 1,234.50");
  doc.font("Helvetica-Bold").text("Tax invoice — AV To Wa");
  doc.font("Helvetica").text("Back to the regular face.", { width: 120 });
  doc.end();
  return done;
}

describe("documents with shared standard-font metrics", () => {
  it("come out byte for byte as pdfkit draws them on its own", async () => {
    const ours = await draw(newDocument(OPTIONS));
    const theirs = await draw(new PDFDocument(OPTIONS));
    expect(ours.equals(theirs)).toBe(true);
  });

  it("share the parsed metrics but keep font objects of their own", () => {
    const [a, b] = [newDocument(OPTIONS), newDocument(OPTIONS)];
    for (const doc of [a, b]) doc.font("Helvetica-Bold");
    const [fa, fb] = [(a as unknown as Inside)._font, (b as unknown as Inside)._font];
    expect(fa.font).toBe(fb.font);
    expect(fa).not.toBe(fb);
    expect(fa.document).toBe(a);
    expect(fb.document).toBe(b);
  });
});
