import Decimal from "decimal.js";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { applicant, asForm, completeSteps, pay } from "../test/journeys";
import { seedDemo } from "../demo/seed";
import { DEMO_USERS } from "../demo/accounts";
import { todayISO } from "../../contract/rules";
import { collectDueInstalments } from "./instalments";
import { addMonthsClamped } from "./instalment-schedule";
import { addDays } from "./refund";

let backend: Backend;
let call: ReturnType<typeof client>;

beforeAll(async () => {
  backend = await startBackend();
  await seedDemo(backend.ctx);
  call = client(backend.url);
});
afterAll(() => backend.close());
// Each case starts today (quotes are answered with real dates), then moves the clock on.
beforeEach(() => backend.clock.shift(Date.now() - backend.ctx.now().getTime()));

const today = () => todayISO(backend.ctx.now());
/** Moves the backend's clock on to the start of `iso` (plus an hour). */
const goTo = (iso: string) => backend.clock.shift(Date.parse(`${iso}T01:00:00Z`) - backend.ctx.now().getTime());
const collect = () => collectDueInstalments(backend.ctx);

/** Staff sign-ins expire as the clock moves on: a fresh one each time. */
async function supervisorView(n: string) {
  const u = DEMO_USERS[1];
  const login = await call("POST", "/api/v3/login/", { body: { username: u.username, password: u.password } });
  return (await call("GET", `/api/v3/policy/${n}/`, { token: login.json.token })).json;
}

async function buyMonthly(email: string, card: string) {
  const a = applicant(backend.url, "bicycle");
  await completeSteps(backend.url, a, "bicycle", { owner: { email } });
  await a.post(`/api/v3/policy/${a.state.policyNumber}/confirm/`);
  const confirmed = await a.post(`/api/v3/policy/${a.state.policyNumber}/confirm/`, {
    form: asForm("confirmation", { accurate: true, accept_terms: true }),
  });
  const paid = await pay(backend.url, a, card, false, "monthly");
  expect(paid.location.searchParams.get("payment")).toBe("succeeded");
  return { n: a.state.policyNumber!, offered: confirmed.json.payment, token: paid.token };
}

const sum = (amounts: string[]) => amounts.reduce((s, a) => s.plus(a), new Decimal(0)).toFixed(2);

describe("monthly instalments", () => {
  it("shows the schedule before purchase, takes the first, then collects each on its date as a payment", async () => {
    const bought = today();
    const { n, offered, token } = await buyMonthly("monthly-ok@example.com", "4242 4242 4242 4242");
    const monthly = offered.modes.find((m: { id: string }) => m.id === "monthly");
    expect(monthly.instalments).toHaveLength(12);
    expect(sum(monthly.instalments.map((i: { amount: string }) => i.amount))).toBe(offered.amount);
    expect(monthly.amount).toBe(monthly.instalments[0].amount);
    expect(token.amount).toBe(monthly.amount); // what the customer paid today is the first instalment

    let view = await supervisorView(n);
    const plan = view.instalment_plan;
    expect(plan.instalments).toHaveLength(12);
    expect(sum(plan.instalments.map((i: { amount: string }) => i.amount))).toBe(view.pricing.total_amount);
    expect(plan.total).toBe(view.pricing.total_amount);
    expect(plan.instalments[0]).toMatchObject({ number: 1, due_date: bought, status: "collected" });
    expect(plan.instalments.slice(1).every((i: { status: string }) => i.status === "due")).toBe(true);
    // The first at purchase, the rest monthly from the day the cover starts (the quote's start date).
    const start = view.start_date;
    const dates = [bought, ...Array.from({ length: 11 }, (_, k) => addMonthsClamped(start, k + 1))];
    expect(plan.instalments.map((i: { due_date: string }) => i.due_date)).toEqual(dates);
    expect(monthly.instalments.map((i: { due_date: string }) => i.due_date)).toEqual(dates); // as offered
    expect(plan).toMatchObject({
      recurring: true,
      payment_problem: false,
      next_due_date: addMonthsClamped(start, 1),
      next_amount: plan.instalments[1].amount,
    });
    expect(view.payment_mode_name).toBe("Pay monthly");
    expect(view.payments).toHaveLength(1);
    expect(JSON.stringify(view)).not.toMatch(/sandbox-card-/); // the stored card token is never shown

    expect(await collect()).toBe(0); // nothing due yet
    goTo(addDays(addMonthsClamped(start, 1), -1));
    await collect();
    expect((await supervisorView(n)).instalment_plan.instalments[1].status).toBe("due"); // the day before
    goTo(addMonthsClamped(start, 1));
    await collect();
    await collect(); // a second run the same day takes nothing more
    view = await supervisorView(n);
    expect(view.instalment_plan.instalments[1].status).toBe("collected");
    expect(view.instalment_plan.instalments[2].status).toBe("due");
    expect(view.instalment_plan.next_due_date).toBe(addMonthsClamped(start, 2));
    expect(view.payments).toHaveLength(2);
    expect(view.payments[1]).toMatchObject({ amount: plan.instalments[1].amount, status: "Payment succeeded" });
    expect(view.last_successful_payment.slice(0, 10)).toBe(today());
  });

  it("retries a declined instalment twice over a week, then flags the policy and emails the customer", async () => {
    const email = "monthly-declines@example.com";
    const { n } = await buyMonthly(email, "4000 0000 0000 0341");
    const first = await supervisorView(n);
    const second = first.instalment_plan.instalments[1];

    goTo(second.due_date);
    await collect();
    let view = await supervisorView(n);
    expect(view.instalment_plan.instalments[1]).toMatchObject({ status: "retrying" });
    expect(view.instalment_plan.next_due_date).toBe(addDays(second.due_date, 3));
    expect(view.instalment_plan.payment_problem).toBe(false);
    expect(view.payments.at(-1)).toMatchObject({
      amount: second.amount,
      status: expect.stringMatching(/^Payment declined/),
    });

    goTo(addDays(second.due_date, 2));
    await collect(); // not yet time for the retry
    expect((await supervisorView(n)).payments).toHaveLength(2);

    goTo(addDays(second.due_date, 3));
    await collect();
    view = await supervisorView(n);
    expect(view.instalment_plan.instalments[1].status).toBe("retrying");
    expect(view.instalment_plan.next_due_date).toBe(addDays(second.due_date, 7));

    goTo(addDays(second.due_date, 7));
    await collect();
    view = await supervisorView(n);
    expect(view.instalment_plan.instalments[1].status).toBe("failed");
    expect(view.instalment_plan.payment_problem).toBe(true);
    expect(view.payments).toHaveLength(4); // the purchase and three declined tries
    expect(view.payments.slice(1).every((p: { status: string }) => p.status.startsWith("Payment declined"))).toBe(true);
    expect(view.notification_logs.map((l: { sent_message: string }) => l.sent_message)).toContain(
      "Missed payment notice sent",
    );
    const outbox = await call("GET", `/api/v3/dev/outbox/?to=${encodeURIComponent(email)}`);
    const notice = outbox.json.emails.find((e: { subject: string }) => /couldn't take your payment/.test(e.subject));
    expect(notice.body).toContain(`instalment 2 of your`);
    expect(notice.body).toContain("tried 3 times");

    goTo(first.instalment_plan.instalments[2].due_date);
    await collect(); // the failed one is not tried again; the next month's is
    view = await supervisorView(n);
    expect(view.instalment_plan.instalments[1].status).toBe("failed");
    expect(view.instalment_plan.instalments[2].status).toBe("retrying");
    expect(view.payments).toHaveLength(5);
  });

  it("after the recurring payment is removed: no longer says monthly, and the rest are not collected", async () => {
    const { n } = await buyMonthly("monthly-removed@example.com", "4242 4242 4242 4242");
    const u = DEMO_USERS[1];
    const login = await call("POST", "/api/v3/login/", { body: { username: u.username, password: u.password } });
    const removed = await call("POST", `/api/v3/policy/${n}/remove-recurring-payment/`, {
      token: login.json.token,
      body: { comment: "Paying the rest by bank transfer" },
    });
    expect(removed.status).toBe(200);
    const view = await supervisorView(n);
    expect(view.payment_mode_name).not.toMatch(/monthly/i);
    expect(view.instalment_plan).toMatchObject({ recurring: false, next_due_date: null, next_amount: null });
    expect(view.instalment_plan.instalments.map((i: { status: string }) => i.status)).toEqual([
      "collected",
      ...Array(11).fill("cancelled"),
    ]);
    goTo(addMonthsClamped(today(), 2));
    await collect();
    expect((await supervisorView(n)).payments).toHaveLength(1);
  });

  it("an annual policy has no plan", async () => {
    const a = applicant(backend.url, "bicycle");
    await completeSteps(backend.url, a, "bicycle", { owner: { email: "annual-plan@example.com" } });
    await pay(backend.url, a);
    const view = await supervisorView(a.state.policyNumber!);
    expect(view.instalment_plan).toBeNull();
    expect(view.payment_mode_name).toBe("Pay once");
  });
});
