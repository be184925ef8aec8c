import { describe, expect, it } from "vitest";
import type { SessionData } from "@/lib/session";
import { rememberAnswer, stepMemory } from "./step-memory";

const answer = (over: Record<string, unknown> = {}) => ({
  policy_number: "Q1",
  next_action: "continue",
  has_errors: false,
  form: { form_id: "step-2", fields: [{ name: "a", value: "a long answer that is not kept" }] },
  ...over,
});

describe("rememberAnswer", () => {
  it("keeps only the step and the announcement, beside the quote's token and product", () => {
    const session: SessionData = { quotes: { Q1: { token: "t", slug: "p", updatedAt: 1 } } };
    expect(rememberAnswer(session, answer(), {})).toBe(true);
    expect(session.quotes.Q1).toMatchObject({ token: "t", slug: "p", at: "step-2", said: "continue" });
    expect(JSON.stringify(session.quotes.Q1)).not.toContain("long answer");
  });

  it("remembers a quote whose backend sends no quote token", () => {
    const session: SessionData = { quotes: {} };
    rememberAnswer(session, answer({ next_action: "perform_otp", form: { form_id: "code" } }), { slug: "p" });
    expect(session.quotes.Q1).toMatchObject({ token: "", slug: "p", at: "code", said: "perform_otp" });
    expect(stepMemory(session, "Q1")).toEqual({ at: "code", said: "perform_otp" });
  });

  it("an outcome forgets the step; confirm's complete is a confirmed quote; confirm's errors change nothing", () => {
    const session: SessionData = { quotes: {} };
    rememberAnswer(session, answer({ next_action: "rejected", form: null }), {});
    expect(stepMemory(session, "Q1")).toEqual({ at: undefined, said: "rejected" });
    rememberAnswer(session, answer({ next_action: "complete", form: null }), { confirm: true });
    expect(stepMemory(session, "Q1").said).toBe("confirmed");
    expect(rememberAnswer(session, answer({ has_errors: true }), { confirm: true })).toBe(false);
  });

  it("an answer with errors leaves where the quote stands, unless it is the quote's first", () => {
    const session: SessionData = { quotes: {} };
    expect(rememberAnswer(session, answer({ has_errors: true, form: { form_id: "step-1" } }), { slug: "p" })).toBe(
      true,
    );
    expect(stepMemory(session, "Q1")).toEqual({ at: "step-1", said: "continue" });
    rememberAnswer(session, answer({ form: { form_id: "step-3" } }), {});
    expect(rememberAnswer(session, answer({ has_errors: true, form: { form_id: "step-1" } }), {})).toBe(false);
    expect(stepMemory(session, "Q1").at).toBe("step-3");
  });

  it("ignores what is not a submit-loop answer", () => {
    const session: SessionData = { quotes: {} };
    expect(rememberAnswer(session, { submitted_data: {} }, {})).toBe(false);
    expect(rememberAnswer(session, answer({ policy_number: "__proto__" }), {})).toBe(false);
    expect(rememberAnswer(session, answer({ next_action: "dance" }), {})).toBe(false);
    expect(session.quotes).toEqual({});
    expect(stepMemory(session, "Q1")).toEqual({});
  });
});
