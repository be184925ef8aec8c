import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { cancellationLetterPdf, certificatePdf, taxInvoicePdf } from "./index";
import { sampleArabicDocument, sampleDocument } from "./sample-document";

async function textOf(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    // Without control characters or spaces: pdf.js reads shaped Arabic with some, and a right-to-left line's
    // words from the left of the page (the last first), each word's letters in reading order.
    return (await parser.getText()).text.replace(/[\u0000-\u0008\u000e-\u001f]|\s/g, "");
  } finally {
    await parser.destroy();
  }
}
/**
 * Letters, digits and words as pdf.js reads them off the page, compared by their skeletons: a right-to-left line's
 * words come from the left of the page (the last first), and pdf.js maps some shaped Arabic glyphs to a letter of
 * the same shape but other dots (ي as ت, ن as ئ), with a stray mark here and there. The glyphs drawn are right.
 */
const FOLD: Array<[RegExp, string]> = [
  [/[بتثنيئى]/g, "ٮ"],
  [/[جحخ]/g, "ح"],
  [/[دذ]/g, "د"],
  [/[رز]/g, "ر"],
  [/[سش]/g, "س"],
  [/[صض]/g, "ص"],
  [/[طظ]/g, "ط"],
  [/[عغ]/g, "ع"],
  [/[فق]/g, "ف"],
  [/[هة]/g, "ه"],
  [/[أإآ]/g, "ا"],
  [/ؤ/g, "و"],
];
const skeleton = (text: string) =>
  FOLD.reduce((s, [from, to]) => s.replace(from, to), text.replace(/[^\p{L}\p{N}]/gu, ""));
/** A right-to-left phrase as it is read off the page: its words from the left. */
const onPage = (rtl: string) => skeleton(rtl.split(" ").reverse().join(""));

const arabic = sampleArabicDocument;

describe("documents in the policy's language", () => {
  it("a certificate for an Arabic policy: Arabic headings and labels, right to left, dates for the locale", async () => {
    const raw = await textOf(await certificatePdf(arabic()));
    const text = skeleton(raw);
    for (const phrase of ["شهادة التأمين", "جدول الوثيقة", "حامل الوثيقة", "مدة التغطية", "مهم", "دراجتك"])
      expect(text).toContain(onPage(phrase));
    // Label/value columns mirrored: read from the left of the page, the value comes before its label.
    expect(text).toContain(`HBR7Q4K2M${onPage("رقم الوثيقة")}`);
    // Dates in Arabic with Latin digits (22 November 2026 to 6 December 2026).
    expect(text).toContain(onPage("22 نوفمبر 2026"));
    expect(raw).not.toMatch(/Certificate|Policyholder|November|Periodofcover/);
  });

  it("a tax invoice and a cancellation letter too, money for the locale", async () => {
    const rawInvoice = await textOf(await taxInvoicePdf(arabic()));
    const invoice = skeleton(rawInvoice);
    for (const phrase of ["فاتورة ضريبية", "رقم الفاتورة", "الرسوم", "الإجمالي", "المبلغ المدفوع"])
      expect(invoice).toContain(onPage(phrase));
    expect(rawInvoice).toContain("£UK1,391.88");
    expect(rawInvoice).not.toMatch(/TaxInvoice|Balancedue|Amountpaid/);
    const cancellation = {
      reason: "لم أعد أحتاجها",
      termination_date: "2026-12-21",
      cancelled_at: "2026-11-21T09:30:00Z",
    };
    const letter = await textOf(await cancellationLetterPdf(arabic({ cancellation })));
    for (const phrase of ["تأكيد الإلغاء", "سبب الإلغاء", "انتهاء التغطية", "خدمة العملاء"])
      expect(skeleton(letter)).toContain(onPage(phrase));
    expect(letter).not.toMatch(/Dear|Cancellation|sincerely/);
  });

  it("an English policy's documents are as before", async () => {
    const text = await textOf(await certificatePdf(sampleDocument()));
    expect(text).toContain("CertificateofInsurance");
    expect(text).toContain("PolicynumberHBR-7Q4K2M");
  });
});
