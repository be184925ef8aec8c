import { describe, expect, it } from "vitest";
import { BEING_BOUGHT, CLOSED, DECLINED, IN_FORCE, ISSUED, OPEN_QUOTE, SUSPENDED, canTransition } from "./lifecycle";
import { STATUSES, type StatusKey } from "./statuses";

// From (rows) to (columns, in STATUSES order: New, Quoted, Pending-approval, Active, Cancellation-requested,
// Cancelled, Expired, Declined, Suspended): "x" allowed, "." refused. Staying put is always allowed.
const KEYS = Object.keys(STATUSES) as StatusKey[];
const MATRIX: Record<StatusKey, string> = {
  S_NEW: "xxx....x.",
  S_QUOTED: "xxxx...x.",
  S_PENDING_APPROVAL: "xxx....x.",
  S_ACTIVE: "...xxxx.x",
  S_CANCELLATION_REQUESTED: "...xxx...",
  S_CANCELLED: ".....x...",
  S_ENDED: "......x..",
  S_DECLINED: ".......x.",
  S_SUSPENDED: "...x..x.x",
};

describe("every pair of statuses", () => {
  const pairs = KEYS.flatMap((from) => KEYS.map((to, i) => ({ from, to, allowed: MATRIX[from][i] === "x" })));
  it.each(pairs)("$from → $to allowed: $allowed", ({ from, to, allowed }) => {
    expect(canTransition(from, to)).toBe(allowed);
  });
});

it("the groups fit together: bought is issued, being bought is not, declined is neither", () => {
  expect([...BEING_BOUGHT, ...ISSUED, ...DECLINED].sort()).toEqual([...KEYS].sort());
  expect(OPEN_QUOTE.every((s) => BEING_BOUGHT.includes(s))).toBe(true);
  expect([...IN_FORCE, ...CLOSED, ...SUSPENDED].sort()).toEqual([...ISSUED].sort());
});
