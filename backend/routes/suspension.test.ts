import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PDFParse } from "pdf-parse";
import { unzipSync, strFromU8 } from "fflate";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { applicant, asForm, completeSteps, paidPolicy, pay } from "../test/journeys";
import { seedDemo } from "../demo/seed";
import { DEMO_USERS } from "../demo/accounts";
import { expireEndedPolicies } from "../domain/policy-expiry";
import { collectDueInstalments } from "../domain/instalments";

let backend: Backend;
let call: ReturnType<typeof client>;

beforeAll(async () => {
  backend = await startBackend();
  call = client(backend.url);
  await seedDemo(backend.ctx);
}, 180_000);
afterAll(() => backend.close());
beforeEach(() => backend.clock.shift(Date.now() - backend.ctx.now().getTime()));

const login = async (u: (typeof DEMO_USERS)[number]) =>
  (await call("POST", "/api/v3/login/", { body: { username: u.username, password: u.password } })).json.token;
const view = async (n: string, token: string, query = "") =>
  (await call("GET", `/api/v3/policy/${n}/${query}`, { token })).json;
const act = (n: string, action: "suspend" | "reinstate", token: string, version: string | null, body: object) =>
  call("POST", `/api/v3/policy/${n}/${action}/`, {
    token,
    body,
    headers: version === null ? {} : { "if-match": version },
  });
const pdfText = async (n: string, doc: string, token: string) =>
  (
    await new PDFParse({
      data: new Uint8Array((await call("GET", `/api/v3/policy/${n}/${doc}/`, { token })).bytes),
    }).getText()
  ).text.replace(/\s+/g, " ");

describe("suspension and reinstatement", { timeout: 120_000 }, () => {
  it("a supervisor suspends with a reason and reinstates; history, when_at, documents and the pass know it", async () => {
    const supervisor = await login(DEMO_USERS[1]);
    const p = await paidPolicy(backend.url, "suspend@example.com", "Curie");
    const before = await view(p.policyNumber, supervisor);
    expect(before).toMatchObject({ status: "Active", can_suspend: true, can_reinstate: false });
    // The customer never may.
    expect(await view(p.policyNumber, p.token)).toMatchObject({ can_suspend: false, can_reinstate: false });

    const suspended = await act(p.policyNumber, "suspend", supervisor, before.version_id, {
      reason: "Unpaid instalment",
    });
    expect(suspended.status).toBe(200);
    expect(suspended.json).toMatchObject({
      status: "Suspended",
      can_suspend: false,
      can_reinstate: true,
      can_endorse: false,
      can_cancel: false,
      can_renew: false,
      end_date: before.end_date,
    });
    expect(suspended.json.status_logs.at(-1)).toMatchObject({
      status: "Suspended",
      reason_text: "Cover suspended",
      note: "Unpaid instalment",
      updated_by: "Sam Supervisor",
    });
    const customerView = await view(p.policyNumber, p.token);
    expect(customerView).toMatchObject({ status: "Suspended", can_endorse: false, can_renew: false });

    // Endorsing or renewing a suspended policy is refused.
    const endorse = await call("GET", `/api/v3/policy/${p.policyNumber}/endorse/`, { token: supervisor });
    expect(endorse.status).toBe(409);
    const renew = await call("POST", `/api/v3/policy/${p.policyNumber}/renew/`, { token: supervisor });
    expect(renew.status).toBe(409);

    const certificate = await pdfText(p.policyNumber, "coi", p.token);
    expect(certificate).toMatch(/Cover under this policy is suspended from .* \(Unpaid instalment\)/);
    expect(certificate).toContain("not evidence of cover until we reinstate the policy");
    const pass = unzipSync(
      new Uint8Array((await call("GET", `/api/v3/policy/${p.policyNumber}/pass_card/`, { token: p.token })).bytes),
    );
    const passJson = JSON.parse(strFromU8(pass["pass.json"]));
    expect(passJson.generic.headerFields).toEqual([{ key: "cover_state", label: "Cover", value: "Suspended" }]);
    expect(passJson.voided).toBe(false);

    const suspendedAt = suspended.json.status_logs.at(-1).timestamp;
    backend.clock.shift(60_000);
    const reinstated = await act(p.policyNumber, "reinstate", supervisor, suspended.json.version_id, {
      note: "Paid by phone",
    });
    expect(reinstated.json).toMatchObject({ status: "Active", can_suspend: true, can_reinstate: false });
    expect(reinstated.json.status_logs.slice(-2).map((l: { status: string }) => l.status)).toEqual([
      "Suspended",
      "Active",
    ]);
    expect(reinstated.json.status_logs.at(-1)).toMatchObject({
      reason_text: "Cover reinstated",
      note: "Paid by phone",
    });
    // As of a moment during the suspension, the policy was Suspended.
    const then = await view(p.policyNumber, supervisor, `?when_at=${encodeURIComponent(suspendedAt)}`);
    expect(then.status).toBe("Suspended");
    expect(await pdfText(p.policyNumber, "coi", p.token)).not.toContain("suspended");

    const mail = (await call("GET", "/api/v3/dev/outbox/?to=suspend@example.com")).json.emails;
    const subjects = mail.map((e: { subject: string }) => e.subject);
    expect(subjects).toEqual(expect.arrayContaining(["Your cover is suspended", "Your cover is back"]));
  });

  it("refuses the wrong caller (401/403/404), the wrong state (409), a stale or missing version (412/428)", async () => {
    const supervisor = await login(DEMO_USERS[1]);
    const agent = await login(DEMO_USERS[0]);
    const p = await paidPolicy(backend.url, "suspend-refused@example.com", "Noether");
    const v = (await view(p.policyNumber, supervisor)).version_id;
    const body = { reason: "Unpaid instalment" };

    const anonymous = { body, headers: { "if-match": v } };
    expect((await call("POST", `/api/v3/policy/${p.policyNumber}/suspend/`, anonymous)).status).toBe(401);
    expect((await act(p.policyNumber, "suspend", p.token, v, body)).status).toBe(403);
    const byAgent = await act(p.policyNumber, "suspend", agent, v, body);
    expect(byAgent.status).toBe(403);
    expect(byAgent.json.detail).toContain("suspend_policies");
    expect((await act("NOSUCH01", "suspend", supervisor, v, body)).status).toBe(404);
    expect((await act(p.policyNumber, "suspend", supervisor, null, body)).status).toBe(428);
    expect((await act(p.policyNumber, "suspend", supervisor, "stale-version", body)).status).toBe(412);
    const noReason = await act(p.policyNumber, "suspend", supervisor, v, { reason: " " });
    expect(noReason.status).toBe(422);
    expect((await act(p.policyNumber, "reinstate", supervisor, v, {})).status).toBe(409);

    const done = await act(p.policyNumber, "suspend", supervisor, v, body);
    expect(done.status).toBe(200);
    const again = await act(p.policyNumber, "suspend", supervisor, done.json.version_id, body);
    expect(again.status).toBe(409);
    expect(again.json.detail).toContain("Only an active policy can be suspended");
    expect((await act(p.policyNumber, "reinstate", supervisor, v, {})).status).toBe(412);
  });

  it("a suspended policy still expires at its end date", async () => {
    const supervisor = await login(DEMO_USERS[1]);
    const p = await paidPolicy(backend.url, "suspend-expiry@example.com", "Hodgkin");
    const v = (await view(p.policyNumber, supervisor)).version_id;
    await act(p.policyNumber, "suspend", supervisor, v, { reason: "Unpaid instalment" });
    backend.clock.shift(400 * 24 * 60 * 60 * 1000);
    expect(await expireEndedPolicies(backend.ctx)).toBeGreaterThanOrEqual(1);
    const later = await login(DEMO_USERS[1]);
    expect((await view(p.policyNumber, later)).status).toBe("Expired");
  });

  it("the collection job skips a suspended policy's instalments, and takes them once it is reinstated", async () => {
    const a = applicant(backend.url, "bicycle");
    await completeSteps(backend.url, a, "bicycle", { owner: { email: "suspend-monthly@example.com" } });
    await a.post(`/api/v3/policy/${a.state.policyNumber}/confirm/`);
    await a.post(`/api/v3/policy/${a.state.policyNumber}/confirm/`, {
      form: asForm("confirmation", { accurate: true, accept_terms: true }),
    });
    await pay(backend.url, a, "4242 4242 4242 4242", false, "monthly");
    const n = a.state.policyNumber!;
    const supervisor = await login(DEMO_USERS[1]);
    const v = (await view(n, supervisor)).version_id;
    const suspended = await act(n, "suspend", supervisor, v, { reason: "Unpaid instalment" });
    expect(suspended.json.instalment_plan.instalments[1].status).toBe("due");

    const second = suspended.json.instalment_plan.instalments[1].due_date;
    backend.clock.shift(Date.parse(`${second}T01:00:00Z`) - backend.ctx.now().getTime());
    expect(await collectDueInstalments(backend.ctx)).toBe(0);
    const staff = await login(DEMO_USERS[1]);
    const waiting = await view(n, staff);
    expect(waiting.instalment_plan.instalments[1]).toMatchObject({ status: "due", due_date: second });

    await act(n, "reinstate", staff, waiting.version_id, {});
    expect(await collectDueInstalments(backend.ctx)).toBe(1);
    const after = await view(n, staff);
    expect(after.instalment_plan.instalments[1]).toMatchObject({ status: "collected" });
  });
});
