import { describe, expect, it } from "vitest";
import { getProduct } from "../products";
import type { Caller } from "../security/caller";
import { changeableAnswers } from "./endorsable";

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
