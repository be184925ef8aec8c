import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unzipSync, strFromU8 } from "fflate";
import { PDFParse } from "pdf-parse";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { day, applicant, completeSteps, paidPolicy, pay, png, validAnswers } from "../test/journeys";
import { seedDemo } from "../demo/seed";
import { DEMO_USERS } from "../demo/accounts";

let backend: Backend;
let call: ReturnType<typeof client>;
let agent: string;
let supervisor: string;

beforeAll(async () => {
  backend = await startBackend();
  call = client(backend.url);
  await seedDemo(backend.ctx);
  const login = async (u: (typeof DEMO_USERS)[number]) =>
    (await call("POST", "/api/v3/login/", { body: { username: u.username, password: u.password } })).json.token;
  agent = await login(DEMO_USERS[0]);
  supervisor = await login(DEMO_USERS[1]);
});
afterAll(() => backend.close());

const view = async (n: string, token: string) => call("GET", `/api/v3/policy/${n}/`, { token });
const cancel = (n: string, token: string, version: string | null) =>
  call("POST", `/api/v3/policy/${n}/cancel/`, {
    token,
    body: { cancellation_reason: "Sold the bike", termination_date: day("+30d") },
    headers: version ? { "if-match": `"${version}"` } : {},
  });

describe("documents read back", () => {
  it("PDFs name the holder and policy; the pass is a signed zip with pass.json", async () => {
    const p = await paidPolicy(backend.url, "docs@example.com", "Lamarr");
    for (const doc of ["coi", "tax-invoice", "emergency-document"]) {
      const reply = await call("GET", `/api/v3/policy/${p.policyNumber}/${doc}/`, { token: p.token });
      const { text } = await new PDFParse({ data: new Uint8Array(reply.bytes) }).getText();
      expect(text, doc).toContain("Lamarr");
      expect(text, doc).toContain(p.policyNumber);
    }
    const pass = await call("GET", `/api/v3/policy/${p.policyNumber}/pass_card/`, { token: p.token });
    const files = unzipSync(new Uint8Array(pass.bytes));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["pass.json", "manifest.json", "signature"]));
    expect(JSON.parse(strFromU8(files["pass.json"]))).toMatchObject({ serialNumber: p.policyNumber });
  });
});

describe("cancel", () => {
  it("a customer's request waits for a supervisor; If-Match is required and must be current", async () => {
    const p = await paidPolicy(backend.url, "cancel@example.com", "Curie");
    const v1 = (await view(p.policyNumber, p.token)).json.version_id;
    expect((await cancel(p.policyNumber, p.token, null)).status).toBe(428);
    const badDate = await call("POST", `/api/v3/policy/${p.policyNumber}/cancel/`, {
      token: p.token,
      body: { cancellation_reason: "Sold it", termination_date: "2099-13-45" },
      headers: { "if-match": v1 },
    });
    expect(badDate.status).toBe(422);
    expect(badDate.json.detail).toMatch(/real date/);
    const requested = await cancel(p.policyNumber, p.token, v1);
    expect(requested.status).toBe(200);
    expect(requested.json.status).toBe("Cancellation-requested");
    const stale = await call("POST", `/api/v3/policy/${p.policyNumber}/cancellation-request/`, {
      token: supervisor,
      body: { decision: "approve" },
      headers: { "if-match": v1 },
    });
    expect(stale.status).toBe(412);
    expect(stale.json.policy).toMatchObject({
      status: "Cancellation-requested",
      version_id: requested.json.version_id,
    });
    const approved = await call("POST", `/api/v3/policy/${p.policyNumber}/cancellation-request/`, {
      token: supervisor,
      body: { decision: "approve" },
      headers: { "if-match": requested.json.version_id },
    });
    expect(approved.json.status).toBe("Cancelled");
    const letter = await call("GET", `/api/v3/policy/${p.policyNumber}/cancellation-letter/`, { token: p.token });
    expect(letter.headers.get("content-type")).toBe("application/pdf");
  });

  it("an agent without cancel_policy gets 403 with a sentence; a supervisor cancels", async () => {
    const p = await paidPolicy(backend.url, "cancel2@example.com", "Noether");
    const v = (await view(p.policyNumber, supervisor)).json.version_id;
    const sold = await call("POST", "/api/v3/policy/submit/bicycle/", {
      token: agent,
      body: {
        policy_number: null,
        form: {
          form_id: "bike",
          fields: Object.entries(validAnswers.bicycle[0][1]).map(([name, value]) => ({ name, value })),
        },
      },
    });
    expect(sold.json.has_errors).toBe(false);
    const denied = await call("POST", `/api/v3/policy/${sold.json.policy_number}/cancel/`, {
      token: agent,
      body: { cancellation_reason: "x y z", termination_date: day("+30d") },
      headers: { "if-match": "v" },
    });
    expect(denied.status).toBe(403);
    expect(denied.json.detail).toBe("You don't have permission to cancel policies (cancel_policy).");
    const done = await cancel(p.policyNumber, supervisor, v);
    expect(done.json.status).toBe("Cancelled");
    const again = await cancel(p.policyNumber, supervisor, done.json.version_id);
    expect(again.status).toBe(409);
  });

  it("a stale version gets 412 with the fresh policy", async () => {
    const p = await paidPolicy(backend.url, "stale@example.com", "Hodgkin");
    const seen = (await view(p.policyNumber, supervisor)).json.version_id;
    const up = await call("POST", `/api/v3/policy/${p.policyNumber}/attachment/add/`, {
      token: p.token,
      body: {
        data: `data:image/png;base64,${(await png()).toString("base64")}`,
        name: "proof_of_purchase",
        filename: "receipt.png",
      },
    });
    const added = await call("POST", `/api/v3/policy/${p.policyNumber}/additional-documents/`, {
      token: p.token,
      body: {
        form: {
          form_id: "additional_documents",
          fields: [{ name: "proof_of_purchase", value: [{ id: up.json.file_reference, name: "receipt.png" }] }],
        },
      },
    });
    expect(added.json.has_errors).toBe(false);
    const reply = await cancel(p.policyNumber, supervisor, seen);
    expect(reply.status).toBe(412);
    expect(reply.json.detail).toMatch(/changed by someone else/);
    expect(reply.json.policy.version_id).not.toBe(seen);
  });
});

describe("agent actions", () => {
  it("quotes started by an agent are theirs; the agent sees them and only them", async () => {
    const sold = await call("POST", "/api/v3/policy/submit/bicycle/", {
      token: agent,
      body: {
        form: {
          form_id: "bike",
          fields: Object.entries(validAnswers.bicycle[0][1]).map(([name, value]) => ({ name, value })),
        },
      },
    });
    const list = await call("GET", "/api/v3/policy/all/?status=S_NEW", { token: agent });
    expect(list.json.policies.map((p: { policy_number: string }) => p.policy_number)).toContain(
      sold.json.policy_number,
    );
    expect(list.json.policies.every((p: { agent_code: string }) => p.agent_code === "A0001")).toBe(true);
    expect((await view(sold.json.policy_number, supervisor)).json).toMatchObject({
      user: "Alex Agent",
      agent_code: "A0001",
      last_updated_by: "Alex Agent",
    });
    const demo = await call("GET", "/api/v3/policy/all/", { token: supervisor, body: undefined });
    const other = demo.json.policies.find((p: { agent_code: string | null }) => p.agent_code !== "A0001");
    expect((await view(other.policy_number, agent)).status).toBe(404);
  });

  it("copy makes a new quote with the same answers; renew makes a pending renewal", async () => {
    const p = await paidPolicy(backend.url, "copy@example.com", "Franklin");
    const copy = await call("POST", `/api/v3/policy/${p.policyNumber}/copy/`, { token: supervisor });
    expect(copy.json).toMatchObject({ product_slug: "bicycle", policy_number: expect.any(String) });
    const copied = (await view(copy.json.policy_number, supervisor)).json;
    expect(copied.status).toBe("Quoted");
    expect(copied.form_data.bike.make).toBe("Brompton");
    // Renewal is offered in the 30 days before the cover ends: bring the end near.
    const row = (await backend.ctx.stores.policies.get(p.policyNumber))!;
    await backend.ctx.stores.policies.update(
      row,
      { endDate: day("+10d") },
      { by: "Test", at: new Date().toISOString() },
    );
    const renewal = await call("POST", `/api/v3/policy/${p.policyNumber}/renew/`, { token: p.token });
    const renewed = (await view(renewal.json.policy_number, supervisor)).json;
    expect(renewed).toMatchObject({ status: "New", renewed_from_policy_number: p.policyNumber });
    const state = await call("GET", `/api/v3/policy/submit/bicycle/?policy_number=${renewal.json.policy_number}`, {
      quoteToken: renewal.json.quote_token,
    });
    expect(state.json.form.form_id).toBe("bike");
  });

  it("a copy asks for the files again: they belong to the policy they were uploaded to", async () => {
    const a = applicant(backend.url, "home-contents");
    await completeSteps(backend.url, a, "home-contents");
    await pay(backend.url, a);
    const copy = await call("POST", `/api/v3/policy/${a.state.policyNumber}/copy/`, { token: supervisor });
    const state = await call("GET", `/api/v3/policy/submit/home-contents/?policy_number=${copy.json.policy_number}`, {
      token: supervisor,
    });
    expect(state.json).toMatchObject({ next_action: "continue", policy_status: "New" });
    expect(state.json.form.form_id).toBe("contents");
    expect(state.json.form.fields.find((f: { name: string }) => f.name === "photos").value).toEqual([]);
    expect(
      (await call("POST", `/api/v3/policy/${copy.json.policy_number}/confirm/`, { token: supervisor })).status,
    ).toBe(409);
  });

  it("continue links: sent by email, open the quote with a fresh token; tampered and expired links are 403", async () => {
    const a = applicant(backend.url, "bicycle");
    await a.submit("bike", validAnswers.bicycle[0][1]);
    await a.submit("quote", validAnswers.bicycle[1][1]);
    await a.submit("owner", { ...validAnswers.bicycle[2][1], email: "continue@example.com" });
    expect(
      (
        await call("POST", `/api/v3/policy/${a.state.policyNumber}/continue-link/`, {
          token: agent,
          body: { send_email: true },
        })
      ).status,
    ).toBe(404);
    const mine = await call("POST", "/api/v3/policy/submit/bicycle/", {
      token: agent,
      body: {
        form: {
          form_id: "bike",
          fields: Object.entries(validAnswers.bicycle[0][1]).map(([name, value]) => ({ name, value })),
        },
      },
    });
    const n = mine.json.policy_number;
    await call("POST", "/api/v3/policy/submit/bicycle/", {
      token: agent,
      body: {
        policy_number: n,
        form: {
          form_id: "quote",
          fields: [
            { name: "tier", value: "standard" },
            { name: "excess", value: "50" },
          ],
        },
      },
    });
    await call("POST", "/api/v3/policy/submit/bicycle/", {
      token: agent,
      body: {
        policy_number: n,
        form: {
          form_id: "owner",
          fields: Object.entries({ ...validAnswers.bicycle[2][1], email: "continue@example.com" }).map(
            ([name, value]) => ({ name, value }),
          ),
        },
      },
    });
    const link = await call("POST", `/api/v3/policy/${n}/continue-link/`, {
      token: agent,
      body: { send_email: true, base_url: "http://127.0.0.1:3000" },
    });
    expect(link.json.url).toBe(`http://127.0.0.1:3000/continue/${link.json.signed_policy_number}`);
    const outbox = await call("GET", "/api/v3/dev/outbox/?to=continue@example.com");
    expect(outbox.json.emails[0].body).toContain(link.json.url);
    const opened = await call("GET", `/api/v3/policy/continue/${link.json.signed_policy_number}/`);
    expect(opened.json).toMatchObject({
      policy_number: n,
      next_action: "complete",
      product_slug: "bicycle",
      quote_token: expect.any(String),
    });
    const customer = applicant(backend.url, "bicycle");
    customer.state.policyNumber = n;
    customer.state.quoteToken = opened.json.quote_token;
    expect((await pay(backend.url, customer)).location.searchParams.get("payment")).toBe("succeeded");
    const tampered = link.json.signed_policy_number.replace(/.$/, (c: string) => (c === "A" ? "B" : "A"));
    expect((await call("GET", `/api/v3/policy/continue/${tampered}/`)).status).toBe(403);
    expect((await call("GET", `/api/v3/policy/continue/${link.json.signed_policy_number}/`)).status).toBe(404);
    backend.clock.shift(8 * 24 * 60 * 60 * 1000);
    const late = await call("GET", `/api/v3/policy/continue/${link.json.signed_policy_number}/`);
    expect(late.status).toBe(403);
    backend.clock.shift(-8 * 24 * 60 * 60 * 1000);
  });

  it("referrals: only approve_referrals decides; an approved application can be paid", async () => {
    const a = applicant(backend.url, "bicycle");
    const referred = await completeSteps(backend.url, a, "bicycle", { bike: { claims: 3 } });
    expect(referred.json.next_action).toBe("referred");
    const denied = await call("POST", `/api/v3/policy/${a.state.policyNumber}/referral/`, {
      token: agent,
      body: { decision: "approve" },
    });
    expect(denied.status).toBe(403);
    expect(denied.json.detail).toBe(
      "You don't have permission to decide on referred applications (approve_referrals).",
    );
    const approved = await call("POST", `/api/v3/policy/${a.state.policyNumber}/referral/`, {
      token: supervisor,
      body: { decision: "approve" },
    });
    expect(approved.json.status).toBe("Quoted");
    const changed = await a.submit("bike", { ...validAnswers.bicycle[0][1], claims: 20 });
    expect(changed.json).toMatchObject({ next_action: "referred", policy_status: "Pending-approval" });
    expect(
      (
        await call("POST", `/api/v3/policy/${a.state.policyNumber}/referral/`, {
          token: supervisor,
          body: { decision: "approve" },
        })
      ).json.status,
    ).toBe("New");
    await completeSteps(backend.url, a, "bicycle", { bike: { claims: 20 } });
    expect((await pay(backend.url, a)).location.searchParams.get("payment")).toBe("succeeded");
    expect((await a.get(`/api/v3/policy/${a.state.policyNumber}/`)).json.status).toBe("Active");
  });

  it("remove recurring payment needs the permission and a recurring payment", async () => {
    const a = applicant(backend.url, "bicycle");
    await completeSteps(backend.url, a, "bicycle");
    await a.post(`/api/v3/policy/${a.state.policyNumber}/confirm/`, {
      form: {
        form_id: "confirmation",
        fields: [
          { name: "accurate", value: true },
          { name: "accept_terms", value: true },
        ],
      },
    });
    const token = await a.get(
      `/api/v3/payment/token/?policy_number=${a.state.policyNumber}&payment_mode=monthly&return_url=${encodeURIComponent("http://127.0.0.1:3000/r")}`,
    );
    const path = new URL(token.json.redirect_url).pathname;
    const page = await call("POST", path, {
      raw: "card_number=4242424242424242&expiry=12/39&cvc=123&name=A",
      contentType: "application/x-www-form-urlencoded",
    });
    await call("GET", page.headers.get("location")!);
    const n = a.state.policyNumber!;
    expect(
      (
        await call("POST", `/api/v3/policy/${n}/remove-recurring-payment/`, {
          token: agent,
          body: { comment: "asked" },
        })
      ).status,
    ).toBe(403);
    const removed = await call("POST", `/api/v3/policy/${n}/remove-recurring-payment/`, {
      token: supervisor,
      body: { comment: "Customer asked by phone" },
    });
    expect(removed.json).toEqual({ success: true, policy_number: n });
    expect(
      (
        await call("POST", `/api/v3/policy/${n}/remove-recurring-payment/`, {
          token: supervisor,
          body: { comment: "again" },
        })
      ).status,
    ).toBe(404);
    const history = await call("GET", `/api/v3/policy/${n}/history/`, { token: supervisor });
    // The quote's first version is written with the policy itself (storage/policies.ts, one statement).
    expect(history.json.versions[0]).toMatchObject({ seq: 1, reason_text: "Quote started", changed_by: "Applicant" });
    expect(history.json.versions.map((v: { seq: number }) => v.seq)).toEqual(
      history.json.versions.map((_: unknown, i: number) => i + 1),
    );
    expect(history.json.versions.at(-1)).toMatchObject({
      reason_text: "Recurring payment removed",
      note: "Customer asked by phone",
      changed_by: "Sam Supervisor",
    });
  });

  it("search refuses unknown columns and operations with 400", async () => {
    const bad = await call("POST", "/api/v3/policy/all/", {
      token: supervisor,
      body: { search_terms: [{ column: "password", operation: "equals", values: ["x"] }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.detail).toMatch(/can't be searched/);
    const op = await call("POST", "/api/v3/policy/all/", {
      token: supervisor,
      body: { search_terms: [{ column: "status", operation: "contains", values: ["Act"] }] },
    });
    expect(op.status).toBe(400);
    for (const column of ["start_date", "created_on"]) {
      const date = await call("POST", "/api/v3/policy/all/", {
        token: supervisor,
        body: { search_terms: [{ column, operation: "equals", values: ["2026-02-30"] }] },
      });
      expect(date.status).toBe(400);
      expect(date.json.detail).toMatch(/must be dates/);
    }
    const ok = await call("POST", "/api/v3/policy/all/", {
      token: supervisor,
      body: {
        search_terms: [{ column: "created_on", operation: "range", values: ["2000-01-01", "2100-01-01"] }],
        no_count: true,
        per_page: 5,
      },
    });
    expect(ok.json).not.toHaveProperty("policies_count");
    expect(ok.json.policies.length).toBeLessThanOrEqual(5);
  });
});
