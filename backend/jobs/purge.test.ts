import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { startBackend, type Backend } from "../test/harness";
import { applicant, paidPolicy, png, validAnswers } from "../test/journeys";
import { attachments, outbox, policies, policyVersions } from "../storage/schema";
import { STATUS } from "../../contract/lifecycle";
import { backgroundJobs, JOB } from "./registry";
import { purgeExpired } from "./purge";

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(() => backend.close());

const rows = async (table: string) =>
  Number((await backend.ctx.db.execute(sql.raw(`SELECT count(*) AS n FROM ${table}`))).rows[0].n);

it("removes quotes untouched for 30 days (and their files) and codes a day past expiry; bought ones stay", async () => {
  const bought = await paidPolicy(backend.url, "purge@example.com", "Pauling");
  const draft = applicant(backend.url, "home-contents");
  await draft.submit("property", validAnswers["home-contents"][0][1]);
  const up = await draft.upload("photos", "image/png", await png(), "p.png");
  const [file] = await backend.ctx.db.select().from(attachments).where(eq(attachments.ref, up.json.file_reference));
  expect(await backend.ctx.files.get(file.storageKey)).not.toBeNull();
  expect(await purgeExpired(backend.ctx)).toEqual({ codes: 0, idempotencyKeys: 0, drafts: 0 });

  backend.clock.shift(31 * 24 * 60 * 60 * 1000);
  try {
    const purged = await purgeExpired(backend.ctx);
    expect(purged.drafts).toBe(1);
    expect(purged.codes).toBeGreaterThan(0);
    expect(await backend.ctx.files.get(file.storageKey)).toBeNull();
    expect((await draft.get(`/api/v3/policy/${draft.state.policyNumber}/`)).status).toBe(404);
    // A month on, the buyer's tokens have expired too, so the bought policy is checked in the database.
    const kept = await backend.ctx.db.select().from(policies).where(eq(policies.policyNumber, bought.policyNumber));
    expect(kept).toHaveLength(1);
    expect(await rows("otp_codes")).toBe(0);
  } finally {
    backend.clock.shift(-31 * 24 * 60 * 60 * 1000);
  }
});

describe("RETENTION_DAYS: quotes not taken up are deleted that long after their last change", () => {
  let short: Backend;
  beforeAll(async () => {
    short = await startBackend({ RETENTION_DAYS: "7" });
  });
  afterAll(() => short.close());

  const DAY = 24 * 60 * 60 * 1000;
  const statusOf = async (n: string) =>
    (await short.ctx.db.select().from(policies).where(eq(policies.policyNumber, n)))[0]?.status ?? "deleted";

  async function quoteAt(status: string, email: string) {
    const a = applicant(short.url, "home-contents");
    await a.submit("property", validAnswers["home-contents"][0][1]);
    const up = await a.upload("photos", "image/png", await png(), "p.png");
    const [file] = await short.ctx.db.select().from(attachments).where(eq(attachments.ref, up.json.file_reference));
    // An email about the quote (a continue link) names the person too.
    expect((await a.post(`/api/v3/policy/${a.state.policyNumber}/email-continue-link/`, { email })).status).toBe(200);
    const row = (await short.ctx.stores.policies.get(a.state.policyNumber!))!;
    if (status !== row.status)
      await short.ctx.stores.policies.update(
        row,
        { status: status as typeof row.status },
        { by: "test", at: short.ctx.now().toISOString() },
      );
    return { n: a.state.policyNumber!, key: file.storageKey };
  }

  it("open and declined quotes go with their files and emails; bought and referred ones stay", async () => {
    const bought = await paidPolicy(short.url, "kept@example.com", "Kept");
    const open = await quoteAt(STATUS.new, "open@example.com");
    const quoted = await quoteAt(STATUS.quoted, "quoted@example.com");
    const declined = await quoteAt(STATUS.declined, "declined@example.com");
    const referred = await quoteAt(STATUS.pendingApproval, "referred@example.com");

    // Six days on: within the retention period, nothing goes.
    short.clock.shift(6 * DAY);
    try {
      expect((await purgeExpired(short.ctx)).drafts).toBe(0);
    } finally {
      short.clock.shift(-6 * DAY);
    }
    short.clock.shift(8 * DAY);
    try {
      expect((await purgeExpired(short.ctx)).drafts).toBe(3);
      for (const gone of [open, quoted, declined]) {
        expect(await statusOf(gone.n)).toBe("deleted");
        expect(await short.ctx.files.get(gone.key)).toBeNull();
        expect(await short.ctx.db.select().from(outbox).where(eq(outbox.policyNumber, gone.n))).toHaveLength(0);
        expect(
          await short.ctx.db.select().from(policyVersions).where(eq(policyVersions.policyNumber, gone.n)),
        ).toHaveLength(0);
      }
      expect(await statusOf(referred.n)).toBe(STATUS.pendingApproval);
      expect(await short.ctx.files.get(referred.key)).not.toBeNull();
      expect(await statusOf(bought.policyNumber)).toBe(STATUS.active);
      expect(
        await short.ctx.db.select().from(outbox).where(eq(outbox.policyNumber, bought.policyNumber)),
      ).not.toHaveLength(0);
      // Run again (a retry after a failure): nothing more to do.
      expect((await purgeExpired(short.ctx)).drafts).toBe(0);
    } finally {
      short.clock.shift(-8 * DAY);
    }
  });

  it("is one of the registry's daily jobs", () => {
    const job = backgroundJobs({ SMTP_URL: undefined }).find((j) => j.name === JOB.purgeExpired)!;
    expect(job.cron).toMatch(/^\d+ \d+ \* \* \*$/);
  });
});
