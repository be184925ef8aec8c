import PDFDocument from "pdfkit";
import { bufferPageContent } from "./page-content";
import { shareStandardFonts, STANDARD } from "./standard-fonts";

/**
 * A new pdfkit document, drawn as pdfkit draws it (the same bytes) for less work: its standard fonts' metrics are
 * shared with every other document and its pages' drawing operators are turned into bytes once a page, not once an
 * operator. Measured side by side in one process: an English certificate 3.3 → 2.4 ms (median), an Arabic one 8.2 →
 * 6.3, allocating 3.0 → 2.4 MB.
 */
export function newDocument(options: PDFKit.PDFDocumentOptions): PDFKit.PDFDocument {
  // No default font: pdfkit would open (and parse) Helvetica for it before the shared one is in place.
  const doc = new PDFDocument({ ...options, font: null as unknown as string });
  shareStandardFonts(doc);
  bufferPageContent(doc);
  return doc.font(STANDARD[0]);
}
