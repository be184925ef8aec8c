import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { seedDemo } from "../demo/seed";
import { DEMO_USERS } from "../demo/accounts";
import { bulkSeed } from "../demo/bulk-seed";
import { COUNT_CAP } from "../domain/stores";

const SEEDED = COUNT_CAP + 40;
let backend: Backend;
let search: (body: object) => ReturnType<ReturnType<typeof client>>;
let total: number;

beforeAll(async () => {
  backend = await startBackend();
  await bulkSeed(backend.ctx.db, SEEDED);
  await seedDemo(backend.ctx);
  const call = client(backend.url);
  const sup = DEMO_USERS[1];
  const token = (await call("POST", "/api/v3/login/", { body: { username: sup.username, password: sup.password } }))
    .json.token;
  search = (body) => call("POST", "/api/v3/policy/all/", { token, body });
  total = (await search({ exact_count: true, per_page: 1 })).json.policies_count;
}, 180_000);
afterAll(() => backend.close());

const numbers = (reply: { json: { policies: Array<{ policy_number: string }> } }) =>
  reply.json.policies.map((p) => p.policy_number);

describe("the count beside a page", () => {
  it("is exact up to the cap, and the database's estimate, marked so, beyond it", async () => {
    expect(total).toBeGreaterThan(COUNT_CAP);
    const capped = await search({ per_page: 10 });
    expect(capped.status).toBe(200);
    expect(capped.json.policies_count_estimated).toBe(true);
    expect(capped.json.policies_count).toBeGreaterThan(COUNT_CAP);
    // A search with fewer matches than the cap is counted exactly, with no mark.
    const few = await search({
      search_terms: [{ column: "policy_number", operation: "contains", values: ["B000000"] }],
    });
    expect(few.json.policies_count).toBe(9);
    expect(few.json.policies_count_estimated).toBeUndefined();
    expect((await search({ no_count: true })).json.policies_count).toBeUndefined();
  });
});

describe("product search", () => {
  it("finds a product by its slug (over the product's index)", async () => {
    const term = { column: "product_slug", operation: "equals", values: ["bicycle"] };
    const reply = await search({ search_terms: [term], exact_count: true, per_page: 50 });
    expect(reply.json.policies_count).toBeGreaterThan(SEEDED / 3 - 1);
    // Plus the demo's bicycles: two policies and the renewal its invitation started.
    expect(reply.json.policies_count).toBeLessThan(SEEDED / 3 + 4);
    expect(reply.json.policies.every((p: { product_slug: string }) => p.product_slug === "bicycle")).toBe(true);
  });
});

describe("keyset pages (next_cursor)", () => {
  for (const ordering of ["-created_on", "customer_name", "-end_date", "status"]) {
    it(`the cursor's page is the next page, ordered by ${ordering}`, async () => {
      const first = await search({ ordering, per_page: 25, no_count: true });
      const second = await search({ ordering, per_page: 25, page: 2, no_count: true });
      expect(first.json.next_cursor).toEqual(expect.any(String));
      const byCursor = await search({ ordering, per_page: 25, cursor: first.json.next_cursor, no_count: true });
      expect(byCursor.status).toBe(200);
      expect(numbers(byCursor)).toEqual(numbers(second));
    });
  }

  // Some start dates left empty: a NULL's place is last ascending, first descending, on every page.
  for (const ordering of ["-created_on", "start_date", "-start_date"]) {
    it(`walks to the last page and back to the first, ordered by ${ordering}`, async () => {
      await backend.ctx.db.execute(
        sql`UPDATE policies SET start_date = NULL WHERE policy_number IN ('B0000101', 'B0000150', 'B0000103')`,
      );
      const term = [{ column: "policy_number", operation: "contains", values: ["B00001"] }];
      const body = { search_terms: term, per_page: 7, no_count: true, ordering };
      const expected = numbers(await search({ ...body, per_page: 1000 }));
      const pages: string[][] = [];
      let cursor: string | undefined;
      for (let i = 0; i < 20; i++) {
        const page = await search({ ...body, ...(cursor ? { cursor } : {}) });
        pages.push(numbers(page));
        cursor = page.json.next_cursor;
        if (!cursor) {
          cursor = page.json.previous_cursor;
          break;
        }
      }
      expect(pages.flat()).toEqual(expected);
      for (let i = pages.length - 2; i >= 0; i--) {
        const page = await search({ ...body, cursor });
        expect(numbers(page)).toEqual(pages[i]);
        cursor = page.json.previous_cursor;
      }
      // The first page came back full, so the API could not tell it was the first: going further gives nothing.
      if (cursor) expect(numbers(await search({ ...body, cursor }))).toEqual([]);
    });
  }

  for (const ordering of ["-created_on", "customer_name", "-end_date"]) {
    it(`the previous cursor's page is the page before, ordered by ${ordering}`, async () => {
      const at = (page: number) => search({ ordering, per_page: 25, page, no_count: true });
      const [first, second, third] = await Promise.all([at(1), at(2), at(3)]);
      expect(first.json.previous_cursor).toBeUndefined();
      const cursor = (c: string) => search({ ordering, per_page: 25, cursor: c, no_count: true });
      const fromThird = await cursor(third.json.previous_cursor);
      expect(numbers(fromThird)).toEqual(numbers(second));
      const back = await cursor(fromThird.json.previous_cursor);
      expect(numbers(back)).toEqual(numbers(first));
      // And forward again from a page reached backwards.
      expect(numbers(await cursor(back.json.next_cursor))).toEqual(numbers(second));
    });
  }

  it("going back past the start gives the short page there, with nothing before it", async () => {
    const term = [{ column: "policy_number", operation: "contains", values: ["B00001"] }];
    const body = { search_terms: term, per_page: 7, no_count: true, ordering: "policy_number" };
    const first = await search(body);
    const second = await search({ ...body, cursor: first.json.next_cursor });
    const shifted = await search({ ...body, cursor: second.json.previous_cursor, per_page: 10 });
    expect(numbers(shifted)).toEqual(numbers(first));
    expect(shifted.json.previous_cursor).toBeUndefined();
    expect(shifted.json.next_cursor).toEqual(expect.any(String));
  });

  it("refuses a cursor it did not give, or one for another ordering, with a sentence", async () => {
    const bad = await search({ cursor: "not-a-cursor" });
    expect(bad.status).toBe(400);
    expect(bad.json.detail).toMatch(/cursor/);
    const forged = Buffer.from(JSON.stringify(["-created_on", "yesterday", "B0000001"])).toString("base64url");
    expect((await search({ cursor: forged })).status).toBe(400);
    // Values JavaScript would read but the database would not: still a 400, never a 500.
    for (const [ordering, value] of [
      ["-created_on", "1"],
      ["-end_date", "2026-02-31"],
      ["start_date", "2026-1-1"],
    ]) {
      const odd = Buffer.from(JSON.stringify([ordering, value, "B0000001"])).toString("base64url");
      expect((await search({ ordering, cursor: odd })).status).toBe(400);
    }
    const first = await search({ per_page: 5, no_count: true });
    const other = await search({ ordering: "customer_name", cursor: first.json.next_cursor });
    expect(other.status).toBe(400);
    expect(other.json.detail).toMatch(/ordering/);
  });
});
