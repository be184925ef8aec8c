import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startBackend, type Backend } from "@/backend/test/harness";
import { asForm, validAnswers } from "@/backend/test/journeys";
import { proxy } from "./proxy";
import type { Session } from "./session";

// The web app's proxy in front of the real Policy API: a double click (or a retried request) sent with one key.
let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
  Object.assign(process.env, {
    POLICY_API_URL: backend.url,
    SESSION_SECRET: "s".repeat(40),
    UPSTREAM_TIMEOUT_MS: "20000",
  });
});
afterAll(() => backend.close());

const session = () => ({ quotes: {}, async save() {}, destroy() {} }) as unknown as Session;
const submit = (key: string) =>
  new Request("http://app.test/api/v3/policy/submit/bicycle", {
    method: "POST",
    headers: { origin: "http://app.test", "content-type": "application/json", "idempotency-key": key },
    body: JSON.stringify({ policy_number: null, form: asForm("bike", validAnswers.bicycle[0][1]) }),
  });

it("50 identical first steps through the web app's proxy under one Idempotency-Key make one quote", async () => {
  const count = async () => Number((await backend.ctx.db.execute(sql`SELECT count(*) AS n FROM policies`)).rows[0].n);
  const before = await count();
  const key = randomUUID();
  const replies = await Promise.all(Array.from({ length: 50 }, () => proxy(submit(key), session())));
  const statuses = replies.map((r) => r.status);
  expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
  expect(await count()).toBe(before + 1);
  const again = await proxy(submit(key), session());
  expect(again.status).toBe(200);
  const numbers = new Set([
    (await again.json()).policy_number,
    ...(await Promise.all(replies.filter((r) => r.status === 200).map(async (r) => (await r.json()).policy_number))),
  ]);
  expect(numbers.size).toBe(1);
});
