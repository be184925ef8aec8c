import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { applicant, completeSteps, latestCode, pay, validAnswers, type Applicant } from "../test/journeys";
import { seedDemo } from "../demo/seed";
import { DEMO_USERS } from "../demo/accounts";
import { continueLink } from "../domain/actions/continue-link";

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

type Email = { subject: string; body: string; kind: string; policy_number: string | null };
const inbox = async (to: string): Promise<Email[]> =>
  (await call("GET", `/api/v3/dev/outbox/?to=${encodeURIComponent(to)}`)).json.emails;
const unique = (who: string) => `${who}.${Math.random().toString(36).slice(2, 8)}@example.com`;

/** Plain English: no raw code, no null or undefined standing in for a name or date. */
function expectPlainEnglish(email: Email) {
  expect(`${email.subject}\n${email.body}`).not.toMatch(/\bnull\b|\bundefined\b|\bS_[A-Z_]+\b|\d{4}-\d{2}-\d{2}T/);
}

/** A bicycle with three claims, answered up to (and including) its owner step. */
async function referredBike(email: string) {
  const a = applicant(backend.url, "bicycle");
  const first = await a.submit("bike", { ...validAnswers.bicycle[0][1], claims: 3 });
  const reply = await completeSteps(backend.url, a, "bicycle", { bike: { claims: 3 }, owner: { email } });
  return { a, first, reply };
}

const decide = (n: string, decision: "approve" | "decline", note?: string) =>
  call("POST", `/api/v3/policy/${n}/referral/`, { token: supervisor, body: { decision, ...(note ? { note } : {}) } });

describe("a referral waits until we can reach the applicant", () => {
  it("bicycle: three claims go on to the owner step, then refer with a name and an email, and email them", async () => {
    const email = unique("grace");
    const { a, first, reply } = await referredBike(email);
    expect(first.json).toMatchObject({ next_action: "continue", policy_status: "New" });
    expect(first.json.form.form_id).toBe("quote");
    expect(reply.json).toMatchObject({ next_action: "referred", policy_status: "Pending-approval" });
    const masked = email.replace(/^(.)[^@]*/, (_, c: string) => `${c}••••••`);
    expect(reply.json.description.content).toContain(`We've emailed you at ${masked}`);
    const n = a.state.policyNumber!;
    const view = (await call("GET", `/api/v3/policy/${n}/`, { token: supervisor })).json;
    expect(view).toMatchObject({ customer_name: "Grace Hopper", status: "Pending-approval" });
    expect(view.notification_logs.map((l: { description?: string }) => JSON.stringify(l)).join()).toContain(
      "Application received for review",
    );
    const [sent] = await inbox(email);
    expect(sent).toMatchObject({ kind: "referral_received", policy_number: n });
    expect(sent.subject).toBe(`We have your Bicycle insurance application ${n}`);
    expect(sent.body).toContain("Hello Grace,");
    expect(sent.body).toContain("Because of your claims history");
    expect(sent.body).toContain("What happens next: we will email you");
    expectPlainEnglish(sent);
  });

  it("travel: a medical condition goes on to the lead traveller and the code, then refers (still signed in)", async () => {
    const email = unique("ada");
    const a = applicant(backend.url, "travel");
    const trip = await a.submit("trip", { ...validAnswers.travel[0][1], medical_conditions: "yes" });
    expect(trip.json).toMatchObject({ next_action: "continue" });
    expect(trip.json.form.form_id).toBe("lead-traveller");
    const lead = await a.submit("lead-traveller", { ...validAnswers.travel[1][1], email });
    expect(lead.json.next_action).toBe("perform_otp");
    const referred = await a.submit("otp", { code: await latestCode(backend.url, email) });
    expect(referred.json).toMatchObject({ next_action: "referred", policy_status: "Pending-approval" });
    expect(referred.json.customer_token).toEqual(expect.any(String));
    expect(referred.json.description.content).toContain("We've emailed you at a");
    const [sent] = await inbox(email);
    expect(sent.kind).toBe("referral_received");
    expect(sent.body).toContain("Hello Ada,");
    expect(sent.body).toContain(`Travel insurance. Your reference is ${a.state.policyNumber}.`);
    expectPlainEnglish(sent);
  });
});

describe("the underwriter's decision", () => {
  it("approve: the email's signed link opens the quote on a fresh client, which finishes and pays", async () => {
    const email = unique("approve");
    const { a } = await referredBike(email);
    const n = a.state.policyNumber!;
    expect((await decide(n, "approve")).json.status).toBe("Quoted");
    const [sent] = await inbox(email);
    expect(sent).toMatchObject({ kind: "referral_approved", policy_number: n });
    expect(sent.subject).toBe(`Good news about your Bicycle insurance application ${n}`);
    expect(sent.body).toContain("Hello Grace,");
    expect(sent.body).toMatch(/The link works until \d{1,2} [A-Z][a-z]+ \d{4}\./);
    expectPlainEnglish(sent);
    const url = /https?:\/\/\S+\/continue\/(\S+)/.exec(sent.body);
    expect(url).not.toBeNull();

    // Another device: no quote token, no customer token, only the link.
    const elsewhere: Applicant = applicant(backend.url, "bicycle");
    expect((await elsewhere.get(`/api/v3/policy/${n}/`)).status).toBe(401);
    const opened = await elsewhere.get(`/api/v3/policy/continue/${url![1]}/`);
    expect(opened.status).toBe(200);
    expect(opened.json).toMatchObject({ policy_number: n, next_action: "complete", product_slug: "bicycle" });
    elsewhere.state.policyNumber = n;
    elsewhere.state.quoteToken = opened.json.quote_token;
    expect((await pay(backend.url, elsewhere)).location.searchParams.get("payment")).toBe("succeeded");
    expect((await call("GET", `/api/v3/policy/${n}/`, { token: supervisor })).json.status).toBe("Active");
  });

  it("approve (travel): the link reopens the quote at the step after the code, on a fresh client", async () => {
    const email = unique("lovelace");
    const a = applicant(backend.url, "travel");
    await a.submit("trip", { ...validAnswers.travel[0][1], medical_conditions: "yes" });
    await a.submit("lead-traveller", { ...validAnswers.travel[1][1], email });
    await a.submit("otp", { code: await latestCode(backend.url, email) });
    const n = a.state.policyNumber!;
    expect((await decide(n, "approve")).json.status).toBe("New");
    const signed = /\/continue\/(\S+)/.exec((await inbox(email))[0].body)![1];
    const opened = await applicant(backend.url, "travel").get(`/api/v3/policy/continue/${signed}/`);
    expect(opened.json).toMatchObject({ policy_number: n, next_action: "continue", policy_status: "New" });
    expect(opened.json.form.form_id).toBe("travellers");
  });

  it("decline: closed for good as Declined, emailed, and nothing can continue, change or buy it", async () => {
    const email = unique("decline");
    const { a } = await referredBike(email);
    const n = a.state.policyNumber!;
    // A link made while the quote was open (before the referral) must die with the decline.
    const oldLink = await continueLink(backend.ctx, n, null);
    const declined = await decide(n, "decline", "We can't cover bikes with this many recent claims.");
    expect(declined.status).toBe(200);
    expect(declined.json).toMatchObject({ status: "Declined", can_cancel: false, can_renew: false });

    const [sent] = await inbox(email);
    expect(sent).toMatchObject({ kind: "referral_declined", policy_number: n });
    expect(sent.subject).toBe(`About your Bicycle insurance application ${n}`);
    expect(sent.body).toContain("Hello Grace,");
    expect(sent.body).toContain("We can't cover bikes with this many recent claims.");
    expect(sent.body).toContain("This application is now closed and can't be continued");
    expect(sent.body).not.toContain("/continue/");
    expectPlainEnglish(sent);

    const link = await call("POST", `/api/v3/policy/${n}/continue-link/`, { token: supervisor, body: {} });
    expect(link.status).toBe(404);
    expect(link.json.detail).toMatch(/no longer open/);
    expect((await call("GET", `/api/v3/policy/continue/${oldLink.signed_policy_number}/`)).status).toBe(404);
    expect((await a.post(`/api/v3/policy/${n}/confirm/`)).status).toBe(409);
    expect((await a.submit("bike", validAnswers.bicycle[0][1])).status).toBe(409);
    expect((await decide(n, "approve")).status).toBe(409);
    // Nor can it be copied into a new quote that skips the underwriter (and then into a continue link).
    const copy = await call("POST", `/api/v3/policy/${n}/copy/`, { token: supervisor });
    expect(copy.status).toBe(409);
    expect(copy.json.detail).toMatch(/declined, so it can't be copied/);
    const state = await a.get(`/api/v3/policy/submit/bicycle/?policy_number=${n}`);
    expect(state.json).toMatchObject({ next_action: "rejected", policy_status: "Declined" });
    expect(state.json.description.content).toContain("We can't cover bikes with this many recent claims.");
    const declinedList = await call("GET", "/api/v3/policy/all/?status=S_DECLINED&per_page=1000", { token: agent });
    expect(declinedList.status).toBe(200);
    const supervisorList = await call("GET", "/api/v3/policy/all/?status=S_DECLINED&per_page=1000", {
      token: supervisor,
    });
    expect(supervisorList.json.policies.map((p: { policy_number: string }) => p.policy_number)).toContain(n);
  });

  it("a declined rule (not a referral) is Declined too, and no continue link is made for it", async () => {
    const a = applicant(backend.url, "bicycle");
    const reply = await a.submit("bike", { ...validAnswers.bicycle[0][1], value: "20000.00" });
    expect(reply.json).toMatchObject({ next_action: "rejected", policy_status: "Declined" });
    const n = a.state.policyNumber!;
    const link = await call("POST", `/api/v3/policy/${n}/continue-link/`, { token: supervisor, body: {} });
    expect(link.status).toBe(404);
  });

  it("a copy of a referred application can't be bought without an underwriter: its last step refers it", async () => {
    const email = unique("copy");
    const { a } = await referredBike(email);
    const copy = await call("POST", `/api/v3/policy/${a.state.policyNumber}/copy/`, { token: supervisor });
    expect(copy.json).toMatchObject({ policy_number: expect.any(String), quote_token: expect.any(String) });
    const b = applicant(backend.url, "bicycle");
    b.state.policyNumber = copy.json.policy_number;
    b.state.quoteToken = copy.json.quote_token;
    const state = await b.get(`/api/v3/policy/submit/bicycle/?policy_number=${b.state.policyNumber}`);
    expect(state.json).toMatchObject({ next_action: "continue", policy_status: "New" });
    expect(state.json.form.form_id).toBe("owner");
    expect((await b.post(`/api/v3/policy/${b.state.policyNumber}/confirm/`)).status).toBe(409);
    const owner = await b.submit("owner", { ...validAnswers.bicycle[2][1], email });
    expect(owner.json).toMatchObject({ next_action: "referred", policy_status: "Pending-approval" });
  });
});
