import { afterEach, describe, expect, it, vi } from "vitest";
import { handOver, takeOver } from "./step-handoff";

const answer = (over: Record<string, unknown> = {}) => ({
  policy_number: "Q1",
  has_errors: false,
  next_action: "continue",
  form: { form_id: "cover", form_type: "form", fields: [] },
  ...over,
});
const mine = { quoteToken: "T1" };
const where = { slug: "bicycle", language: "en", policyNumber: "Q1", formId: "cover" };
const bicycle = { slug: "bicycle", language: "en" };

afterEach(() => vi.useRealTimers());

describe("the submit answer handed to the next step's page", () => {
  it("is taken once, by a caller with the same credentials and language, for the step it names", () => {
    handOver(bicycle, answer(), () => mine);
    expect(takeOver(where, { quoteToken: "OTHER" })).toBeNull();
    expect(takeOver({ ...where, formId: "owner" }, mine)).toBeNull();
    expect(takeOver({ ...where, slug: "travel" }, mine)).toBeNull();
    // The page in another language (the switcher, just after Continue) asks the backend in that language.
    expect(takeOver({ ...where, language: "ar" }, mine)).toBeNull();
    expect(takeOver(where, mine)).toEqual(answer());
    expect(takeOver(where, mine)).toBeNull(); // a reload asks the backend
  });

  it("lasts a few seconds only", () => {
    vi.useFakeTimers({ now: 1_000_000, toFake: ["Date"] });
    handOver(bicycle, answer(), () => mine);
    vi.setSystemTime(1_000_000 + 11_000);
    expect(takeOver(where, mine)).toBeNull();
  });

  it("keeps nothing for errors, outcomes, the review, or a caller without credentials", () => {
    handOver(bicycle, answer({ has_errors: true }), () => mine);
    handOver(bicycle, answer({ next_action: "rejected" }), () => mine);
    handOver(bicycle, answer({ form: { form_id: "cover", form_type: "confirmation" } }), () => mine);
    handOver(bicycle, answer(), () => ({}));
    expect(takeOver(where, mine)).toBeNull();
    expect(takeOver(where, {})).toBeNull();
  });

  it("is a copy: what the proxy sends on to the browser doesn't change it", () => {
    const sent = answer();
    handOver(bicycle, sent, () => mine);
    sent.form.form_id = "changed";
    expect(takeOver(where, mine)).toEqual(answer());
  });
});
