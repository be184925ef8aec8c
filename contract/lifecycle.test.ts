import { describe, expect, it } from "vitest";
import { BEING_BOUGHT, CLOSED, IN_FORCE, ISSUED, OPEN_QUOTE, canTransition } from "./lifecycle";
import { STATUSES, type StatusKey } from "./statuses";

// From (rows) to (columns, in STATUSES order: New, Quoted, Pending-approval, Active, Cancellation-requested,
// Cancelled, Expired): "x" allowed, "." refused. Staying put is always allowed.
const KEYS = Object.keys(STATUSES) as StatusKey[];
const MATRIX: Record<StatusKey, string> = {
  S_NEW: "xxx....",
  S_QUOTED: "xxxx...",
  S_PENDING_APPROVAL: "xxx....",
  S_ACTIVE: "...xxxx",
  S_CANCELLATION_REQUESTED: "...xxx.",
  S_CANCELLED: ".....x.",
  S_ENDED: "......x",
};

describe("every pair of statuses", () => {
  const pairs = KEYS.flatMap((from) => KEYS.map((to, i) => ({ from, to, allowed: MATRIX[from][i] === "x" })));
  it.each(pairs)("$from → $to allowed: $allowed", ({ from, to, allowed }) => {
    expect(canTransition(from, to)).toBe(allowed);
  });
});

it("the groups fit together: bought is issued, being bought is not", () => {
  expect([...BEING_BOUGHT, ...ISSUED].sort()).toEqual([...KEYS].sort());
  expect(OPEN_QUOTE.every((s) => BEING_BOUGHT.includes(s))).toBe(true);
  expect([...IN_FORCE, ...CLOSED].sort()).toEqual([...ISSUED].sort());
});
