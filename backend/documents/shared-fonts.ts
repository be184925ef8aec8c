import { create, type Font, type Glyph, type GlyphRun } from "fontkit";
import { fontBytes } from "./font-files";

type GlyphClass = new (id: number, codePoints: number[], font: Font) => Glyph;

const fonts = new Map<string, Font>();

/**
 * One fontkit font per file for every document in the process: opening the font for each document read its shaping
 * tables again and shaped its first lines cold (about 15 ms of an Arabic certificate's 35).
 *
 * fontkit keeps one glyph object per glyph id, holding the letters it was first drawn for, and pdfkit's text layer
 * takes a glyph's letters from it; shared by documents, an Arabic shape drawn for ح in one would be read back as
 * another document's ج. So a glyph asked for other letters than its first is a glyph of its own (one per glyph and
 * letters), and each document reads back the letters it drew.
 *
 * Shaping a word is a pure function of the word and the font, and documents print the same labels again and again
 * (about a third of an Arabic certificate's time was fontkit shaping them), so the font remembers its last words'
 * layouts. pdfkit scales a layout's positions in place: each caller gets positions of its own.
 */
export function sharedFont(file: string): Font {
  let font = fonts.get(file);
  if (!font) {
    font = create(fontBytes(file)) as Font;
    keyGlyphsByLetters(font);
    rememberLayouts(font);
    fonts.set(file, font);
  }
  return font;
}

function keyGlyphsByLetters(font: Font) {
  const byId = font.getGlyph.bind(font);
  const byLetters = new Map<string, Glyph>();
  font.getGlyph = (id: number, codePoints: number[] = []) => {
    const glyph = byId(id, codePoints);
    if (glyph) decodeOnce(glyph);
    if (!glyph || codePoints.length === 0 || sameLetters(glyph.codePoints, codePoints)) return glyph;
    const key = `${id}:${codePoints.join(",")}`;
    let own = byLetters.get(key);
    if (!own) {
      own = new (glyph.constructor as GlyphClass)(id, codePoints, font);
      byLetters.set(key, own);
    }
    return own;
  };
}

/** Whether two glyphs stand for the same letters. */
export const sameLetters = (a: number[], b: number[]) => a.length === b.length && a.every((cp, i) => cp === b[i]);

const LAYOUTS_KEPT = 10_000;

function rememberLayouts(font: Font) {
  const layout = font.layout.bind(font);
  const runs = new Map<string, GlyphRun>();
  font.layout = (text: string, features?: string[] | Record<string, boolean>, ...more: string[]) => {
    if (features !== undefined || more.length > 0) return layout(text, features, ...more);
    let run = runs.get(text);
    if (!run) {
      run = shape(layout, text);
      if (runs.size >= LAYOUTS_KEPT) runs.delete(runs.keys().next().value!);
      runs.set(text, run);
    }
    return Object.assign(copy(run), { positions: run.positions.map(copy) });
  };
}

/**
 * fontkit fails on some fonts' mark positioning (Noto Sans Gurmukhi: a mark with no anchor on its base, so most
 * Punjabi names threw); such a word is laid out again without it, its marks where the font draws them by default.
 */
function shape(layout: Font["layout"], text: string): GlyphRun {
  try {
    return layout(text);
  } catch {
    // A new object each time: fontkit adds the features it applies to the one it is given.
    return layout(text, { mark: false, mkmk: false, abvm: false, blwm: false });
  }
}

/** The same object with its own fields (a class's getters, such as a run's advanceWidth, still work on it). */
const copy = <T extends object>(value: T): T => Object.assign(Object.create(Object.getPrototypeOf(value)), value);

type Decoding = { _decode?: () => unknown; decodedOnce?: true };

/**
 * A glyph's outline decoded once for the process: pdfkit's subset of each document decodes every glyph it embeds
 * again, a fifth of what an Arabic certificate allocated (5.3 → 4.2 MB). `_decode` is fontkit's own (pinned); were it
 * gone, glyphs would simply be decoded each time as before.
 */
function decodeOnce(glyph: Glyph) {
  const g = glyph as unknown as Decoding;
  if (g.decodedOnce || typeof g._decode !== "function") return;
  const decode = g._decode.bind(g);
  let decoded: unknown;
  let done = false;
  g._decode = () => {
    if (!done) [decoded, done] = [decode(), true];
    return decoded;
  };
  g.decodedOnce = true;
}
