// The standard PDF fonts (Helvetica) only encode WinAnsi; anything else prints as garbage.
const WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
const FALLBACK: Record<string, string> = {
  Ł: "L",
  ł: "l",
  Đ: "D",
  đ: "d",
  Ħ: "H",
  ħ: "h",
  ı: "i",
  Ŀ: "L",
  ŀ: "l",
  "−": "-",
  "‐": "-",
  "‑": "-",
  "\u202f": " ",
  "\u2009": " ",
};

const encodable = (ch: string) => {
  const c = ch.codePointAt(0)!;
  return (
    c === 9 ||
    c === 10 ||
    c === 13 ||
    (c >= 0x20 && c <= 0x7e) ||
    (c >= 0xa0 && c <= 0xff) ||
    WIN_ANSI_EXTRA.includes(ch)
  );
};

/** Whether the standard fonts (Helvetica) can show all of `text`. */
export const isWinAnsi = (text: string) => Array.from(text).every(encodable);

/** Text the standard fonts can show: "Łukasz Żółć" → "Lukasz Zólc"; what has no Latin form becomes "?". */
export function toWinAnsi(text: string): string {
  return Array.from(text, (ch) => {
    if (encodable(ch)) return ch;
    if (FALLBACK[ch]) return FALLBACK[ch];
    const base = ch.normalize("NFD").replace(/\p{M}/gu, "");
    return base && Array.from(base).every(encodable) ? base : "?";
  }).join("");
}
