import { expect, it } from "vitest";
import { DomainError } from "./errors";
import { checkTransition } from "./status-transition";

it("lets a legal change through and refuses an illegal one as a conflict", () => {
  expect(() => checkTransition("P1", "S_QUOTED", "S_ACTIVE")).not.toThrow();
  const refused = (() => {
    try {
      checkTransition("P1", "S_CANCELLED", "S_ACTIVE");
    } catch (e) {
      return e;
    }
  })();
  expect(refused).toBeInstanceOf(DomainError);
  expect(refused).toMatchObject({ kind: "conflict", detail: "Policy P1 can't go from Cancelled to Active." });
});
