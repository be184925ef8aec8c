import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { componentFiles, hardCoded } from "./hard-coded";

/** The agent console (sign-in, search, policy page and its actions): every word it writes comes from a catalogue. */
describe("no hard-coded English in the agent console", () => {
  const files = componentFiles("app/agent", "components/agent");
  it("finds the console's pages and components", () => {
    expect(files).toContain("app/agent/page.tsx");
    expect(files).toContain("components/agent/policy-actions.tsx");
  });
  for (const file of files) {
    it(file, () => {
      expect(hardCoded(readFileSync(file, "utf8"))).toEqual([]);
    });
  }
});
