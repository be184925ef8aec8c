import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { fontFaces } from "./fonts";
import { fontBytes, unwrapWoff } from "./font-files";

type Glyph = { id: number; advanceWidth: number };
type Font = {
  numGlyphs: number;
  postscriptName: string;
  layout(text: string): { glyphs: Glyph[]; positions: Array<{ xAdvance: number; xOffset: number }> };
};
const fontkit = createRequire(import.meta.url)("fontkit") as { create(bytes: Buffer): Font };

describe("a WOFF font unwrapped for pdfkit", () => {
  it.each([
    ["noto-sans-arabic-arabic-400", "محمد الأحمد"],
    ["noto-sans-devanagari-700", "राहुल शर्मा"],
    ["noto-sans-latin-400", "Policyholder"],
  ])("%s shapes text exactly as the WOFF does", (key, text) => {
    const face = fontFaces(key.endsWith("700")).find((f) => f.key === key)!;
    const woff = readFileSync(face.file);
    const [wrapped, unwrapped] = [woff, unwrapWoff(woff)].map((bytes) => fontkit.create(bytes));
    expect(unwrapped.numGlyphs).toBe(wrapped.numGlyphs);
    expect(unwrapped.postscriptName).toBe(wrapped.postscriptName);
    const shaped = (font: Font) => {
      const run = font.layout(text);
      return run.glyphs.map((g, i) => [g.id, run.positions[i].xAdvance, run.positions[i].xOffset]);
    };
    expect(shaped(unwrapped)).toEqual(shaped(wrapped));
  });

  it("is unwrapped once per process", () => {
    const [face] = fontFaces(false);
    expect(fontBytes(face.file)).toBe(fontBytes(face.file));
    expect(fontBytes(face.file).readUInt32BE(0)).toBe(0x00010000); // a TrueType file's version
  });

  it("refuses a file that is not a WOFF", () => {
    expect(() => unwrapWoff(Buffer.from("OTTO0000"))).toThrow(/Not a WOFF/);
  });
});
