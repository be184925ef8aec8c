import type { DocumentData } from "./document-data";
import { formatDate } from "./date-format";
import { isWinAnsi } from "./win-ansi";
import { scriptRuns, type Run } from "./script-runs";
import { DEFAULT_LOCALE, dirOf } from "../../contract/locales";
import { say } from "../messages";
import { sharedFont } from "./shared-fonts";
import { glyphPerLetters } from "./glyph-letters";
import { newDocument } from "./pdf-document";

export type Doc = PDFKit.PDFDocument;
export type AmountRow = { label: string; amount: string; strong?: boolean };

const C = { ink: "#1f2933", muted: "#616e7c", accent: "#0b4f6c", rule: "#cbd2d9", band: "#f0f4f8" };
const MARGIN = 56;
const FOOTER = 64;

/** Whose document it is: a policy's, or (with no policy) a product's own, such as its terms. */
export type Letterhead = Pick<DocumentData, "insurer" | "issuedAt" | "language"> & {
  product: { name: string };
  policy?: { policy_number: string };
};

const languageOf = (d: Letterhead) => d.language ?? DEFAULT_LOCALE;
const reference = (d: Letterhead) =>
  d.policy ? say(languageOf(d), "document", "reference", { policyNumber: d.policy.policy_number }) : d.product.name;

/** Documents written right to left (their language's direction): set when started, read by every helper. */
const RIGHT_TO_LEFT = new WeakSet<Doc>();
const rtl = (doc: Doc) => RIGHT_TO_LEFT.has(doc);

/** An A4 document with the insurer's header and the title already drawn; `finish` adds footers and returns the bytes. */
export function startDocument(d: Letterhead, meta: { title: string; subject: string }) {
  const doc: Doc = newDocument({
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
  if (dirOf(languageOf(d)) === "rtl") RIGHT_TO_LEFT.add(doc);
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
  const width = doc.widthOfString.bind(doc) as (t: string, o?: TextOptions) => number;
  const font = doc.font.bind(doc) as (name: string) => Doc;
  let standard = "Helvetica";
  const registered = new Set<string>();
  doc.font = ((name: string, ...rest: unknown[]) => {
    if (typeof name === "string" && name.startsWith("Helvetica")) standard = name;
    return (font as (...a: unknown[]) => Doc)(name, ...rest);
  }) as Doc["font"];
  const use = (run: Run) => {
    if (!run.face) return font(standard);
    // pdfkit takes an open fontkit font as well as a file (its types say only a file).
    if (!registered.has(run.face.key))
      doc.registerFont(run.face.key, sharedFont(run.face.file) as unknown as PDFKit.Mixins.PDFFontSource);
    registered.add(run.face.key);
    font(run.face.key);
    glyphPerLetters((doc as unknown as { _font: unknown })._font);
    return doc;
  };
  const runsOf = (t: string) => scriptRuns(t, standard === "Helvetica-Bold", rtl(doc) ? "rtl" : undefined);
  // The face most of the text is in, to measure it with.
  const widest = (runs: readonly Run[]) => runs.reduce((a, b) => (b.text.length > a.text.length ? b : a));

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
  // Not pdfkit's own widthOfString: it measures between drawing a run and the next, in the run's font.
  WIDTH.set(doc, (s: string) => {
    if (isWinAnsi(s)) return width(s);
    let w = 0;
    for (const run of runsOf(s)) {
      use(run);
      w += width(run.text);
    }
    font(standard);
    return w;
  });
}

/** Each document's measure of a line's width, each run in its own font. */
const WIDTH = new WeakMap<Doc, (text: string) => number>();
const widthOf = (doc: Doc, text: string) => WIDTH.get(doc)!(text);

/**
 * Text in a box, aligned to the start of the document's direction unless `align` says otherwise. Right to left,
 * the lines are broken here, in reading order, and each is drawn on its own (its runs put in visual order), so a
 * paragraph mixing Arabic with numbers or Latin words reads from its first line down.
 */
function write(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  opts: { width: number; align?: "left" | "right" | "center"; lineGap?: number },
) {
  if (!rtl(doc)) {
    doc.text(text, x, y, { width: opts.width, align: opts.align, lineGap: opts.lineGap });
    return;
  }
  const lineHeight = doc.currentLineHeight(true) + (opts.lineGap ?? 0);
  const align = opts.align ?? "right";
  let top = y;
  for (const line of linesOf(doc, text, opts.width)) {
    if (top + lineHeight > doc.page.maxY()) {
      doc.addPage();
      top = doc.page.margins.top;
    }
    const w = Math.min(line.width, opts.width);
    const left = align === "left" ? x : align === "center" ? x + (opts.width - w) / 2 : x + opts.width - w;
    if (line.text) doc.text(line.text, left, top, { lineBreak: false });
    top += lineHeight;
  }
  doc.x = x;
  doc.y = top;
}

/** The height `write` takes for this text in this width. */
function measure(doc: Doc, text: string, width: number, lineGap = 0): number {
  if (!rtl(doc)) return doc.heightOfString(text, { width, lineGap });
  return linesOf(doc, text, width).length * (doc.currentLineHeight(true) + lineGap);
}

/**
 * Lines no wider than `width`, broken between words (a word wider than the line has one to itself), with their
 * widths: each word is measured once and a line is its words and spaces (measuring each longer line afresh made
 * breaking a paragraph cost the square of its words).
 */
function linesOf(doc: Doc, text: string, width: number): Array<{ text: string; width: number }> {
  const space = widthOf(doc, " ");
  const lines: Array<{ text: string; width: number }> = [];
  for (const hard of text.split("\n")) {
    let line = { text: "", width: 0 };
    for (const word of hard.split(/ +/)) {
      const w = widthOf(doc, word);
      if (!line.text) line = { text: word, width: w };
      else if (line.width + space + w > width) {
        lines.push(line);
        line = { text: word, width: w };
      } else line = { text: `${line.text} ${word}`, width: line.width + space + w };
    }
    lines.push(line);
  }
  return lines;
}

function header(doc: Doc, d: Letterhead, title: string) {
  const width = contentWidth(doc);
  const language = languageOf(d);
  doc.font("Helvetica-Bold").fontSize(16).fillColor(C.accent);
  write(doc, d.insurer.name, MARGIN, MARGIN, { width });
  doc.font("Helvetica").fontSize(8.5).fillColor(C.muted);
  write(doc, d.insurer.address, MARGIN, doc.y, { width });
  rule(doc, doc.y + 8, C.accent, 1.5);
  doc.font("Helvetica-Bold").fontSize(20).fillColor(C.ink);
  write(doc, title, MARGIN, doc.y + 20, { width });
  const date = formatDate(d.issuedAt, language);
  doc.font("Helvetica").fontSize(10).fillColor(C.muted);
  write(
    doc,
    d.policy
      ? say(language, "document", "issuedLine", { product: d.product.name, policyNumber: d.policy.policy_number, date })
      : `${d.product.name} · ${date}`,
    MARGIN,
    doc.y,
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
    doc.font("Helvetica").fontSize(7.5).fillColor(C.muted);
    write(doc, d.insurer.registration, MARGIN, top + 8, { width, align: "center" });
    // The reference where lines start (the right, right to left), the page number where they end.
    const [first, last] = rtl(doc) ? (["right", "left"] as const) : (["left", "right"] as const);
    const page = say(languageOf(d), "document", "page", { n: i - start + 1, count });
    doc.fontSize(8.5).fillColor(C.ink);
    write(doc, reference(d), MARGIN, top + 32, { width, align: first });
    write(doc, page, MARGIN, top + 32, { width, align: last });
    doc.page.margins.bottom = bottom;
  }
}

export function heading(doc: Doc, text: string) {
  ensureSpace(doc, 48);
  doc.moveDown(0.6).font("Helvetica-Bold").fontSize(12).fillColor(C.accent);
  write(doc, text, MARGIN, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

export function paragraph(doc: Doc, text: string, opts: { strong?: boolean; muted?: boolean } = {}) {
  for (const para of text.split(/\n{2,}/)) {
    doc
      .font(opts.strong ? "Helvetica-Bold" : "Helvetica")
      .fontSize(10)
      .fillColor(opts.muted ? C.muted : C.ink);
    write(doc, para.trim(), MARGIN, doc.y, { width: contentWidth(doc), lineGap: 2 });
    doc.moveDown(0.5);
  }
}

/** A two-column label/value table with banded rows; right to left, the labels are the right-hand column. */
export function keyFacts(doc: Doc, rows: Array<[string, string]>) {
  const width = contentWidth(doc);
  const labelW = 160;
  const valueW = width - labelW - 16;
  const labelX = rtl(doc) ? MARGIN + width - labelW + 6 : MARGIN + 6;
  const valueX = rtl(doc) ? MARGIN + 10 : MARGIN + labelW;
  for (const [i, [label, value]] of rows.entries()) {
    doc.font("Helvetica").fontSize(10);
    const h = Math.max(measure(doc, value, valueW), measure(doc, label, labelW - 12)) + 8;
    ensureSpace(doc, h);
    const y = doc.y;
    if (i % 2 === 0) doc.rect(MARGIN, y, width, h).fill(C.band);
    doc.font("Helvetica-Bold").fillColor(C.muted);
    write(doc, label, labelX, y + 4, { width: labelW - 12 });
    doc.font("Helvetica").fillColor(C.ink);
    write(doc, value, valueX, y + 4, { width: valueW });
    doc.y = y + h;
  }
  doc.x = MARGIN;
  doc.moveDown(0.5);
}

/** Description/amount rows; `strong` rows (totals) are bold above a rule. Right to left, amounts are on the left. */
export function amountTable(doc: Doc, head: [string, string], rows: AmountRow[]) {
  const width = contentWidth(doc);
  const amountW = 130;
  const labelW = width - amountW - 12;
  const labelX = rtl(doc) ? MARGIN + amountW + 6 : MARGIN + 6;
  const amountX = rtl(doc) ? MARGIN + 6 : MARGIN + width - amountW;
  const line = (label: string, amount: string, font: string, color = C.ink) => {
    doc.font(font).fontSize(10);
    const h = measure(doc, label, labelW) + 10;
    ensureSpace(doc, h);
    const y = doc.y;
    doc.fillColor(color);
    write(doc, label, labelX, y + 5, { width: labelW });
    write(doc, amount, amountX, y + 5, { width: amountW - 6, align: rtl(doc) ? "left" : "right" });
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
