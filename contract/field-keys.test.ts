import { describe, expect, it } from "vitest";
import { isFileRef } from "./field-keys";
import { fileRefSchema } from "./form";

describe("isFileRef, the browser's zod-free reading of a file reference", () => {
  const samples: unknown[] = [
    { id: "f1", name: "a.png" },
    { id: "f1", name: "" },
    { id: "f1", name: "a.png", extra: 1 },
    { id: "", name: "a.png" },
    { id: 1, name: "a.png" },
    { id: "f1" },
    { name: "a.png" },
    ["f1", "a.png"],
    null,
    "f1",
  ];
  it.each(samples.map((s) => [JSON.stringify(s), s]))("agrees with fileRefSchema on %s", (_, sample) => {
    expect(isFileRef(sample)).toBe(fileRefSchema.safeParse(sample).success);
  });
});
