import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Decimal from "decimal.js";
import { PDFParse } from "pdf-parse";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { day, paidPolicy } from "../test/journeys";
import { seedDemo } from "../demo/seed";
import { DEMO_USERS } from "../demo/accounts";
import { formatDate } from "../documents/date-format";

let backend: Backend;
let call: ReturnType<typeof client>;

beforeAll(async () => {
  backend = await startBackend();
  call = client(backend.url);
  await seedDemo(backend.ctx);
}, 180_000);
afterAll(() => backend.close());

const login = async (u: (typeof DEMO_USERS)[number]) =>
  (await call("POST", "/api/v3/login/", { body: { username: u.username, password: u.password } })).json.token;
const view = async (n: string, token: string, query = "") =>
  (await call("GET", `/api/v3/policy/${n}/${query}`, { token })).json;
const pdfText = async (n: string, doc: string, token: string) =>
  (
    await new PDFParse({
      data: new Uint8Array((await call("GET", `/api/v3/policy/${n}/${doc}/`, { token })).bytes),
    }).getText()
  ).text;
const quote = (n: string, token: string, body: unknown) =>
  call("POST", `/api/v3/policy/${n}/endorse/quote/`, { token, body });
const endorse = (n: string, token: string, version: string, body: unknown) =>
  call("POST", `/api/v3/policy/${n}/endorse/`, { token, body, headers: { "if-match": version } });
const RETURN = "http://127.0.0.1:3999/account/policies/x";
const lines = (q: { lines: Array<{ id: string; difference: string }> }) => q.lines.map((l) => [l.id, l.difference]);

// The demo bicycle: a £1,500 hybrid, standard cover, £50 excess, theft abroad (+10%): premium 74.25, fee 5.00,
// tax 9.51. Adding accidental damage (+15% more): premium 84.38, tax 10.73. For the whole term: +10.13, +1.22.
describe("a customer changes their policy mid-term", { timeout: 120_000 }, () => {
  it("sees only what the product lets them change, pre-filled; the change is priced, paid and recorded", async () => {
    const p = await paidPolicy(backend.url, "endorse@example.com", "Noether");
    const before = await view(p.policyNumber, p.token);
    expect(before).toMatchObject({ status: "Active", can_endorse: true });
    expect(before.price_breakdown).toMatchObject({ amount_pre_fees_and_taxes: "74.25", total: "88.76" });

    const forms = (await call("GET", `/api/v3/policy/${p.policyNumber}/endorse/`, { token: p.token })).json;
    expect(
      forms.forms.map((f: { form_id: string; fields: Array<{ name: string }> }) => [
        f.form_id,
        f.fields.map((x) => x.name),
      ]),
    ).toEqual([
      ["quote", ["perils"]],
      ["owner", ["email", "phone", "postcode"]],
    ]);
    expect(forms.forms[0].fields[0].value).toEqual(["theft-abroad"]);
    expect(forms).toMatchObject({ earliest_effective_date: before.start_date, latest_effective_date: before.end_date });

    const answers = { quote: { perils: ["theft-abroad", "accidental-damage"] } };
    const whole = await quote(p.policyNumber, p.token, { answers, effective_date: before.start_date });
    expect(whole.status).toBe(200);
    expect(lines(whole.json)).toEqual([
      ["premium", "10.13"],
      ["admin", "0.00"],
      ["ipt", "1.22"],
    ]);
    expect(whole.json).toMatchObject({ total_difference: "11.35", direction: "charge", currency: "GBP" });
    expect(whole.json.changes).toEqual([
      {
        form_id: "quote",
        name: "perils",
        title: "Optional extras",
        before: "Theft abroad (up to 60 days a year)",
        after: "Theft abroad (up to 60 days a year), Accidental damage",
      },
    ]);
    // Later in the term: each line for the days remaining, rounded half-up on its own.
    const later = await quote(p.policyNumber, p.token, { answers, effective_date: day("+100d") });
    const { days_remaining: left, days_in_term: term } = later.json;
    const share = (d: string) =>
      new Decimal(d).times(left).div(term).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
    expect(lines(later.json)).toEqual([
      ["premium", share("10.13")],
      ["admin", "0.00"],
      ["ipt", share("1.22")],
    ]);

    // Refused, each with a sentence.
    const past = await quote(p.policyNumber, p.token, { answers, effective_date: day("-1d") });
    expect(past.status).toBe(422);
    expect(past.json.detail).toMatch(/is before today: a change you make starts on/);
    const value = await quote(p.policyNumber, p.token, { answers: { bike: { value: "900.00" } } });
    expect(value.status).toBe(403);
    expect(value.json.detail).toBe(
      `Only an agent can change "What is the bike worth?": please contact us and an agent will make the change for you.`,
    );
    const claims = await quote(p.policyNumber, p.token, { answers: { bike: { claims: 0 } } });
    expect(claims.status).toBe(403);
    expect(claims.json.detail).toMatch(/can only be changed after an underwriter has looked at it, so it can't be/);
    expect(claims.json.detail).toMatch(/please contact us and an agent will refer the change to an underwriter/);
    const postcode = await quote(p.policyNumber, p.token, { answers: { owner: { postcode: "nowhere" } } });
    expect(postcode.status).toBe(422);
    expect(postcode.json.errors.owner.postcode[0]).toBeTruthy();
    const same = await quote(p.policyNumber, p.token, { answers: { owner: { postcode: "SW1A 1AA" } } });
    expect(same.status).toBe(422);
    expect(same.json.detail).toMatch(/Nothing has changed/);

    // Another customer sees none of it.
    const other = await paidPolicy(backend.url, "other-endorse@example.com", "Curie");
    expect((await call("GET", `/api/v3/policy/${p.policyNumber}/endorse/`, { token: other.token })).status).toBe(404);
    expect((await quote(p.policyNumber, other.token, { answers })).status).toBe(404);
    expect((await endorse(p.policyNumber, other.token, before.version_id, { answers, reason: "x" })).status).toBe(404);

    const noSchedule = await call("GET", `/api/v3/policy/${p.policyNumber}/endorsement-schedule/`, { token: p.token });
    expect(noSchedule.status).toBe(404);

    // Made: a new version, the extra premium paid through the sandbox gateway.
    expect((await call("POST", `/api/v3/policy/${p.policyNumber}/endorse/`, { token: p.token, body: {} })).status).toBe(
      428,
    );
    // Pending until paid: a declined card leaves the policy as it was, with the gateway's sentence; then again.
    const pay = async (card: string) => {
      const made = await endorse(p.policyNumber, p.token, before.version_id, {
        answers,
        effective_date: before.start_date,
        reason: "Going on a bike holiday",
        return_url: RETURN,
      });
      expect(made.status).toBe(200);
      expect(made.json.payment).toMatchObject({ amount: "11.35", currency: "GBP", status: "pending" });
      expect(made.json.policy).toMatchObject({ version_id: before.version_id, price_breakdown: { total: "88.76" } });
      expect(made.json.policy.form_data.quote.perils).toEqual(["theft-abroad"]);
      const page = await call("POST", new URL(made.json.payment.redirect_url).pathname, {
        raw: new URLSearchParams({ card_number: card, expiry: "12/39", cvc: "123", name: "E N" }).toString(),
        contentType: "application/x-www-form-urlencoded",
      });
      const back = await call("GET", page.headers.get("location")!);
      return new URL(back.headers.get("location")!).searchParams;
    };
    const declined = await pay("4000 0000 0000 0002");
    expect(declined.get("payment")).toBe("declined");
    expect(declined.get("reason")).toBe("Your card was declined by your bank. Try another card.");
    const unchanged = await view(p.policyNumber, p.token);
    expect(unchanged).toMatchObject({ version_id: before.version_id, price_breakdown: { total: "88.76" } });
    expect(unchanged.form_data.quote.perils).toEqual(["theft-abroad"]);
    expect(unchanged.endorsements).toEqual([]);
    expect(
      (await call("GET", "/api/v3/dev/outbox/?to=endorse@example.com")).json.emails.map(
        (e: { subject: string }) => e.subject,
      ),
    ).not.toContain("Your policy has been changed");
    expect((await pay("4242 4242 4242 4242")).get("payment")).toBe("succeeded");
    const after = await view(p.policyNumber, p.token);
    expect(after.status).toBe("Active");
    expect(after).toMatchObject({ price_breakdown: { total: "100.11" } });
    expect(after.form_data.quote.perils).toEqual(["theft-abroad", "accidental-damage"]);
    expect(after.payments.map((x: { amount: string; status: string }) => [x.amount, x.status])).toEqual([
      ["88.76", "Payment succeeded"],
      ["11.35", "Payment declined: Your card was declined by your bank. Try another card."],
      ["11.35", "Payment succeeded"],
    ]);
    const logged = after.status_logs.at(-1);
    expect(logged).toMatchObject({
      status: "Active",
      reason_text: `Policy changed from ${formatDate(before.start_date)}`,
    });
    expect(logged.note).toContain("Going on a bike holiday");

    // Staff history has who, when and why; "view as of" shows before and after.
    const supervisor = await login(DEMO_USERS[1]);
    const history = (await call("GET", `/api/v3/policy/${p.policyNumber}/history/`, { token: supervisor })).json;
    const change = history.versions.at(-1);
    expect(change).toMatchObject({ changed_by: "Customer", reason_text: logged.reason_text });
    const then = await view(
      p.policyNumber,
      supervisor,
      `?when_at=${encodeURIComponent(history.versions.at(-2).changed_at)}`,
    );
    expect(then.form_data.quote.perils).toEqual(["theft-abroad"]);
    expect(
      (await view(p.policyNumber, supervisor, `?when_at=${encodeURIComponent(change.changed_at)}`)).form_data.quote
        .perils,
    ).toEqual(["theft-abroad", "accidental-damage"]);
    expect(await pdfText(p.policyNumber, "coi", p.token)).toContain("Accidental damage");
    expect(after.endorsements).toHaveLength(1);
    expect(after.endorsements[0]).toMatchObject({ reason: "Going on a bike holiday", total_difference: "11.35" });
    const schedule = await pdfText(p.policyNumber, "endorsement-schedule", p.token);
    expect(schedule).toContain(`Change 1: from ${formatDate(before.start_date)}`);
    expect(schedule).toContain("Going on a bike holiday");
    expect(schedule.replace(/\s+/g, " ")).toContain("Now: Theft abroad (up to 60 days a year), Accidental damage.");
    expect(schedule).toMatch(/Additional premium\s*£11\.35/);
    const mail = await call("GET", "/api/v3/dev/outbox/?to=endorse@example.com");
    expect(mail.json.emails.map((e: { body: string }) => e.body).join("\n")).toContain(
      "You paid £11.35 for the rest of your cover.",
    );
  });
});

describe("an agent changes any answer", { timeout: 120_000 }, () => {
  it("a cheaper bike from the start: each line back, recorded as a refund (a negative payment)", async () => {
    const supervisor = await login(DEMO_USERS[1]);
    const p = await paidPolicy(backend.url, "agent-endorse@example.com", "Franklin");
    const v = await view(p.policyNumber, supervisor);
    expect(v.can_endorse).toBe(true);
    const forms = (await call("GET", `/api/v3/policy/${p.policyNumber}/endorse/`, { token: supervisor })).json;
    const bike = forms.forms.find((f: { form_id: string }) => f.form_id === "bike");
    // The cover dates never change mid-term.
    expect(bike.fields.map((f: { name: string }) => f.name)).not.toContain("start_date");
    expect(bike.fields.map((f: { name: string }) => f.name)).toContain("value");
    // £1,000: 1000 × 0.05 × 0.9 × 1.1 = 49.50 premium; tax 12% of 54.50 = 6.54. From the start: −24.75, −2.97.
    const made = await endorse(p.policyNumber, supervisor, v.version_id, {
      answers: { bike: { value: "1000.00" } },
      reason: "Valued again after a receipt",
    });
    expect(made.status).toBe(200);
    expect(lines(made.json.endorsement)).toEqual([
      ["premium", "-24.75"],
      ["admin", "0.00"],
      ["ipt", "-2.97"],
    ]);
    expect(made.json.payment).toMatchObject({ amount: "-27.72", status: "refunded", redirect_url: null });
    const refund = made.json.policy.payments.find((x: { status: string }) => x.status === "Refunded");
    expect(refund).toMatchObject({ amount: "-27.72", payment_gateway: "Refund" });
    expect(made.json.policy.price_breakdown.total).toBe("61.04");
    expect(await pdfText(p.policyNumber, "endorsement-schedule", p.token)).toMatch(/Refunded to you\s*£27\.72/);
    const history = (await call("GET", `/api/v3/policy/${p.policyNumber}/history/`, { token: supervisor })).json;
    expect(history.versions.at(-1)).toMatchObject({ changed_by: "Sam Supervisor" });
  });

  it("is refused on a policy that is not Active", async () => {
    const supervisor = await login(DEMO_USERS[1]);
    const p = await paidPolicy(backend.url, "gone-endorse@example.com", "Lamarr");
    const v = await view(p.policyNumber, supervisor);
    await call("POST", `/api/v3/policy/${p.policyNumber}/cancel/`, {
      token: supervisor,
      body: { cancellation_reason: "Sold", termination_date: v.start_date },
      headers: { "if-match": v.version_id },
    });
    const gone = await view(p.policyNumber, supervisor);
    expect(gone.can_endorse).toBe(false);
    const refused = await quote(p.policyNumber, supervisor, { answers: { bike: { value: "1000.00" } } });
    expect(refused.status).toBe(409);
    expect(refused.json.detail).toBe(`Only an active policy can be changed; ${p.policyNumber} is not active.`);
  });
});
