import { describe, expect, it } from "vitest";
import { FIELD_TYPES } from "@/contract/form";
import { fieldRegistry, resolveField, unknownField } from "./field-registry";

describe("field registry", () => {
  it("has a component for every contract type", () => {
    expect(Object.keys(fieldRegistry).sort()).toEqual([...FIELD_TYPES].sort());
  });

  it("falls back to the notice for an unknown type, never a prototype key", () => {
    expect(resolveField("text")).toBe(fieldRegistry.text);
    expect(resolveField("signature")).toBe(unknownField);
    expect(resolveField("constructor")).toBe(unknownField);
    expect(resolveField("__proto__")).toBe(unknownField);
  });
});
