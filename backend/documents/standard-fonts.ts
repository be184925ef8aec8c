import PDFDocument from "pdfkit";

/** The standard PDF fonts the documents draw with (Latin text, not embedded). */
export const STANDARD = ["Helvetica", "Helvetica-Bold"] as const;

/** What pdfkit keeps of a document's fonts: the fonts it opened by name, and how many it has opened. */
type FontsInside = { _fontFamilies?: Record<string, object>; _fontCount: number; _font: object };
type Template = { prototype: object; metrics: Record<string, unknown> };

let templates: Map<string, Template> | null = null;

/** Each standard font as pdfkit opens it, without what belongs to one document (its document, id and PDF object). */
function fontTemplates(): Map<string, Template> {
  if (!templates) {
    const probe = new PDFDocument() as unknown as FontsInside & PDFKit.PDFDocument;
    templates = new Map(
      STANDARD.map((name) => {
        probe.font(name);
        const {
          document: _document,
          id: _id,
          dictionary: _dictionary,
          ...metrics
        } = probe._font as Record<string, unknown>;
        return [name, { prototype: Object.getPrototypeOf(probe._font) as object, metrics }];
      }),
    );
  }
  return templates;
}

/**
 * Gives `doc` (made with no font) the standard fonts with their metrics shared by every document. pdfkit parses a
 * standard font's metrics (Helvetica's 2,700 kerning pairs into an object) each time a document opens it: about a
 * tenth of an Arabic certificate's time and a third of an English one's, the same work every time. Each document
 * still gets font objects of its own (its id, its PDF object); only the parsed metrics, which nothing changes, are
 * shared. If pdfkit no longer keeps its fonts where this looks, the document opens them itself, as before.
 */
export function shareStandardFonts(doc: PDFKit.PDFDocument): void {
  const inside = doc as unknown as FontsInside;
  if (!inside._fontFamilies || typeof inside._fontCount !== "number") return;
  for (const [name, { prototype, metrics }] of fontTemplates())
    inside._fontFamilies[name] = Object.assign(Object.create(prototype) as object, metrics, {
      document: doc,
      id: `F${++inside._fontCount}`,
    });
}
