// The standard PDF fonts (Helvetica) only encode WinAnsi; anything else prints as garbage.
const WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
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
