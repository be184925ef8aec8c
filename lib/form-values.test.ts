import { describe, expect, it } from "vitest";
import { fieldSchema } from "@/contract/form";
import { checkForm, fieldKey, fieldName, toAnswers, toFormValues } from "./form-values";

const f = (raw: Record<string, unknown>) => fieldSchema.parse(raw);

describe("form values", () => {
  it("escapes names that would read as paths, and back", () => {
    for (const name of ["email", "address.line1", "a[0]", "100%", "root"]) {
      expect(fieldKey(name)).not.toMatch(/[.[\]]|^root$/);
      expect(fieldName(fieldKey(name))).toBe(name);
    }
    expect(fieldKey("first_name")).toBe("first_name");
  });

  it("converts group items' keys both ways", () => {
    const fields = [
      f({ type: "group", name: "people", fields: [{ type: "text", name: "n.a" }] }),
      f({ type: "multiselect", name: "x.y" }),
    ];
    const answers = { people: [{ "n.a": "Ann" }], "x.y": ["a"] };
    const values = toFormValues(fields, answers);
    expect(values).toEqual({ people: [{ "n%2Ea": "Ann" }], "x%2Ey": ["a"] });
    expect(toAnswers(fields, values)).toEqual(answers);
  });

  it("puts field, group and item messages at their form-state paths", () => {
    const fields = [
      f({ type: "text", name: "a.b", required: true }),
      f({ type: "group", name: "kids", rules: { min: 3 }, fields: [{ type: "number", name: "age", required: true }] }),
    ];
    const result = checkForm(fields, { "a%2Eb": "", kids: [{ age: null }, { age: 4 }] }, { today: "2026-01-01" });
    if (result.ok) throw new Error("expected messages");
    expect(result.errors["a%2Eb"]).toHaveLength(1);
    expect(result.errors.kids).toEqual(["Add at least 3 items to kids."]);
    expect(result.errors["kids.0.age"]).toHaveLength(1);
    expect(Object.keys(result.errors).sort()).toEqual(["a%2Eb", "kids", "kids.0.age"]);
  });

  it("hands on the engine's pruned answers when valid", () => {
    const fields = [
      f({ type: "checkbox", name: "more" }),
      f({ type: "text", name: "detail", show_if: { field: "more", equals: true } }),
      f({ type: "content", name: "note", content: "Hi" }),
    ];
    expect(checkForm(fields, { more: false, detail: "stale" }, { today: "2026-01-01" })).toEqual({
      ok: true,
      answers: { more: false },
    });
  });
});
