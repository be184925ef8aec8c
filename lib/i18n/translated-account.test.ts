import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { componentFiles, hardCoded } from "./hard-coded";

/** The customer's account: sign-in, the policies, a policy and its changes, cancellation. */
const ACCOUNT = componentFiles(
  "app/account",
  "components/account",
  "components/endorsement",
  "components/cancellation",
);

describe("no hard-coded English in the customer's account", () => {
  it("finds the account's pages and components", () => {
    expect(ACCOUNT.length).toBeGreaterThan(30);
  });
  for (const file of ACCOUNT) {
    it(file, () => {
      expect(hardCoded(readFileSync(file, "utf8"))).toEqual([]);
    });
  }
});
