import { describe, expect, it } from "vitest";
import { fieldSchema } from "@/contract/form";
import { errorMessages, fieldKey, fieldName, formResolver, toAnswers, toFormValues } from "./form-resolver";

const f = (raw: Record<string, unknown>) => fieldSchema.parse(raw);

describe("form resolver", () => {
  it("escapes names react-hook-form would read as paths, and back", () => {
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

  it("maps field, group and item errors to react-hook-form's paths", async () => {
    const fields = [
      f({ type: "text", name: "a.b", required: true }),
      f({ type: "group", name: "kids", rules: { min: 3 }, fields: [{ type: "number", name: "age", required: true }] }),
    ];
    const resolve = formResolver(() => fields, { today: "2026-01-01" });
    const result = await resolve({ "a%2Eb": "", kids: [{ age: null }, { age: 4 }] }, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });
    const errors = result.errors as Record<string, unknown> & {
      kids: { root: unknown; [index: number]: { age: unknown } | undefined };
    };
    expect(errorMessages(errors["a%2Eb"])).toHaveLength(1);
    expect(errorMessages(errors.kids.root)).toEqual(["Add at least 3 items to kids."]);
    expect(errorMessages(errors.kids[0]?.age)).toHaveLength(1);
    expect(errors.kids[1]).toBeUndefined();
  });

  it("hands on the engine's pruned values when valid", async () => {
    const fields = [
      f({ type: "checkbox", name: "more" }),
      f({ type: "text", name: "detail", show_if: { field: "more", equals: true } }),
      f({ type: "content", name: "note", content: "Hi" }),
    ];
    const resolve = formResolver(() => fields, { today: "2026-01-01" });
    const result = await resolve({ more: false, detail: "stale" }, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });
    expect(result).toEqual({ values: { more: false }, errors: {} });
  });
});
