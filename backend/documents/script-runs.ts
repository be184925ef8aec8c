import bidiFactory from "bidi-js";
import { faceFor, type Face } from "./fonts";

/** A piece of text in one face at one bidi level, in the order it is drawn (left to right). */
export type Run = { text: string; face: Face | null; level: number };

const bidi = bidiFactory();
// Joiners (ZWJ, ZWNJ) and other format characters belong to the word they sit in: a conjunct is shaped in one run.
const NEUTRAL = /[\s\p{P}\p{S}\p{N}\p{Cf}]/u;
const BIDI_MARK = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

const covers = (face: Face, cp: number) => face.ranges.some(([from, to]) => cp >= from && cp <= to);

/**
 * `text` cut where the face (the first that has the character) or the bidi level changes, then put in visual
 * order (Unicode's rule L2 over the runs). Each right-to-left run stays in logical order: fontkit shapes and
 * reverses it itself. Spaces and punctuation stay with the run they are in when its face has them.
 */
export function scriptRuns(text: string, bold: boolean, direction?: "rtl" | "ltr"): readonly Readonly<Run>[] {
  // Documents measure and draw the same labels, and a right-to-left paragraph each of its growing lines, many times.
  const key = `${bold ? "b" : "r"}${direction ?? ""} ${text}`;
  let runs = known.get(key);
  if (!runs) {
    runs = runsOf(text, bold, direction);
    if (known.size >= KNOWN_MAX) known.delete(known.keys().next().value!);
    known.set(key, runs);
  }
  return runs;
}

const KNOWN_MAX = 5_000;
const known = new Map<string, readonly Readonly<Run>[]>();

function runsOf(text: string, bold: boolean, direction?: "rtl" | "ltr"): Run[] {
  // The paragraph's direction: the document's when it has one, else its first strong character's.
  const { levels } = bidi.getEmbeddingLevels(text, direction);
  const runs: Run[] = [];
  let index = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const level = levels[index];
    index += ch.length;
    // Marks that only steer the bidi algorithm (as Intl puts before Arabic money) are in the levels; no font draws
    // them, so they are not drawn.
    if (BIDI_MARK.test(ch)) continue;
    const last = runs.at(-1);
    const keep =
      last && last.level === level && last.face && NEUTRAL.test(ch) && (/\s/.test(ch) || covers(last.face, cp));
    const face = keep ? last.face : faceFor(cp, bold);
    // Right to left, each word and each space is a run of its own: pdfkit lays a line's text out left to right and
    // would put a shaped run's spaces at its end, running the words together.
    const apart = level % 2 === 1 && last !== undefined && (/\s/.test(ch) || /\s$/.test(last.text));
    if (last && !apart && last.level === level && last.face?.key === face?.key) last.text += ch;
    else runs.push({ text: ch, face, level });
  }
  const highest = Math.max(0, ...runs.map((r) => r.level));
  const lowestOdd = Math.min(...runs.map((r) => r.level).filter((l) => l % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < runs.length; i++) {
      if (runs[i].level < level) continue;
      let j = i;
      while (j + 1 < runs.length && runs[j + 1].level >= level) j++;
      runs.splice(i, j - i + 1, ...runs.slice(i, j + 1).reverse());
      i = j;
    }
  }
  return runs;
}
