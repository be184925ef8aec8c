/** A choice a form offers: its machine value and the label people should see instead. */
export type ChoiceValue = { value: string; label: string };

const WORDS: Array<[RegExp, string]> = [
  [/\bnull\b/, "null"],
  [/\bundefined\b/, "undefined"],
  [/\bNaN\b/, "NaN"],
  [/\[object Object\]/, "[object Object]"],
  [/\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?\b/, "an ISO date"],
];

/**
 * What in a human-facing text (a page's innerText, a PDF's text, an email) a person could not read:
 * null, undefined, NaN, [object Object], an ISO date, or a choice's bare value where its label belongs.
 * A bare value is a whole line or a whole piece of one (between ":", ",", ";", "·" or "|") that is exactly a
 * choice's value and not its label. Returns one sentence per finding, with the line it was found on.
 */
export function findUnreadable(text: string, choices: readonly ChoiceValue[] = []): string[] {
  const bare = new Map(choices.filter((c) => c.value.trim() && c.value !== c.label).map((c) => [c.value, c.label]));
  const found: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    for (const [pattern, what] of WORDS) {
      const match = pattern.exec(line);
      if (match) found.push(`${what} ("${match[0]}") in: ${line}`);
    }
    for (const piece of line.split(/\s*[:,;·|]\s+|\s*\t\s*/)) {
      const label = bare.get(piece.trim());
      if (label !== undefined) found.push(`the bare value "${piece.trim()}" (say "${label}") in: ${line}`);
    }
  }
  return found;
}

/** Every choice of every field (group sub-fields included) of the given forms. */
export function choicesOf(
  forms: ReadonlyArray<{ fields?: ReadonlyArray<unknown> | null } | null | undefined>,
): ChoiceValue[] {
  const out: ChoiceValue[] = [];
  const walk = (fields: ReadonlyArray<unknown> | null | undefined) => {
    for (const f of fields ?? []) {
      const field = f as { choices?: ChoiceValue[] | null; fields?: unknown[] | null };
      for (const c of field.choices ?? []) out.push({ value: String(c.value), label: String(c.label) });
      walk(field.fields);
    }
  };
  for (const form of forms) walk(form?.fields);
  return out;
}
