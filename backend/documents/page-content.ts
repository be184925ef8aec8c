/** What pdfkit's PDF objects (a page's content stream) take: text, one operator at a time, or bytes. */
type ContentStream = { write(chunk: string | Uint8Array): void; end(chunk?: string | Uint8Array): void };
type PagesInside = { page?: { content?: ContentStream } };

/**
 * pdfkit turns each drawing operator into bytes of its own as it is written (an Arabic certificate writes about 3,600,
 * each its own small array); a page's operators are kept as text instead and written as one, the same bytes
 * (pdfkit ends each with a line break; they are joined with one and the last gets its own), when the page's content
 * is ended or bytes are written to it.
 */
export function bufferPageContent(doc: PDFKit.PDFDocument): void {
  const buffer = () => {
    const content = (doc as unknown as PagesInside).page?.content;
    if (!content || typeof content.write !== "function" || typeof content.end !== "function") return;
    const write = content.write.bind(content);
    const end = content.end.bind(content);
    let pending: string[] = [];
    const flush = () => {
      if (pending.length === 0) return;
      write(pending.join("\n"));
      pending = [];
    };
    content.write = (chunk) => {
      if (typeof chunk === "string") pending.push(chunk);
      else {
        flush();
        write(chunk);
      }
    };
    content.end = (chunk) => {
      flush();
      end(chunk);
    };
  };
  buffer();
  doc.on("pageAdded", buffer);
}
