import { sameLetters } from "./shared-fonts";

/** A glyph as fontkit lays it out: its id in the font and the letters it was shaped from. */
type Glyph = { id: number; codePoints: number[]; advanceWidth: number };
/** What pdfkit keeps of an embedded font in one document: its subset, and each subset glyph's width and letters. */
type EmbeddedFont = {
  subset: { glyphs: number[]; includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  scale: number;
  layout(text: string, features?: unknown): { glyphs: Glyph[]; positions: unknown[] };
  encode(text: string, features?: unknown): [string[], unknown[]];
};

const done = new WeakSet<object>();
const hex = (gid: number) => `0000${gid.toString(16)}`.slice(-4);

/**
 * pdfkit's text layer keeps one set of letters for each glyph of a document's font, the first it drew with it. Arabic
 * letters that share a shape and differ by their dots, drawn as marks (ب ت ث ن ي at the start of a word, ح ج خ),
 * were read back as whichever came first: a certificate's title "شهادة التأمين" as "شهادة اليأمين". Here a glyph
 * drawn for other letters is embedded again as a glyph of its own (the same outline, a few bytes), which the text
 * layer maps to those letters, so copying, searching and reading aloud give every word as drawn. `font` is pdfkit's
 * embedded font in one document (`doc._font` after choosing it); if it is not one pdfkit made as this expects, or
 * was already given this, nothing changes.
 */
export function glyphPerLetters(font: unknown): void {
  const f = font as Partial<EmbeddedFont> | null;
  if (!f || done.has(f) || !f.subset || !f.widths || !f.unicode || !f.layout || !f.encode) return;
  done.add(f);
  const { subset, widths, unicode } = f as EmbeddedFont;
  const scale = f.scale ?? 1;
  const extra = new Map<string, number>();
  const gidOf = (glyph: Glyph): number => {
    const gid = subset.includeGlyph(glyph.id);
    if (unicode[gid] == null) {
      widths[gid] ??= glyph.advanceWidth * scale;
      unicode[gid] = glyph.codePoints;
      return gid;
    }
    if (glyph.codePoints.length === 0 || sameLetters(unicode[gid], glyph.codePoints)) return gid;
    const key = `${glyph.id}:${glyph.codePoints.join(",")}`;
    let own = extra.get(key);
    if (own === undefined) {
      own = subset.glyphs.push(glyph.id) - 1;
      widths[own] = glyph.advanceWidth * scale;
      unicode[own] = glyph.codePoints;
      extra.set(key, own);
    }
    return own;
  };
  f.encode = (text, features) => {
    const { glyphs, positions } = (f as EmbeddedFont).layout(text, features);
    return [glyphs.map((glyph) => hex(gidOf(glyph))), positions];
  };
}
