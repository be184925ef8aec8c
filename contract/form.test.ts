import { describe, expect, it } from "vitest";
import { RULE_KEYS, fieldSchema, formSchema, isKnownField, subFieldSchema } from "./form";

describe("the field union", () => {
  it("parses a type this app has never seen, keeping what the notice needs", () => {
    const form = formSchema.parse({
      form_id: "f",
      fields: [{ type: "signature", name: "sign", title: "Sign here", fields: [{ type: "text" }] }],
    });
    const [field] = form.fields;
    expect(field).toMatchObject({ type: "signature", name: "sign", title: "Sign here", required: false });
    expect(field.fields).toBeUndefined();
    expect(isKnownField(field)).toBe(false);
  });

  it("keeps a type's own rules and unknown rule keys, and drops rules another type owns", () => {
    const field = fieldSchema.parse({ type: "text", name: "a", rules: { max_length: 5, min: 3, future_rule: true } });
    expect(field.rules).toEqual({ max_length: 5, future_rule: true });
  });

  it("rejects a known type whose own keys are malformed", () => {
    expect(fieldSchema.safeParse({ type: "text", name: "a", rules: { max_length: "five" } }).success).toBe(false);
    expect(fieldSchema.safeParse({ type: "select", name: "a", choices: "yes" }).success).toBe(false);
  });

  it("gives a group its sub-fields and a choice field its choices", () => {
    const group = fieldSchema.parse({ type: "group", name: "g", fields: [{ type: "radio", name: "r", choices: [] }] });
    expect(group.type === "group" && group.fields?.[0]?.type).toBe("radio");
    const text = fieldSchema.parse({ type: "text", name: "t", choices: [{ value: "x", label: "X" }] });
    expect(text.choices).toBeUndefined();
  });

  it("treats a group inside a group as an unknown sub-field rather than failing the form", () => {
    expect(subFieldSchema.parse({ type: "group", name: "g" }).type).toBe("group");
  });

  it("declares rule keys for every type", () => {
    expect(RULE_KEYS.date).toEqual(["min_date", "max_date"]);
    expect(Object.keys(RULE_KEYS)).toHaveLength(15);
  });
});
