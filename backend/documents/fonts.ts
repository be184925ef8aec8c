import { createRequire } from "node:module";
import path from "node:path";

/**
 * Fonts for text in any script, from npm (@fontsource: WOFF files that fontkit reads and pdfkit subsets), in the
 * order they are tried for each character: Noto Sans (Latin, Greek, Cyrillic, Vietnamese, Devanagari), Noto Sans
 * Arabic, Hebrew, Thai, Bengali, Tamil, Gujarati, Gurmukhi, Sinhala, Georgian, Armenian and Ethiopic, then Noto Sans
 * SC (Chinese, and Japanese kana and Korean in part).
 * Text in Windows-1252 alone keeps Helvetica.
 */
export type Face = { key: string; file: string; ranges: Array<[number, number]> };

const require = createRequire(import.meta.url);
const FAMILIES = [
  "noto-sans",
  "noto-sans-arabic",
  "noto-sans-hebrew",
  "noto-sans-thai",
  "noto-sans-bengali",
  "noto-sans-tamil",
  "noto-sans-gujarati",
  "noto-sans-gurmukhi",
  "noto-sans-sinhala",
  "noto-sans-georgian",
  "noto-sans-armenian",
  "noto-sans-ethiopic",
  "noto-sans-sc",
] as const;

function parseRanges(list: string): Array<[number, number]> {
  return list.split(",").map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, "").split("-");
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
}

function facesOf(family: string, weight: 400 | 700): Face[] {
  const dir = path.dirname(require.resolve(`@fontsource/${family}/package.json`));
  const subsets = require(`@fontsource/${family}/unicode.json`) as Record<string, string>;
  return Object.entries(subsets).map(([subset, ranges]) => {
    const name = subset.replace(/^\[(\d+)\]$/, "$1");
    return {
      key: `${family}-${name}-${weight}`,
      file: path.join(dir, "files", `${family}-${name}-${weight}-normal.woff`),
      ranges: parseRanges(ranges),
    };
  });
}

const faces: Record<400 | 700, Face[] | null> = { 400: null, 700: null };

/** Every face of one weight, in fallback order. */
export function fontFaces(bold: boolean): Face[] {
  const weight = bold ? 700 : 400;
  return (faces[weight] ??= FAMILIES.flatMap((family) => facesOf(family, weight)));
}

/** The first face whose ranges hold this code point, or null (then it can't be shown). */
export function faceFor(codePoint: number, bold: boolean): Face | null {
  for (const face of fontFaces(bold)) {
    if (face.ranges.some(([from, to]) => codePoint >= from && codePoint <= to)) return face;
  }
  return null;
}
