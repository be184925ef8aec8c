import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { startBackend, type Backend } from "../test/harness";
import { outbox } from "../storage/schema";
import { queueEmail } from "./outbox";
import { issueCode } from "../security/otp";
import { MAX_ATTEMPTS, purgeSentSecrets, REDACTED_BODY, retryStuckEmails } from "./outbox-recovery";
import { deliverQueued } from "./sender";

const MINUTE = 60 * 1000;
let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(() => backend.close());

const row = async (id: string) => (await backend.ctx.db.select().from(outbox).where(eq(outbox.id, id)))[0];
const email = (kind = "policy_update") =>
  queueEmail(backend.ctx, { to: "someone@example.com", subject: "Hello", body: "Body", kind });

describe("outbox after a crash", () => {
  it("retries rows a sender left sending, and gives up after repeated crashes", async () => {
    const db = backend.ctx.db;
    const crashed = await email();
    const giveUp = await email();
    const fresh = await email();
    const then = new Date(backend.ctx.now().getTime() - 10 * MINUTE).toISOString();
    await db.update(outbox).set({ status: "sending", claimedAt: then, attempts: 1 }).where(eq(outbox.id, crashed));
    await db
      .update(outbox)
      .set({ status: "sending", claimedAt: then, attempts: MAX_ATTEMPTS })
      .where(eq(outbox.id, giveUp));
    await db
      .update(outbox)
      .set({ status: "sending", claimedAt: backend.ctx.now().toISOString(), attempts: 1 })
      .where(eq(outbox.id, fresh));
    expect(await retryStuckEmails(backend.ctx)).toBe(1);
    expect((await row(crashed)).status).toBe("queued");
    expect((await row(giveUp)).status).toMatch(/^failed: gave up/);
    expect((await row(fresh)).status).toBe("sending");
    await deliverQueued(backend.ctx, null);
    expect((await row(crashed)).status).toBe("not sent (no SMTP configured)");
    expect((await row(crashed)).attempts).toBe(2);
  });
});

describe("codes leave the outbox once sent or expired", () => {
  it("blanks a sent code at once and an unsent one when it expires; other emails keep their body", async () => {
    const db = backend.ctx.db;
    await db.delete(outbox);
    await issueCode(backend.ctx, { purpose: "sign_in", email: "sent@example.com" });
    await issueCode(backend.ctx, { purpose: "sign_in", email: "waiting@example.com" });
    const other = await email();
    await db.update(outbox).set({ status: "sent" }).where(eq(outbox.toAddress, "sent@example.com"));
    expect(await purgeSentSecrets(backend.ctx)).toBe(1);
    const bodies = async () => Object.fromEntries((await db.select().from(outbox)).map((r) => [r.toAddress, r.body]));
    expect((await bodies())["sent@example.com"]).toBe(REDACTED_BODY);
    expect((await bodies())["waiting@example.com"]).toMatch(/\d{6}/);
    backend.clock.shift(11 * MINUTE);
    expect(await purgeSentSecrets(backend.ctx)).toBe(1);
    expect((await bodies())["waiting@example.com"]).toBe(REDACTED_BODY);
    expect((await row(other)).body).toBe("Body");
    expect(JSON.stringify(await db.select().from(outbox))).not.toMatch(/\b\d{6}\b/);
  });
});
