import Decimal from "decimal.js";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { applicant, asForm, completeSteps, paidPolicy, pay } from "../test/journeys";
import { todayISO } from "../../contract/rules";
import { renewAutomatically } from "./automatic-renewal";
import { expireEndedPolicies } from "./policy-expiry";
import { sendRenewalInvitations } from "./renewal-invitation";
import { instalmentSchedule } from "./instalment-schedule";
import { addDays } from "./refund";

let backend: Backend;
let call: ReturnType<typeof client>;
beforeAll(async () => {
  backend = await startBackend();
  call = client(backend.url);
}, 180_000);
afterAll(() => backend.close());
beforeEach(() => backend.clock.shift(Date.now() - backend.ctx.now().getTime()));

const goTo = (iso: string) => backend.clock.shift(Date.parse(`${iso}T01:00:00Z`) - backend.ctx.now().getTime());

async function buyMonthly(email: string, card: string) {
  const a = applicant(backend.url, "bicycle");
  await completeSteps(backend.url, a, "bicycle", { owner: { email } });
  await a.post(`/api/v3/policy/${a.state.policyNumber}/confirm/`);
  await a.post(`/api/v3/policy/${a.state.policyNumber}/confirm/`, {
    form: asForm("confirmation", { accurate: true, accept_terms: true }),
  });
  await pay(backend.url, a, card, false, "monthly");
  return a.state.policyNumber!;
}

/** The policy as its customer (signed in by policy number and surname) sees it now. */
async function customer(n: string) {
  const login = await call("POST", "/api/v3/customer/policy-login/", {
    body: { policy_number: n, last_name: "Hopper" },
  });
  const token = login.json.token as string;
  return { token, view: async (m = n) => (await call("GET", `/api/v3/policy/${m}/`, { token })).json };
}

describe("automatic renewal", { timeout: 180_000 }, () => {
  it.each([
    { card: "4242 4242 4242 4242", optOut: false, renewed: true },
    { card: "4242 4242 4242 4242", optOut: true, renewed: false },
    { card: "4000 0000 0000 0341", optOut: false, renewed: false },
  ])("card $card, opted out $optOut: renewed $renewed", async ({ card, optOut, renewed }) => {
    const n = await buyMonthly(`auto-${card.slice(-4)}-${optOut}@example.com`, card);
    const me = await customer(n);
    const bought = await me.view();
    expect(bought.automatic_renewal).toEqual({ on: true, renews_on: addDays(bought.end_date, 1) });
    if (optOut) {
      const off = await call("POST", `/api/v3/policy/${n}/automatic-renewal/`, {
        token: me.token,
        body: { on: false },
      });
      expect(off.json.automatic_renewal.on).toBe(false);
      // It can be turned back on, and off again.
      await call("POST", `/api/v3/policy/${n}/automatic-renewal/`, { token: me.token, body: { on: true } });
      await call("POST", `/api/v3/policy/${n}/automatic-renewal/`, { token: me.token, body: { on: false } });
    }
    // The invitation as the window opens says whether it renews by itself.
    goTo(addDays(bought.end_date, -30));
    expect(await sendRenewalInvitations(backend.ctx)).toBeGreaterThanOrEqual(1);
    const invited = await (await customer(n)).view();
    expect(invited.renewal_invitation.automatic_renewal).toEqual({ on: !optOut });

    goTo(bought.end_date);
    await renewAutomatically(backend.ctx);
    await renewAutomatically(backend.ctx); // a second run changes nothing
    // The customer's sign-in by policy number reaches only that policy: the renewal is read from the stores.
    const stores = backend.ctx.stores;
    const renewal = (await stores.policies.get(invited.renewal_invitation.renewal_policy_number))!;
    if (renewed) {
      expect(renewal.status).toBe("S_ACTIVE");
      expect(renewal.startDate).toBe(addDays(bought.end_date, 1));
      expect(renewal.recurringPayment).toBe(true);
      const total = renewal.pricing!.total;
      const first = instalmentSchedule(total, 12, todayISO(backend.ctx.now()))[0].amount;
      const taken = (await stores.payments.forPolicy(renewal.policyNumber)).filter((p) => p.status === "succeeded");
      expect(taken.map((p) => p.amount)).toEqual([first]);
      const plan = await stores.instalments.forPolicy(renewal.policyNumber);
      expect(plan).toHaveLength(12);
      expect(plan.reduce((s, i) => s.plus(i.amount), new Decimal(0)).toFixed(2)).toBe(total);
    } else {
      expect(renewal.status).not.toBe("S_ACTIVE");
    }
    // The day after, the old policy expires as today either way.
    goTo(addDays(bought.end_date, 1));
    await expireEndedPolicies(backend.ctx);
    expect((await (await customer(n)).view()).status).toBe("Expired");
  });
});

it("only the policy's customer turns it off; a policy paid at once has none (422); nobody signed in gets 401", async () => {
  const n = await buyMonthly("auto-owner@example.com", "4242 4242 4242 4242");
  const other = await paidPolicy(backend.url, "auto-other@example.com");
  const path = `/api/v3/policy/${n}/automatic-renewal/`;
  expect((await call("POST", path, { body: { on: false } })).status).toBe(401);
  expect((await call("POST", path, { token: other.token, body: { on: false } })).status).toBe(404);
  const payOnce = await call("POST", `/api/v3/policy/${other.policyNumber}/automatic-renewal/`, {
    token: other.token,
    body: { on: false },
  });
  expect(payOnce.status).toBe(422);
  expect(payOnce.json.detail).toContain("doesn't renew automatically");
  const me = await customer(n);
  expect((await call("POST", path, { token: me.token, body: { on: "no" } })).status).toBe(422);
  expect((await me.view()).automatic_renewal.on).toBe(true);
  expect(
    (await call("GET", `/api/v3/policy/${other.policyNumber}/`, { token: other.token })).json.automatic_renewal,
  ).toBe(null);
});
