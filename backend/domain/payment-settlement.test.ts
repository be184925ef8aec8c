import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { startBackend, type Backend } from "../test/harness";
import { applicant, asForm, completeSteps, type Applicant } from "../test/journeys";
import { listVersions } from "../storage/policies";
import { settleStuckPayments } from "./payments";

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(() => backend.close());

/** A confirmed bicycle quote paid on the sandbox page; returns the process path the gateway sends back to. */
async function paidOnGateway(email: string, card = "4242 4242 4242 4242") {
  const a = applicant(backend.url, "bicycle");
  await completeSteps(backend.url, a, "bicycle", { owner: { email } });
  await a.post(`/api/v3/policy/${a.state.policyNumber}/confirm/`);
  await a.post(`/api/v3/policy/${a.state.policyNumber}/confirm/`, {
    form: asForm("confirmation", { accurate: true, accept_terms: true }),
  });
  const body = {
    policy_number: a.state.policyNumber,
    payment_mode: "annual",
    return_url: "http://127.0.0.1:3999/quote/done",
  };
  const token = await a.post("/api/v3/payment/token/", body);
  const page = await a.call("POST", new URL(token.json.redirect_url).pathname, {
    raw: new URLSearchParams({ card_number: card, expiry: "12/39", cvc: "123", name: "A Customer" }).toString(),
    contentType: "application/x-www-form-urlencoded",
  });
  return { a, processPath: page.headers.get("location")! };
}

const view = async (a: Applicant) => (await a.get(`/api/v3/policy/${a.state.policyNumber}/`)).json;
const outcome = async (a: Applicant, processPath: string) =>
  new URL((await a.call("GET", processPath)).headers.get("location")!).searchParams.get("payment");
const shift = () => backend.clock.shift(3 * 60 * 1000);

describe("payment settlement", () => {
  it("is one transaction: a failure half-way changes nothing, shows processing, and the sweeper settles it", async () => {
    const { a, processPath } = await paidOnGateway("atomic@example.com");
    const db = backend.ctx.db;
    await db.execute(
      sql`CREATE FUNCTION refuse_mail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'mail store down'; END $$`,
    );
    await db.execute(
      sql`CREATE TRIGGER refuse_mail BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION refuse_mail()`,
    );
    try {
      expect(await outcome(a, processPath)).toBe("processing");
      const during = await view(a);
      expect(during.status).toBe("Quoted");
      expect(during.payments.map((p: { status: string }) => p.status)).toEqual(["Payment processing"]);
      expect((await listVersions(db, a.state.policyNumber!)).map((v) => v.status)).not.toContain("S_ACTIVE");
      expect(await outcome(a, processPath)).toBe("processing");
    } finally {
      await db.execute(sql`DROP TRIGGER refuse_mail ON outbox`);
      await db.execute(sql`DROP FUNCTION refuse_mail()`);
    }
    shift();
    expect(await settleStuckPayments(backend.ctx)).toBe(1);
    const after = await view(a);
    expect(after.status).toBe("Active");
    expect(after.payments.map((p: { status: string }) => p.status)).toEqual(["Payment succeeded"]);
    expect(after.notification_logs.map((n: { note_type: string }) => n.note_type)).toContain("policy_issued");
    expect(await outcome(a, processPath)).toBe("succeeded");
    expect(await settleStuckPayments(backend.ctx)).toBe(0);
  });

  it("settles a payment whose customer never came back from the gateway", async () => {
    const { a } = await paidOnGateway("lost-redirect@example.com");
    expect(await settleStuckPayments(backend.ctx)).toBe(0);
    shift();
    expect(await settleStuckPayments(backend.ctx)).toBe(1);
    expect((await view(a)).status).toBe("Active");
  });

  it("issues the policy once when the gateway's return is processed several times at once", async () => {
    const { a, processPath } = await paidOnGateway("concurrent@example.com");
    const outcomes = await Promise.all([1, 2, 3, 4].map(() => outcome(a, processPath)));
    expect(outcomes.every((o) => o === "succeeded" || o === "processing")).toBe(true);
    expect(await outcome(a, processPath)).toBe("succeeded");
    const versions = await listVersions(backend.ctx.db, a.state.policyNumber!);
    expect(versions.filter((v) => v.status === "S_ACTIVE")).toHaveLength(1);
  });
});
