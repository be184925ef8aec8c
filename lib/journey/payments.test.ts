import { describe, expect, it } from "vitest";
import type { PolicyView } from "@/contract/policy";
import { isPaid, isProcessing, lastDecline } from "./payments";

const withPayments = (...statuses: string[]) =>
  ({ payments: statuses.map((status) => ({ status })) }) as unknown as PolicyView;

describe("reading the payment outcome from the policy", () => {
  it.each([
    [["Payment succeeded"], { paid: true, processing: false, decline: null }],
    [["Payment declined: Card declined"], { paid: false, processing: false, decline: "Card declined" }],
    [["Payment declined: Card declined", "Payment processing"], { paid: false, processing: true, decline: null }],
    [[], { paid: false, processing: false, decline: null }],
    [["Payment declined: "], { paid: false, processing: false, decline: "لم تكتمل عملية الدفع." }],
  ])("%j", (statuses, expected) => {
    const policy = withPayments(...statuses);
    expect({
      paid: isPaid(policy),
      processing: isProcessing(policy),
      decline: lastDecline(policy, "لم تكتمل عملية الدفع."),
    }).toEqual(expected);
  });
});
