import { describe, expect, it } from "vitest";
import type { AnyField } from "@/contract/form";
import { messages } from "@/contract/rules";
import { statusInWords } from "@/contract/format/status-text";
import { STATUSES } from "@/contract/statuses";
import { itemNoun, midSentence } from "@/components/form/group-items";
import { listProducts } from "@/backend/products";

/** Every field of every demo product's forms, group sub-fields included. */
function everyField(): Array<{ where: string; field: AnyField }> {
  const out: Array<{ where: string; field: AnyField }> = [];
  const walk = (where: string, fields: AnyField[]) => {
    for (const field of fields) {
      out.push({ where: `${where}.${field.name}`, field });
      if (field.fields) walk(`${where}.${field.name}`, field.fields as AnyField[]);
    }
  };
  for (const p of listProducts()) for (const f of p.forms) walk(`${p.slug}.${f.form_id}`, f.fields as AnyField[]);
  return out;
}

/** What no generated English sentence may contain. */
function unEnglish(sentence: string): string | null {
  if (/[?!]["”]?\./.test(sentence)) return "a question mark followed by a full stop";
  if (
    /\b(Choose|Enter|Upload|Add at least one item to) (where|what|which|how|who|has|have|is|are|do|does|when)\b/i.test(
      sentence,
    )
  )
    return "a question used as a noun";
  if (/\b(another|an?) (everyone|all|each|every)\b/i.test(sentence)) return "a quantifier used as a noun";
  return null;
}

describe("generated sentences over every product's forms", () => {
  const fields = everyField();

  it("every validation message reads as English", () => {
    expect(fields.length).toBeGreaterThan(20);
    const bad: string[] = [];
    for (const { where, field } of fields) {
      if (field.type === "content" || field.type === "hidden") continue;
      const sentences = [
        messages.required(field),
        messages.choice(field),
        messages.minChoices(field, 2),
        messages.minLength(field, 2),
        messages.decimal(field),
        messages.minDate(field, "2026-01-01"),
        messages.minItems(field, 2),
        messages.pattern(field),
      ];
      for (const s of sentences) {
        const why = unEnglish(s);
        if (why) bad.push(`${where}: "${s}" has ${why}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("a question title is quoted, not used as a noun", () => {
    const where = fields.find((f) => f.field.title === "Where are you going?")!.field;
    expect(messages.required(where)).toBe("Choose the answer to “Where are you going?”");
    expect(messages.choice(where)).toBe("Choose one of the options for the answer to “Where are you going?”");
    expect(messages.required({ type: "text", name: "postcode", title: "Postcode" } as AnyField)).toBe(
      "Enter postcode.",
    );
  });

  it("every repeating group's Add and item labels read as English", () => {
    const groups = fields.filter((f) => f.field.type === "group");
    expect(groups.length).toBeGreaterThan(1);
    for (const { field } of groups) {
      const noun = midSentence(itemNoun(field.title));
      expect(unEnglish(`Add another ${noun}.`)).toBeNull();
      expect(unEnglish(`Add ${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}.`)).toBeNull();
    }
    expect(itemNoun("Everyone travelling")).toBe("Item");
    expect(itemNoun("Beneficiaries")).toBe("Beneficiary");
    expect(itemNoun("Riders")).toBe("Rider");
  });

  it("every status reads as words mid-sentence", () => {
    for (const name of Object.values(STATUSES)) {
      const sentence = `Your policy is now ${statusInWords(name)}.`;
      expect(sentence).not.toMatch(/[A-Z][a-z]+-[a-z]/);
      expect(sentence).toMatch(/^Your policy is now [a-z]/);
    }
    expect(statusInWords("Cancellation-requested")).toBe("waiting for its cancellation to be approved");
    expect(statusInWords("On-hold")).toBe("on hold");
  });
});
