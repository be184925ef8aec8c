/** A choice a form offers: its machine value, the label people should see instead, and its field's title. */
export type ChoiceValue = { value: string; label: string; field?: string };

const NUMBER = /^\d+(\.\d+)?$/;
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
/** A number is a bare value only beside its own field's title ("Excess" then "50"): elsewhere it is any number. */
const labelled = (c: ChoiceValue, line: string, before: string) =>
  !!c.field && (same(before, c.field) || line.toLowerCase().startsWith(`${c.field.toLowerCase()}`));

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
 * A bare value is a whole short line (ten words at most), or a whole piece of one (between ":", ",", ";", "·" or
 * "|"), that is exactly a choice's value and not its label; a number counts only beside its field's title.
 * Returns one sentence per finding, with the line it was found on.
 */
export function findUnreadable(text: string, choices: readonly ChoiceValue[] = []): string[] {
  const coded = choices.filter((c) => c.value.trim() && c.value !== c.label);
  const found: string[] = [];
  let previous = "";
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const before = previous;
    previous = line;
    for (const [pattern, what] of WORDS) {
      const match = pattern.exec(line);
      if (match) found.push(`${what} ("${match[0]}") in: ${line}`);
    }
    // Prose may name a choice's value as a plain word ("furniture, clothes, electronics"): only short lines
    // (a label and its answer, a list of answers) are searched for bare values.
    if (line.split(/\s+/).length > 10) continue;
    // "Excess 50", "Bike type road": a field's title and a bare value run together on one line.
    const runTogether = coded.find((c) => c.field && same(line, `${c.field} ${c.value}`));
    if (runTogether) found.push(`the bare value "${runTogether.value}" (say "${runTogether.label}") in: ${line}`);
    const pieces = line.split(/\s*[:,;·|]\s+|\s*\t\s*/).map((p) => p.trim());
    for (const piece of pieces) {
      const choice = coded.find((c) => c.value === piece && (!NUMBER.test(piece) || labelled(c, line, before)));
      if (choice) found.push(`the bare value "${piece}" (say "${choice.label}") in: ${line}`);
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
      const field = f as { title?: string; choices?: ChoiceValue[] | null; fields?: unknown[] | null };
      for (const c of field.choices ?? [])
        out.push({ value: String(c.value), label: String(c.label), field: field.title ?? "" });
      walk(field.fields);
    }
  };
  for (const form of forms) walk(form?.fields);
  return out;
}
