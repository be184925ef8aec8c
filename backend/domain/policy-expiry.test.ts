import { afterAll, beforeAll, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { paidPolicy } from "../test/journeys";
import { expireEndedPolicies } from "./policy-expiry";

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(() => backend.close());

it("an active policy past its end date becomes Expired: no longer cancellable, nor renewable (its window has passed)", async () => {
  const p = await paidPolicy(backend.url, "expiry@example.com", "Meitner");
  expect(await expireEndedPolicies(backend.ctx)).toBe(0);
  backend.clock.shift(400 * 24 * 60 * 60 * 1000);
  expect(await expireEndedPolicies(backend.ctx)).toBe(1);
  // A year on, the buyer's quote token and sign-in have long expired: the customer signs in again.
  const call = client(backend.url);
  const body = { policy_number: p.policyNumber, last_name: "Meitner" };
  const login = await call("POST", "/api/v3/customer/policy-login/", { body });
  const { json } = await call("GET", `/api/v3/policy/${p.policyNumber}/`, { token: login.json.token });
  expect(json).toMatchObject({ status: "Expired", can_cancel: false, can_renew: false });
  expect(json.status_logs.at(-1)).toMatchObject({
    status: "Expired",
    reason_text: "Cover ended",
    updated_by: "System",
  });
});

it("a run expires every ended policy, batch after batch", async () => {
  backend.clock.shift(-400 * 24 * 60 * 60 * 1000); // back to today, after the test above
  for (const name of ["Noether", "Hopper", "Franklin"]) await paidPolicy(backend.url, `${name}@example.com`, name);
  backend.clock.shift(400 * 24 * 60 * 60 * 1000);
  expect(await expireEndedPolicies(backend.ctx, 1)).toBe(3);
  expect(await expireEndedPolicies(backend.ctx, 1)).toBe(0);
});
