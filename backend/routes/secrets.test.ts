import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";
import { client, type Reply } from "../test/client";
import { day, applicant, completeSteps, latestCode, paidPolicy, pay, validAnswers } from "../test/journeys";
import { seedDemo } from "../demo/seed";
import { DEMO_USERS } from "../demo/accounts";
import { outbox } from "../storage/schema";

let backend: Backend;

beforeAll(async () => {
  backend = await startBackend();
  await seedDemo(backend.ctx);
});
afterAll(() => backend.close());

/** Keys under which the API hands a secret to the one caller it is meant for. */
const issuingKeys = new Set(["token", "quote_token", "customer_token", "signed_policy_number"]);

function issuedSecrets(json: unknown, found: string[] = []): string[] {
  if (Array.isArray(json)) json.forEach((v) => issuedSecrets(v, found));
  else if (json && typeof json === "object") {
    for (const [key, value] of Object.entries(json)) {
      if (issuingKeys.has(key) && typeof value === "string" && value.length >= 16) found.push(value);
      else issuedSecrets(value, found);
    }
  }
  return found;
}

/** Every code and signed link the backend emailed, read from its outbox as only the inbox should see them. */
async function emailedSecrets(): Promise<string[]> {
  const rows = await backend.ctx.db.select().from(outbox);
  return rows.flatMap((r) =>
    [...r.body.matchAll(/\b(\d{6})\b/g)]
      .map((m) => m[1])
      .concat([...r.body.matchAll(/\/continue\/([^\s/]+)/g)].map((m) => m[1])),
  );
}

describe("no secret leaves the API except to the caller it was issued to", () => {
  it("a quote token never reads the verification code sent to the email it typed (the account takeover)", async () => {
    const victim = await paidPolicy(backend.url, "victim@example.com", "Victim");
    const attacker = applicant(backend.url, "travel");
    const [trip, lead] = validAnswers.travel;
    await attacker.submit(trip[0], trip[1]);
    const otp = await attacker.submit(lead[0], { ...lead[1], email: "victim@example.com" });
    expect(otp.json.next_action).toBe("perform_otp");
    const code = await latestCode(backend.url, "victim@example.com");

    const view = await attacker.get(`/api/v3/policy/${attacker.state.policyNumber}/`);
    expect(view.status).toBe(200);
    expect(view.text).not.toContain(code);
    expect(view.json.notification_logs).toEqual([expect.objectContaining({ sent_message: "Verification code sent" })]);
    expect(JSON.stringify(otp.json)).not.toContain(code);
    // The victim's policies stay out of reach: without the code, no customer token.
    const list = await attacker.get("/api/v3/policy/all/");
    expect(list.text).not.toContain(victim.policyNumber);
  });

  it("a whole journey: no response carries a code, token or signature it did not itself issue", async () => {
    const replies: Array<{ label: string; reply: Reply }> = [];
    const record = (label: string, reply: Reply) => (replies.push({ label, reply }), reply);

    const plain = client(backend.url);
    const call: typeof plain = async (method, path, opts) =>
      record(`${method} ${path}`, await plain(method, path, opts));
    const a = applicant(backend.url, "travel", call);
    await completeSteps(backend.url, a, "travel");
    const n = a.state.policyNumber!;
    await pay(backend.url, a);
    for (const path of [
      `/api/v3/policy/${n}/`,
      "/api/v3/policy/all/",
      `/api/v3/policy/${n}/get-form-data/`,
      `/api/v3/policy/${n}/additional-documents/`,
    ]) {
      await a.get(path);
    }

    const supervisor = DEMO_USERS[1];
    const login = await call("POST", "/api/v3/login/", {
      body: { username: supervisor.username, password: supervisor.password },
    });
    const quote = applicant(backend.url, "bicycle", call);
    await quote.submit(validAnswers.bicycle[0][0], validAnswers.bicycle[0][1]);
    await quote.submit(validAnswers.bicycle[1][0], validAnswers.bicycle[1][1]);
    await quote.submit(validAnswers.bicycle[2][0], { ...validAnswers.bicycle[2][1], email: "linked@example.com" });
    const m = quote.state.policyNumber!;
    const link = await call("POST", `/api/v3/policy/${m}/continue-link/`, {
      token: login.json.token,
      body: { send_email: true },
    });
    expect(link.status).toBe(200);
    await call("GET", `/api/v3/policy/continue/${link.json.signed_policy_number}/`);
    for (const path of [
      `/api/v3/policy/${m}/`,
      `/api/v3/policy/${n}/`,
      `/api/v3/policy/${n}/history/`,
      "/api/v3/policy/all/",
    ]) {
      await call("GET", path, { token: login.json.token });
    }
    await call("GET", `/api/v3/policy/${m}/`, { quoteToken: quote.state.quoteToken });

    const issuedBy = new Map<string, number>();
    replies.forEach(
      ({ reply }, i) => reply.json && issuedSecrets(reply.json).forEach((s) => issuedBy.has(s) || issuedBy.set(s, i)),
    );
    const secrets = [...new Set([...issuedBy.keys(), ...(await emailedSecrets())])];
    expect(secrets.length).toBeGreaterThan(6);
    const json = replies.filter(({ reply }) => reply.json !== null);
    expect(json.length).toBeGreaterThan(20);
    for (const [i, { label, reply }] of replies.entries()) {
      if (reply.json === null) continue;
      for (const secret of secrets) {
        if (issuedBy.get(secret) === i) continue;
        expect
          .soft(
            reply.text.includes(secret),
            `${label} carries ${secret.slice(0, 4)}… (${reply.text.slice(Math.max(0, reply.text.indexOf(secret) - 60), reply.text.indexOf(secret))})`,
          )
          .toBe(false);
      }
    }
  });

  it("a customer sees who changed their policy as 'Our team', never a member of staff's name; staff see the name", async () => {
    const call = client(backend.url);
    const customer = await paidPolicy(backend.url, "cancelled@example.com", "Cancelled");
    const supervisor = DEMO_USERS[1];
    const staff = (
      await call("POST", "/api/v3/login/", { body: { username: supervisor.username, password: supervisor.password } })
    ).json;
    const before = await call("GET", `/api/v3/policy/${customer.policyNumber}/`, { token: staff.token });
    const cancel = await call("POST", `/api/v3/policy/${customer.policyNumber}/cancel/`, {
      token: staff.token,
      headers: { "if-match": `"${before.json.version_id}"` },
      body: { cancellation_reason: "Sold the bike", termination_date: day("+30d") },
    });
    expect(cancel.status).toBe(200);
    const seen = await call("GET", `/api/v3/policy/${customer.policyNumber}/`, { token: customer.token });
    expect(seen.text).not.toContain(staff.user.name);
    expect(seen.json.status_logs.at(-1)).toMatchObject({ status: "Cancelled", updated_by: "Our team" });
    expect(seen.json.status_logs[0].updated_by).toBe("Applicant");
    const asStaff = await call("GET", `/api/v3/policy/${customer.policyNumber}/`, { token: staff.token });
    expect(asStaff.json.status_logs.at(-1).updated_by).toBe(staff.user.name);
  });
});
