import { describe, expect, it } from "vitest";
import type { SubmitResponse } from "@/contract/journey";
import { resumeFromMemory, resumeFromState, resumeFromStatus } from "./resume";

const words = { image: null, title: "Not this time", content: "We can't cover that." };
const state = (over: Partial<SubmitResponse>): SubmitResponse => ({
  policy_number: "Q1",
  policy_status: "New",
  description: words,
  form: { form_id: "step-2", form_name: "Two", form_type: "form", fields: [] },
  has_errors: false,
  next_action: "continue",
  content_data: null,
  ...over,
});

describe("resuming /quote/<n>", () => {
  it("follows the backend's answer when it gives one for this quote", () => {
    const complete = (policy_status: string) => state({ next_action: "complete", form: null, policy_status });
    expect(resumeFromState("Q1", state({}))).toEqual({ kind: "go", href: "/quote/Q1/step-2" });
    expect(resumeFromState("Q1", state({ next_action: "referred", form: null }))).toEqual({
      kind: "outcome",
      outcome: "referred",
      description: words,
    });
    expect(resumeFromState("Q1", complete("Quoted"))).toEqual({ kind: "go", href: "/quote/Q1/review" });
    expect(resumeFromState("Q1", complete("Active"))).toEqual({ kind: "go", href: "/quote/Q1/done" });
  });

  it("ignores no answer, or an answer about no quote (a first form)", () => {
    expect(resumeFromState("Q1", null)).toBeNull();
    expect(resumeFromState("Q1", state({ policy_number: null }))).toBeNull();
  });

  it.each([
    [
      { said: "continue", at: "step-3" },
      { kind: "go", href: "/quote/Q1/step-3" },
    ],
    [
      { said: "perform_otp", at: "code" },
      { kind: "go", href: "/quote/Q1/code" },
    ],
    [
      { said: "display", at: "step-4" },
      { kind: "go", href: "/quote/Q1/step-4" },
    ],
    [{ said: "rejected" }, { kind: "outcome", outcome: "rejected", description: null }],
    [{ said: "complete" }, { kind: "go", href: "/quote/Q1/review" }],
    [{ said: "pay" }, { kind: "go", href: "/quote/Q1/payment" }],
    [{ said: "confirmed" }, { kind: "go", href: "/quote/Q1/done" }],
    [{}, null],
  ])("else what the session remembers: %j", (memory, move) => {
    expect(resumeFromMemory("Q1", memory)).toEqual(move);
  });

  it("else the policy's status, else the first step", () => {
    expect(resumeFromStatus("Q1", "Pending-approval", "one")).toEqual({
      kind: "outcome",
      outcome: "referred",
      description: null,
    });
    // Declined (our backend's extension status) is closed for good: its outcome, never its first step again.
    expect(resumeFromStatus("Q1", "Declined", "one")).toEqual({
      kind: "outcome",
      outcome: "rejected",
      description: null,
    });
    expect(resumeFromStatus("Q1", "Quoted", "one")).toEqual({ kind: "go", href: "/quote/Q1/review" });
    expect(resumeFromStatus("Q1", "Active", "one")).toEqual({ kind: "go", href: "/quote/Q1/done" });
    expect(resumeFromStatus("Q1", null, "one")).toEqual({ kind: "go", href: "/quote/Q1/one" });
    expect(resumeFromStatus("Q1", "New", null)).toBeNull();
  });
});
