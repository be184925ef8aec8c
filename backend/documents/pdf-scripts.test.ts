import { createRequire } from "node:module";
import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { certificatePdf, taxInvoicePdf } from "./index";
import { scriptRuns } from "./script-runs";
import { sampleArabicDocument, sampleDocument } from "./sample-document";

async function textOf(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    // Without control characters: pdf.js reads some shaped Arabic glyphs (ligatures) with one after them.
    return (await parser.getText()).text.replace(/[\u0000-\u0008\u000e-\u001f]/g, "").replace(/\s+/g, " ");
  } finally {
    await parser.destroy();
  }
}

/**
 * How the text extractor (pdf.js) reads a right-to-left line: word by word from the left of the page, so the last
 * word first, each word's letters in reading order, the spaces between them kept. That order is the right one on
 * the page.
 */
const seenRightToLeft = (text: string) =>
  text.replace(/[\u0590-\u06ff][\u0590-\u06ff ]*[\u0590-\u06ff]/gu, (rtl) => rtl.split(" ").reverse().join(" "));

// pdfkit's own font reader (it has no types of its own here).
type Font = { hasGlyphForCodePoint(codePoint: number): boolean };
const fontkit = createRequire(import.meta.url)("fontkit") as { openSync(file: string): Font };

const NAMES = ["محمد الأحمد", "Дмитрий Иванов", "Γιώργος Παπαδόπουλος", "王小明"];
const ADDRESS = "شارع الملك فهد الرياض";

describe("documents in any script", () => {
  it.each(NAMES)("a certificate for %s prints the name as written, in an embedded font", async (name) => {
    const pdf = await certificatePdf(sampleDocument({ holder: { name, email: null, address: ADDRESS } }));
    const text = await textOf(pdf);
    const rtl = name.startsWith("مح");
    expect(text).toContain(rtl ? seenRightToLeft(`Policyholder ${name}`) : `Policyholder ${name}`);
    // Every word of the address (the extractor cuts a shaped line into pieces in its own order).
    for (const word of ADDRESS.split(" ")) expect(text.replace(/\s/g, "")).toContain(word);
    // The standard font for the rest, an embedded subset (ABCDEF+Name) for the name and the address.
    const latin1 = pdf.toString("latin1");
    expect(latin1).toMatch(/\/BaseFont \/Helvetica\b/);
    expect(latin1).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansArabic-Regular/);
    // Subset fonts keep the file small, even with a Chinese name.
    expect(pdf.length).toBeLessThan(200_000);
  });

  it.each([
    ["Hebrew", "דוד כהן", "NotoSansHebrew"],
    ["Thai", "สมชาย ใจดี", "NotoSansThai"],
    ["Hindi", "राहुल शर्मा", "NotoSans"],
    ["Bengali", "রহিম আহমেদ", "NotoSansBengali"],
    ["Tamil", "முருகன் செல்வம்", "NotoSansTamil"],
    ["Gujarati", "પ્રિયા પટેલ", "NotoSansGujarati"],
    ["Punjabi", "ਹਰਪ੍ਰੀਤ ਸਿੰਘ", "NotoSansGurmukhi"],
    ["Sinhala", "නිමල් පෙරේරා", "NotoSansSinhala"],
    ["Georgian", "ნინო ბერიძე", "NotoSansGeorgian"],
    ["Armenian", "Արամ Պետրոսյան", "NotoSansArmenian"],
    ["Amharic", "አበበ ቢቂላ", "NotoSansEthiopic"],
  ])("a certificate for a name in %s prints it in an embedded font that has it", async (script, name, font) => {
    const pdf = await certificatePdf(sampleDocument({ holder: { name, email: null, address: "1 High St" } }));
    expect(pdf.toString("latin1")).toMatch(new RegExp(`/BaseFont /[A-Z]{6}\\+${font}-Regular`));
    // pdf.js reads a shaped Indic word's glyphs in their drawn order (a vowel sign before its consonant).
    const drawnOrder = ["Hindi", "Bengali", "Tamil", "Gujarati", "Punjabi", "Sinhala"].includes(script);
    if (!drawnOrder) expect(await textOf(pdf)).toContain(seenRightToLeft(`Policyholder ${name}`));
  });

  it("a tax invoice too (bold and regular)", async () => {
    const name = "王小明 Дмитрий";
    const text = await textOf(await taxInvoicePdf(sampleDocument({ holder: { name, email: null } })));
    expect(text).toContain(name);
  });

  it("every character is drawn by a font that has a glyph for it (no empty boxes)", () => {
    // The last: Arabic money as Intl writes it, led by a right-to-left mark that no font draws.
    const more = [
      ...["Łukasz Żółć-Brontë", "Ngô Bảo Châu", "דוד כהן", "สมชาย ใจดี", "राहुल शर्मा", "রহিম আহমেদ", "முருகன் செல்வம்"],
      ...["પ્રિયા પટેલ", "ਹਰਪ੍ਰੀਤ ਸਿੰਘ", "නිමල් පෙරේරා", "ნინო ბერიძე", "Արամ Պետրոսյան", "አበበ ቢቂላ"],
      "\u200f1,391.88\u00a0UK£",
    ];
    for (const text of [...NAMES, ADDRESS, ...more]) {
      for (const bold of [false, true]) {
        for (const run of scriptRuns(text, bold)) {
          expect(run.face, `${text}: ${run.text}`).not.toBeNull();
          const font = fontkit.openSync(run.face!.file);
          for (const ch of run.text)
            expect(font.hasGlyphForCodePoint(ch.codePointAt(0)!), `${ch} in ${run.face!.key}`).toBe(true);
        }
      }
    }
  });

  it("puts a right-to-left name with Latin digits in visual order, each run in its own direction", () => {
    const runs = scriptRuns("عمارة 12 شارع", false);
    // Right to left: the last word is drawn first, then the number (left to right), then the first word.
    const words = runs.filter((r) => r.text.trim());
    expect(words.map((r) => r.text.trim())).toEqual(["شارع", "12", "عمارة"]);
    expect(words.map((r) => r.level % 2)).toEqual([1, 0, 1]);
  });

  it("keeps the spaces between right-to-left words, each word and space a run of its own", () => {
    const runs = scriptRuns("محمد الأحمد", false);
    expect(runs.map((r) => r.text)).toEqual(["الأحمد", " ", "محمد"]);
  });
  it("reads back the letters each document drew, where Arabic letters share a shape (fonts are shared)", async () => {
    // ح and ج (and خ) are one glyph with their dots as marks: an earlier document's letter must not come back.
    const holder = (name: string) => sampleDocument({ holder: { name, email: null, address: "1 High St" } });
    await certificatePdf(holder("حامد حسن"));
    const text = await textOf(await certificatePdf(holder("جابر جميل")));
    // pdf.js reads the dots' glyph as a space: compared without spaces.
    expect(text.replace(/\s/g, "")).toContain(seenRightToLeft("Policyholder جابر جميل").replace(/\s/g, ""));
  });

  it("reads back the letters drawn where one document draws letters of one shape (ح and ج, ت and ي)", async () => {
    const text = await textOf(
      await certificatePdf(sampleArabicDocument({ holder: { name: "حامد جابر", email: null } })),
    );
    const plain = text.replace(/\s/g, "");
    // The holder's name, and the title and the policy's word, whose ت and ث start like ي: each as written.
    expect(plain).toContain(seenRightToLeft("حامد جابر").replace(/\s/g, ""));
    for (const word of ["التأمين", "الوثيقة"]) expect(plain).toContain(word);
  });
});
