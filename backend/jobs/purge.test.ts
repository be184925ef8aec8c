import { afterAll, beforeAll, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { startBackend, type Backend } from "../test/harness";
import { applicant, paidPolicy, png, validAnswers } from "../test/journeys";
import { attachments, policies } from "../storage/schema";
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
