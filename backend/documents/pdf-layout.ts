import PDFDocument from "pdfkit";
import type { DocumentData } from "./document-data";
import { formatDate } from "./date-format";
import { isWinAnsi } from "./win-ansi";
import { scriptRuns, type Run } from "./script-runs";

export type Doc = PDFKit.PDFDocument;
export type AmountRow = { label: string; amount: string; strong?: boolean };

const C = { ink: "#1f2933", muted: "#616e7c", accent: "#0b4f6c", rule: "#cbd2d9", band: "#f0f4f8" };
const MARGIN = 56;
const FOOTER = 64;

/** Whose document it is: a policy's, or (with no policy) a product's own, such as its terms. */
export type Letterhead = Pick<DocumentData, "insurer" | "issuedAt"> & {
  product: { name: string };
  policy?: { policy_number: string };
};

const reference = (d: Letterhead) => (d.policy ? `Policy ${d.policy.policy_number}` : d.product.name);

/** An A4 document with the insurer's header and the title already drawn; `finish` adds footers and returns the bytes. */
export function startDocument(d: Letterhead, meta: { title: string; subject: string }) {
  const doc: Doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: FOOTER + 16 },
    bufferPages: true,
    info: {
      Title: d.policy ? `${meta.title} – ${d.policy.policy_number}` : `${meta.title} – ${d.product.name}`,
      Author: d.insurer.name,
      Subject: meta.subject,
      Keywords: d.policy ? `${d.product.name}, ${d.policy.policy_number}` : d.product.name,
      Creator: d.insurer.name,
      CreationDate: d.issuedAt,
      ModDate: d.issuedAt,
    },
  });
  anyScript(doc);
  const chunks: Buffer[] = [];
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  header(doc, d, meta.title);
  const finish = () => {
    footers(doc, d);
    doc.end();
    return bytes;
  };
  return { doc, finish };
}

type TextOptions = PDFKit.Mixins.TextOptions;

/**
 * Every string drawn or measured: in Helvetica when Windows-1252 holds it (small files, as before), otherwise
 * in runs, each in a font that has its script (backend/documents/fonts.ts), right-to-left runs shaped and put
 * in visual order, so a name in Arabic, Cyrillic, Greek or Chinese prints as written. Fonts are subset.
 */
function anyScript(doc: Doc) {
  const text = doc.text.bind(doc) as (t: string, ...rest: unknown[]) => Doc;
  const height = doc.heightOfString.bind(doc) as (t: string, o?: TextOptions) => number;
  const font = doc.font.bind(doc) as (name: string) => Doc;
  let standard = "Helvetica";
  const registered = new Set<string>();
  doc.font = ((name: string, ...rest: unknown[]) => {
    if (typeof name === "string" && name.startsWith("Helvetica")) standard = name;
    return (font as (...a: unknown[]) => Doc)(name, ...rest);
  }) as Doc["font"];
  const use = (run: Run) => {
    if (!run.face) return font(standard);
    if (!registered.has(run.face.key)) doc.registerFont(run.face.key, run.face.file);
    registered.add(run.face.key);
    return font(run.face.key);
  };
  const runsOf = (t: string) => scriptRuns(t, standard === "Helvetica-Bold");
  // The face most of the text is in, to measure it with.
  const widest = (runs: Run[]) => runs.reduce((a, b) => (b.text.length > a.text.length ? b : a));

  doc.text = ((t: string, ...rest: unknown[]) => {
    const s = String(t);
    if (isWinAnsi(s)) return text(s, ...rest);
    const runs = runsOf(s);
    const at = rest.filter((r) => typeof r === "number");
    const options = (rest.find((r) => typeof r === "object" && r !== null) ?? {}) as TextOptions;
    runs.forEach((run, i) => {
      use(run);
      const more = { ...options, continued: i < runs.length - 1 ? true : options.continued };
      if (i === 0) text(run.text, ...at, more);
      else text(run.text, more);
    });
    return font(standard);
  }) as Doc["text"];
  doc.heightOfString = ((t: string, options?: TextOptions) => {
    const s = String(t);
    if (isWinAnsi(s)) return height(s, options);
    use(widest(runsOf(s)));
    const h = height(s, options);
    font(standard);
    return h;
  }) as Doc["heightOfString"];
}

function header(doc: Doc, d: Letterhead, title: string) {
  const width = contentWidth(doc);
  doc.font("Helvetica-Bold").fontSize(16).fillColor(C.accent).text(d.insurer.name, MARGIN, MARGIN, { width });
  doc.font("Helvetica").fontSize(8.5).fillColor(C.muted).text(d.insurer.address, { width });
  rule(doc, doc.y + 8, C.accent, 1.5);
  doc
    .font("Helvetica-Bold")
    .fontSize(20)
    .fillColor(C.ink)
    .text(title, MARGIN, doc.y + 20, { width });
  doc
    .font("Helvetica")
    .fontSize(10)
    .fillColor(C.muted)
    .text(
      d.policy
        ? `${d.product.name} · ${reference(d)} · Issued ${formatDate(d.issuedAt)}`
        : `${d.product.name} · ${formatDate(d.issuedAt)}`,
      { width },
    );
  doc.moveDown(1.2);
}

function footers(doc: Doc, d: Letterhead) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    const top = doc.page.height - FOOTER;
    const width = contentWidth(doc);
    rule(doc, top, C.rule, 0.75);
    doc
      .font("Helvetica")
      .fontSize(7.5)
      .fillColor(C.muted)
      .text(d.insurer.registration, MARGIN, top + 8, { width, align: "center" });
    doc
      .fontSize(8.5)
      .fillColor(C.ink)
      .text(reference(d), MARGIN, top + 32, { width, lineBreak: false });
    doc.text(`Page ${i - start + 1} of ${count}`, MARGIN, top + 32, { width, align: "right", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

export function heading(doc: Doc, text: string) {
  ensureSpace(doc, 48);
  doc
    .moveDown(0.6)
    .font("Helvetica-Bold")
    .fontSize(12)
    .fillColor(C.accent)
    .text(text, MARGIN, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

export function paragraph(doc: Doc, text: string, opts: { strong?: boolean; muted?: boolean } = {}) {
  for (const para of text.split(/\n{2,}/)) {
    doc
      .font(opts.strong ? "Helvetica-Bold" : "Helvetica")
      .fontSize(10)
      .fillColor(opts.muted ? C.muted : C.ink);
    doc.text(para.trim(), MARGIN, doc.y, { width: contentWidth(doc), lineGap: 2 });
    doc.moveDown(0.5);
  }
}

/** A two-column label/value table with banded rows. */
export function keyFacts(doc: Doc, rows: Array<[string, string]>) {
  const width = contentWidth(doc);
  const labelW = 160;
  for (const [i, [label, value]] of rows.entries()) {
    doc.font("Helvetica").fontSize(10);
    const h =
      Math.max(
        doc.heightOfString(value, { width: width - labelW - 16 }),
        doc.heightOfString(label, { width: labelW - 12 }),
      ) + 8;
    ensureSpace(doc, h);
    const y = doc.y;
    if (i % 2 === 0) doc.rect(MARGIN, y, width, h).fill(C.band);
    doc
      .font("Helvetica-Bold")
      .fillColor(C.muted)
      .text(label, MARGIN + 6, y + 4, { width: labelW - 12 });
    doc
      .font("Helvetica")
      .fillColor(C.ink)
      .text(value, MARGIN + labelW, y + 4, { width: width - labelW - 16 });
    doc.y = y + h;
  }
  doc.x = MARGIN;
  doc.moveDown(0.5);
}

/** Description/amount rows; `strong` rows (totals) are bold above a rule. */
export function amountTable(doc: Doc, head: [string, string], rows: AmountRow[]) {
  const width = contentWidth(doc);
  const amountW = 130;
  const line = (label: string, amount: string, font: string, color = C.ink) => {
    doc.font(font).fontSize(10);
    const h = doc.heightOfString(label, { width: width - amountW - 12 }) + 10;
    ensureSpace(doc, h);
    const y = doc.y;
    doc.fillColor(color).text(label, MARGIN + 6, y + 5, { width: width - amountW - 12 });
    doc.text(amount, MARGIN + width - amountW, y + 5, { width: amountW - 6, align: "right" });
    doc.y = y + h;
  };
  line(head[0], head[1], "Helvetica-Bold", C.muted);
  rule(doc, doc.y, C.rule, 0.75);
  for (const r of rows) {
    if (r.strong) rule(doc, doc.y, C.ink, 0.75);
    line(r.label, r.amount, r.strong ? "Helvetica-Bold" : "Helvetica");
  }
  doc.x = MARGIN;
  doc.moveDown(0.5);
}

export function ensureSpace(doc: Doc, height: number) {
  if (doc.y + height > doc.page.maxY()) doc.addPage();
}

function rule(doc: Doc, y: number, color: string, weight: number) {
  doc
    .moveTo(MARGIN, y)
    .lineTo(doc.page.width - MARGIN, y)
    .lineWidth(weight)
    .strokeColor(color)
    .stroke();
}

const contentWidth = (doc: Doc) => doc.page.width - 2 * MARGIN;
