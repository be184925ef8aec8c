import { afterEach, describe, expect, it } from "vitest";
import { randomInt } from "node:crypto";
import { like } from "drizzle-orm";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { rateCounters } from "../storage/schema";

const started: Backend[] = [];
const start = async (env: Record<string, string>, opts?: { databaseUrl?: string }) => {
  const b = await startBackend(env, opts);
  started.unshift(b);
  return b;
};
afterEach(async () => {
  for (const b of started.splice(0)) await b.close();
});

/** A quote step from `client` as the web app forwards it; an empty body is the cheapest counted call. */
const step = (b: Backend, clientAddress?: string) =>
  client(b.url)("POST", "/api/v3/policy/submit/bicycle/", {
    headers: clientAddress ? { "x-forwarded-for": clientAddress } : {},
  }).then((r) => r.status);

// Each test starts its own API instances (a PGlite start is slow on a busy machine).
describe("per-address limits count people, in the database", { timeout: 120_000 }, () => {
  it("key on the client address the trusted web app forwards, in rate_counters where instances share it", async () => {
    const b = await start({ QUOTE_RATE_LIMIT: "3" });
    const first = [];
    for (let i = 0; i < 4; i++) first.push(await step(b, "203.0.113.5"));
    expect(first).toEqual([200, 200, 200, 429]);
    expect(await step(b, "203.0.113.6")).toBe(200);
    const rows = () => b.ctx.db.select().from(rateCounters).where(like(rateCounters.key, "%203.0.113.5"));
    // Written within a moment; the embedded database is this process's alone, and its limits count in memory.
    await expect.poll(async () => (await rows()).map((r) => r.hits)).toEqual(b.ctx.dbKind === "postgres" ? [4] : []);
  });

  it("start a new window once the last has ended, and say when it ends", async () => {
    const b = await start({ QUOTE_RATE_LIMIT: "2" });
    const at = (address: string) =>
      client(b.url)("POST", "/api/v3/policy/submit/bicycle/", { headers: { "x-forwarded-for": address } });
    expect([(await at("203.0.113.9")).status, (await at("203.0.113.9")).status]).toEqual([200, 200]);
    b.clock.shift(30_000);
    const refused = await at("203.0.113.9");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(25);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(30);
    b.clock.shift(30_000);
    expect((await at("203.0.113.9")).status).toBe(200);
  });

  it("ignore X-Forwarded-For from an address that isn't the web app's", async () => {
    const b = await start({ QUOTE_RATE_LIMIT: "2", TRUST_PROXY: "10.9.9.9" });
    const statuses = [await step(b, "198.51.100.1"), await step(b, "198.51.100.2"), await step(b, "198.51.100.3")];
    expect(statuses).toEqual([200, 200, 429]);
  });

  const withPostgres = !!process.env.TEST_DATABASE_URL;
  it.skipIf(!withPostgres)("are shared by two API instances over one PostgreSQL database", async () => {
    const one = await start({ QUOTE_RATE_LIMIT: "4" });
    const two = await start({ QUOTE_RATE_LIMIT: "4" }, { databaseUrl: one.databaseUrl });
    // Each instance writes its hits within 50 ms, and asks again for a count it last heard over 100 ms ago.
    const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
    const statuses = [];
    for (const instance of [one, two, one, two]) {
      statuses.push(await step(instance, "192.0.2.7"));
      await settle();
    }
    expect(statuses).toEqual([200, 200, 200, 200]);
    expect(await step(one, "192.0.2.7")).toBe(429);
    await settle();
    expect(await step(two, "192.0.2.7")).toBe(429);
    expect(await step(two, "192.0.2.8")).toBe(200);
  });

  it("are shared through Redis when REDIS_URL is set", async (t) => {
    const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
    if (!(await redisAnswers(redisUrl))) return t.skip(`no Redis at ${redisUrl}`);
    const one = await start({ QUOTE_RATE_LIMIT: "3", REDIS_URL: redisUrl });
    const two = await start({ QUOTE_RATE_LIMIT: "3", REDIS_URL: redisUrl });
    // A random address: other test runs may share this Redis.
    const address = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
    expect([await step(one, address), await step(two, address), await step(one, address)]).toEqual([200, 200, 200]);
    expect(await step(two, address)).toBe(429);
    expect(
      await one.ctx.db
        .select()
        .from(rateCounters)
        .where(like(rateCounters.key, `%${address}`)),
    ).toEqual([]);
  });
});

async function redisAnswers(url: string) {
  const { Redis } = await import("ioredis");
  const options = { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null };
  const redis = new Redis(url, options);
  try {
    await redis.connect();
    return (await redis.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}
