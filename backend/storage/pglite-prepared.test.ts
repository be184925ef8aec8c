import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { withPreparedStatements } from "./pglite-prepared";

const raw = new PGlite();
const db = withPreparedStatements(raw);
// The app migrates before its first query; so does this file wait for the database to start.
beforeAll(() => raw.waitReady);
afterAll(() => raw.close());

describe("PGlite with kept prepared statements", () => {
  it("answers a statement prepared once and run again with other values", async () => {
    const text = "SELECT $1::int + 1 AS n, $2::text AS s";
    expect((await db.query(text, [1, "a"])).rows).toEqual([{ n: 2, s: "a" }]);
    expect((await db.query(text, [41, "b"])).rows).toEqual([{ n: 42, s: "b" }]);
  });

  it("takes a query's own parsers over the client's, as PGlite does", async () => {
    const text = "SELECT $1::timestamptz AS at, $2::int AS n";
    const parsers = { 1184: (v: string) => `raw ${v}` };
    const { rows } = await db.query<{ at: string; n: number }>(text, ["2026-01-02T03:04:05Z", 7], { parsers });
    expect(rows[0].at).toMatch(/^raw 2026-01-02 03:04:05/);
    expect(rows[0].n).toBe(7);
    expect((await db.query<{ at: unknown }>(text, ["2026-01-02T03:04:05Z", 7])).rows[0].at).toBeInstanceOf(Date);
  });

  it("throws a failed statement's error and stays usable", async () => {
    await expect(db.query("SELECT $1::int AS n", ["not a number"])).rejects.toThrow(/invalid input syntax/);
    expect((await db.query("SELECT $1::int AS n", [3])).rows).toEqual([{ n: 3 }]);
    await db.query("CREATE TABLE t (k int PRIMARY KEY)");
    await db.query("INSERT INTO t VALUES ($1)", [1]);
    await expect(db.query("INSERT INTO t VALUES ($1)", [1])).rejects.toThrow(/duplicate key/);
    expect((await db.query("SELECT count(*)::int AS c FROM t WHERE k = $1", [1])).rows).toEqual([{ c: 1 }]);
    expect(raw.isInTransaction()).toBe(false);
  });
});
