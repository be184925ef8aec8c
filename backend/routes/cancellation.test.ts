import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Decimal from "decimal.js";
import { unzipSync, strFromU8 } from "fflate";
import { PDFParse } from "pdf-parse";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { day, paidPolicy } from "../test/journeys";
import { seedDemo } from "../demo/seed";
import { DEMO_USERS } from "../demo/accounts";
import { formatDate } from "../documents/date-format";

let backend: Backend;
let call: ReturnType<typeof client>;
const DAY = 24 * 60 * 60 * 1000;

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
const cancel = (n: string, token: string, version: string, termination_date: string) =>
  call("POST", `/api/v3/policy/${n}/cancel/`, {
    token,
    body: { cancellation_reason: "Sold the bike", termination_date },
    headers: { "if-match": version },
  });

describe("a cancellation changes the policy", { timeout: 120_000 }, () => {
  it("the date asked is shown to the supervisor; once approved it is the end of cover everywhere", async () => {
    const supervisor = await login(DEMO_USERS[1]);
    const p = await paidPolicy(backend.url, "ends@example.com", "Franklin");
    const before = await view(p.policyNumber, p.token);
    const asked = day("+11d");
    const requested = await cancel(p.policyNumber, p.token, before.version_id, asked);
    expect(requested.json).toMatchObject({ status: "Cancellation-requested", end_date: before.end_date });
    // The decision screen's data: what was asked, and the refund it gives.
    const waiting = await view(p.policyNumber, supervisor);
    expect(waiting).toMatchObject({ termination_date: asked, cancellation_reason: "Sold the bike" });
    const quote = await call("GET", `/api/v3/policy/${p.policyNumber}/cancel/quote/`, { token: supervisor });
    expect(quote.json).toMatchObject({
      termination_date: asked,
      basis: "cooling_off",
      total_refund: before.price_breakdown.total,
    });

    const approved = await call("POST", `/api/v3/policy/${p.policyNumber}/cancellation-request/`, {
      token: supervisor,
      body: { decision: "approve" },
      headers: { "if-match": waiting.version_id },
    });
    expect(approved.json).toMatchObject({ status: "Cancelled", end_date: asked, termination_date: asked });
    expect((await view(p.policyNumber, p.token)).end_date).toBe(asked);
    const list = await call("GET", `/api/v3/policy/all/?status=S_CANCELLED`, { token: p.token });
    expect(list.json.policies.find((x: { policy_number: string }) => x.policy_number === p.policyNumber).end_date).toBe(
      asked,
    );
    // As it stood before the approval, the cover still ran to its first end.
    const then = await view(
      p.policyNumber,
      supervisor,
      `?when_at=${encodeURIComponent(waiting.status_logs.at(-1).timestamp)}`,
    );
    expect(then).toMatchObject({ status: "Cancellation-requested", end_date: before.end_date });

    const certificate = await pdfText(p.policyNumber, "coi", p.token);
    expect(certificate).toContain(formatDate(asked));
    expect(certificate).not.toContain(formatDate(before.end_date));
    const letter = await pdfText(p.policyNumber, "cancellation-letter", p.token);
    expect(letter).toContain(`Cover ends ${formatDate(asked)}`);
    const pass = await call("GET", `/api/v3/policy/${p.policyNumber}/pass_card/`, { token: p.token });
    const passJson = JSON.parse(strFromU8(unzipSync(new Uint8Array(pass.bytes))["pass.json"]));
    expect(passJson.expirationDate.slice(0, 10)).toBe(new Date(Date.parse(asked) + DAY).toISOString().slice(0, 10));
    expect(JSON.stringify(passJson)).toContain(formatDate(asked));
  });

  it("a termination date after the cover ends is refused with a sentence; before it starts is from inception", async () => {
    const supervisor = await login(DEMO_USERS[1]);
    const p = await paidPolicy(backend.url, "late@example.com", "Meitner");
    const v = await view(p.policyNumber, supervisor);
    const late = await cancel(p.policyNumber, supervisor, v.version_id, "2099-01-01");
    expect(late.status).toBe(422);
    expect(late.json.detail).toBe(
      `termination_date 2099-01-01 is after the cover ends (${formatDate(v.end_date)}): choose ${v.end_date} or earlier.`,
    );
    const quoteLate = await call("GET", `/api/v3/policy/${p.policyNumber}/cancel/quote/?termination_date=2099-01-01`, {
      token: supervisor,
    });
    expect(quoteLate.status).toBe(422);
    const early = await cancel(p.policyNumber, supervisor, v.version_id, day("-3d"));
    expect(early.json).toMatchObject({ status: "Cancelled", end_date: v.start_date });
    const letter = await pdfText(p.policyNumber, "cancellation-letter", p.token);
    expect(letter).toMatch(/from inception/);
  });
});

describe("a refund that is right", { timeout: 120_000 }, () => {
  it("in cooling-off everything comes back: a negative payment, stated in the letter and the email", async () => {
    const supervisor = await login(DEMO_USERS[1]);
    const p = await paidPolicy(backend.url, "cooling@example.com", "Hodgkin");
    const v = await view(p.policyNumber, p.token);
    const quote = await call("POST", `/api/v3/policy/${p.policyNumber}/cancel/quote/`, {
      token: p.token,
      body: { termination_date: v.start_date },
    });
    expect(quote.json).toMatchObject({ basis: "cooling_off", cooling_off: true, deductions: [] });
    expect(quote.json.lines.map((l: { id: string; refund: string }) => [l.id, l.refund])).toEqual([
      ["premium", v.price_breakdown.amount_pre_fees_and_taxes],
      ...v.price_breakdown.fees.map((f: { id: string; amount: string }) => [f.id, f.amount]),
      ...v.price_breakdown.taxes.map((t: { id: string; amount: string }) => [t.id, t.amount]),
    ]);
    expect(quote.json.total_refund).toBe(v.price_breakdown.total);
    const done = await cancel(
      p.policyNumber,
      supervisor,
      (await view(p.policyNumber, supervisor)).version_id,
      v.start_date,
    );
    const refund = done.json.payments.find((x: { status: string }) => x.status === "Refunded");
    expect(refund.amount).toBe(`-${v.price_breakdown.total}`);
    const letter = await pdfText(p.policyNumber, "cancellation-letter", p.token);
    expect(letter).toContain("cooling-off period");
    expect(letter).toContain(`Total refund £${v.price_breakdown.total}`);
    const mail = await call("GET", "/api/v3/dev/outbox/?to=cooling@example.com");
    expect(mail.json.emails.map((e: { body: string }) => e.body).join("\n")).toContain(
      `We'll refund £${v.price_breakdown.total} to you`,
    );
    // Once cancelled, the quote is the refund that was made.
    const made = await call("GET", `/api/v3/policy/${p.policyNumber}/cancel/quote/`, { token: p.token });
    expect(made.json.total_refund).toBe(v.price_breakdown.total);
  });

  it("after cooling-off: pro rata for the unused days, each line to the penny, less the fee", async () => {
    const p = await paidPolicy(backend.url, "prorata@example.com", "Lovelace");
    const v = await view(p.policyNumber, p.token);
    backend.clock.shift(30 * DAY);
    try {
      const customer = await call("POST", "/api/v3/customer/policy-login/", {
        body: { policy_number: p.policyNumber, last_name: "Lovelace" },
      });
      const token = customer.json.token;
      const end = day("+60d");
      const quote = (
        await call("GET", `/api/v3/policy/${p.policyNumber}/cancel/quote/?termination_date=${end}`, { token })
      ).json;
      const term = (Date.parse(v.end_date) - Date.parse(v.start_date)) / DAY + 1;
      const unused = (Date.parse(v.end_date) - Date.parse(end)) / DAY;
      const share = (a: string) => new Decimal(a).times(unused).div(term).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
      const b = v.price_breakdown;
      const lines = [b.amount_pre_fees_and_taxes, ...[...b.fees, ...b.taxes].map((x: { amount: string }) => x.amount)];
      const expected = lines.reduce((s: Decimal, a: string) => s.plus(share(a)), new Decimal(0)).minus("25.00");
      expect(quote).toMatchObject({ basis: "pro_rata", cooling_off: false, days_in_term: term, days_unused: unused });
      expect(quote.deductions).toEqual([{ id: "cancellation_fee", label: "Cancellation fee", amount: "25.00" }]);
      expect(quote.total_refund).toBe(expected.toFixed(2));
      // The customer asks; the request's day decides cooling-off, the refund is made on approval.
      const asked = await cancel(p.policyNumber, token, (await view(p.policyNumber, token)).version_id, end);
      const supervisor = await login(DEMO_USERS[1]);
      const approved = await call("POST", `/api/v3/policy/${p.policyNumber}/cancellation-request/`, {
        token: supervisor,
        body: { decision: "approve" },
        headers: { "if-match": asked.json.version_id },
      });
      expect(approved.json.payments.find((x: { status: string }) => x.status === "Refunded").amount).toBe(
        `-${expected.toFixed(2)}`,
      );
    } finally {
      backend.clock.shift(-30 * DAY);
    }
  });

  it("the quote: only the policy's customer or a user who may cancel; a bad date is a 422 with a sentence", async () => {
    const p = await paidPolicy(backend.url, "quote@example.com", "Noether");
    const other = await paidPolicy(backend.url, "other@example.com", "Other");
    const path = `/api/v3/policy/${p.policyNumber}/cancel/quote/`;
    expect((await call("GET", path, { token: other.token })).status).toBe(404);
    expect((await call("GET", path)).status).toBe(401);
    const agent = await call("GET", path, { token: await login(DEMO_USERS[0]) });
    expect([403, 404]).toContain(agent.status);
    const bad = await call("GET", `${path}?termination_date=2026-02-30`, { token: p.token });
    expect(bad.status).toBe(422);
    expect(bad.json.detail).toBe("termination_date must be a real date like 2026-12-31.");
  });
});
