import { afterAll, beforeAll, expect, it } from "vitest";
import Decimal from "decimal.js";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { latestCode } from "../test/journeys";
import { seedDemo, seedPolicy } from "../demo/seed";
import { findOrCreateCustomer } from "../security/customers";
import { resolveRelativeDate, todayISO } from "../../contract/rules";
import { DEMO_CUSTOMER } from "../demo/accounts";
import { sendRenewalInvitations } from "./renewal-invitation";
import { priceQuote } from "./pricing";
import { getProduct } from "../products";

let backend: Backend;
let call: ReturnType<typeof client>;
beforeAll(async () => {
  backend = await startBackend();
  call = client(backend.url);
  await seedDemo(backend.ctx);
}, 180_000);
afterAll(() => backend.close());

it("invites each policy in its renewal window once: the email and the view show both years' prices", async () => {
  // The demo seed invites the policy bought 340 days ago (in its window; the one bought today is not); once only.
  expect(await sendRenewalInvitations(backend.ctx)).toBe(0);

  const email = DEMO_CUSTOMER.email;
  await call("POST", "/api/v3/customer/otp/request/", { body: { email } });
  const token = (
    await call("POST", "/api/v3/customer/otp/verify/", { body: { email, code: await latestCode(backend.url, email) } })
  ).json.token;
  const list = (await call("GET", "/api/v3/policy/all/?per_page=100", { token })).json.policies;
  const views = await Promise.all(
    list.map(
      async (p: { policy_number: string }) => (await call("GET", `/api/v3/policy/${p.policy_number}/`, { token })).json,
    ),
  );
  const invited = views.filter((v) => v.renewal_invitation);
  expect(invited).toHaveLength(1);
  const [policy] = invited;
  const inv = policy.renewal_invitation;
  expect(inv).toMatchObject({
    policy_number: policy.policy_number,
    current_end_date: policy.end_date,
    renewal_status: expect.stringMatching(/New|Quoted/),
    currency: "GBP",
    changes: [],
  });
  // Last year's column is what was paid; every line's difference adds up to the total's, to the penny.
  expect(inv.total.last_year).toBe(policy.price_breakdown.total);
  const sum = (key: "last_year" | "this_year" | "difference") =>
    inv.lines.reduce((s: Decimal, l: Record<string, string>) => s.plus(l[key]), new Decimal(0)).toFixed(2);
  expect(sum("last_year")).toBe(inv.total.last_year);
  expect(sum("this_year")).toBe(inv.total.this_year);
  expect(sum("difference")).toBe(inv.total.difference);
  const renewal = (await call("GET", `/api/v3/policy/${inv.renewal_policy_number}/`, { token })).json;
  expect(renewal.renewed_from_policy_number).toBe(policy.policy_number);
  expect(renewal.price_breakdown.total).toBe(inv.total.this_year);

  // The customer asking to renew opens the same renewal (one per policy).
  const renew = await call("POST", `/api/v3/policy/${policy.policy_number}/renew/`, { token });
  expect(renew.json.policy_number).toBe(inv.renewal_policy_number);

  const mail = (await call("GET", `/api/v3/dev/outbox/?to=${encodeURIComponent(email)}`)).json.emails;
  const invitation = mail.find((e: { kind: string }) => e.kind === "renewal_invitation");
  expect(invitation.subject).toBe(`Time to renew your Bicycle insurance policy ${policy.policy_number}`);
  expect(invitation.body).toMatch(/\/continue\/[^\s]+/);
  expect(invitation.body).toContain("Total: £");
  expect(invitation.body).toContain("None of your answers has changed");
  // The policy's log says an invitation went; never the link.
  const log = policy.notification_logs.find((l: { note_type: string }) => l.note_type === "renewal_invitation");
  expect(log.sent_message).toBe("Renewal invitation sent");
  expect(JSON.stringify(policy)).not.toMatch(/\/continue\//);
});

it("an answer changed in the renewal shows as a change, and this year's price is the product's price on it", async () => {
  const email = DEMO_CUSTOMER.email;
  await call("POST", "/api/v3/customer/otp/request/", { body: { email } });
  const token = (
    await call("POST", "/api/v3/customer/otp/verify/", { body: { email, code: await latestCode(backend.url, email) } })
  ).json.token;
  const list = (await call("GET", "/api/v3/policy/all/?per_page=100", { token })).json.policies;
  const views = await Promise.all(
    list.map(
      async (p: { policy_number: string }) => (await call("GET", `/api/v3/policy/${p.policy_number}/`, { token })).json,
    ),
  );
  const inv = views.find((v) => v.renewal_invitation).renewal_invitation;
  // The customer changes the bike's value in the renewal's steps: here, the same change written to the renewal.
  const stores = backend.ctx.stores;
  const renewal = (await stores.policies.get(inv.renewal_policy_number))!;
  const answers = { ...renewal.answers, bike: { ...renewal.answers.bike, value: "2400.00" } };
  const pricing = priceQuote(getProduct("bicycle")!, answers)!;
  await stores.policies.update(
    renewal,
    { answers, pricing },
    { by: "Customer", at: new Date().toISOString(), reason: "test" },
  );

  const now = (await call("GET", `/api/v3/policy/${inv.policy_number}/`, { token })).json.renewal_invitation;
  expect(now.changes).toEqual([
    { form_id: "bike", name: "value", title: expect.any(String), before: "£1,850.00", after: "£2,400.00" },
  ]);
  expect(now.total.this_year).toBe(pricing.total);
  expect(now.total.last_year).toBe(inv.total.last_year);
  expect(now.total.difference).toBe(new Decimal(pricing.total).minus(inv.total.last_year).toFixed(2));
  expect(new Decimal(now.total.difference).isPositive()).toBe(true); // a dearer bike costs more
});

it("a run invites every policy due, batch after batch, not just the first batch", async () => {
  const customer = await findOrCreateCustomer(backend.ctx, { email: DEMO_CUSTOMER.email });
  const yearAgo = resolveRelativeDate("-345d", todayISO(backend.ctx.now()))!;
  for (const ref of ["PAY-BATCH1", "PAY-BATCH2", "PAY-BATCH3"]) {
    await seedPolicy(backend.ctx, customer.id, yearAgo, ref, "Due for renewal");
  }
  expect(await sendRenewalInvitations(backend.ctx, 1)).toBe(3);
  expect(await sendRenewalInvitations(backend.ctx, 1)).toBe(0);
});
