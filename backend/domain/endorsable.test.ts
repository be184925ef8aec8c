import { describe, expect, it } from "vitest";
import { getProduct } from "../products";
import type { Caller } from "../security/caller";
import { changeableAnswers, referredChange, whoMayChange } from "./endorsable";

const bicycle = getProduct("bicycle")!;
const user = (permissions: string[]): Caller => ({
  kind: "user",
  userId: "u1",
  name: "A User",
  agentCode: null,
  permissions,
  tokenHash: "",
  quoteToken: null,
});
const customer: Caller = { kind: "customer", customerId: "c1", policyScope: null, tokenHash: "", quoteToken: null };

describe("what each caller may change mid-term", () => {
  it("a customer: only what the product lists for customers", () => {
    expect([...changeableAnswers(bicycle, customer)].sort()).toEqual(
      ["owner.email", "owner.phone", "owner.postcode", "quote.perils"].sort(),
    );
  });

  it("an agent: any answer but the cover dates, files, and those kept for an underwriter", () => {
    const agent = changeableAnswers(bicycle, user(["send_continue_links"]));
    expect(agent.has("bike.value")).toBe(true);
    expect(agent.has("quote.excess")).toBe(true);
    expect(agent.has("owner.date_of_birth")).toBe(true);
    expect(agent.has("bike.claims")).toBe(false);
    expect(agent.has("bike.start_date")).toBe(false);
  });

  it("an underwriter (approve_referrals) may change the referral answers too", () => {
    expect(changeableAnswers(bicycle, user(["approve_referrals"])).has("bike.claims")).toBe(true);
  });

  it("nobody signed in: nothing", () => {
    expect(changeableAnswers(bicycle, { kind: "anonymous", quoteToken: "q" }).size).toBe(0);
  });
});

describe("who may change what, in the refusal's words", () => {
  const agent = user(["send_continue_links"]);
  it.each<[string, Caller, string, RegExp]>([
    ["a customer, an answer for an agent", customer, "bike.value", /^Only an agent can change "T": please contact us/],
    [
      "a customer, an answer for an underwriter",
      customer,
      "bike.claims",
      /an agent will refer the change to an underwriter/,
    ],
    ["an agent, an answer for an underwriter", agent, "bike.claims", /needs an underwriter: ask a supervisor/],
  ])("%s", (_, caller, path, sentence) => {
    expect(whoMayChange(bicycle, caller, path, "T")).toMatch(sentence);
  });

  it("a change an underwriting rule refers: the customer is told an agent refers it, an agent to ask a supervisor", () => {
    expect(referredChange(customer, "3 claims")).toBe(
      "This change needs an underwriter's review (3 claims), so it can't be made online: please contact us and an " +
        "agent will refer it to an underwriter for you.",
    );
    expect(referredChange(agent, "3 claims")).toMatch(/ask a supervisor \(a user who can decide referrals\)/);
  });
});
