import PDFDocument from "pdfkit";
import { bufferPageContent } from "./page-content";
import { shareStandardFonts, STANDARD } from "./standard-fonts";

/**
 * A new pdfkit document, drawn as pdfkit draws it (the same bytes) for less work: its standard fonts' metrics are
 * shared with every other document and its pages' drawing operators are turned into bytes once a page, not once an
 * operator. Measured side by side in one process (300 real certificates each, three runs): an English certificate
 * 2.6 → 1.9 ms at the median (p95 10.6 → 6.3, CPU 5.1 → 3.2 ms), an Arabic one 8.5 → 7.8 (CPU 12.0 → 11.1),
 * allocating 3.0 → 2.4 MB.
 */
export function newDocument(options: PDFKit.PDFDocumentOptions): PDFKit.PDFDocument {
  // No default font: pdfkit would open (and parse) Helvetica for it before the shared one is in place.
  const doc = new PDFDocument({ ...options, font: null as unknown as string });
  shareStandardFonts(doc);
  bufferPageContent(doc);
  return doc.font(STANDARD[0]);
}
