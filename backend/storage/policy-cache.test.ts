import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";
import { applicant, validAnswers } from "../test/journeys";
import { policyCache } from "./policy-cache";
import { policyStore } from "./policy-store";
import type { PolicyRow } from "./schema";

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(() => backend.close());

const stores = () => backend.ctx.stores.policies;
/** The same database without the cache: what a read gives. */
const fromTable = (n: string) => policyStore(backend.ctx.db).get(n);

async function newQuote(): Promise<string> {
  const a = applicant(backend.url, "bicycle");
  const [formId, answers] = validAnswers.bicycle[0];
  await a.submit(formId, answers);
  return a.state.policyNumber!;
}

// The PostgreSQL suite runs this file against a server (TEST_DATABASE_URL), where there is no cache.
const onPglite = !process.env.TEST_DATABASE_URL;

describe.runIf(onPglite)("the embedded database's policy cache", () => {
  it("keeps a row written exactly as a read from the table gives it, whole seconds and undefined values included", async () => {
    const n = await newQuote();
    const current = (await stores().get(n))!;
    for (const at of ["2026-12-03T10:00:00.000Z", "2026-12-03T10:00:00.120Z", "2026-12-03T10:00:01.005Z"]) {
      const patch = {
        customerName: at,
        customerEmail: undefined,
        answers: { ...current.answers, extra: { x: undefined } },
      };
      const written = await stores().update((await stores().get(n))!, patch as Partial<PolicyRow>, { by: "t", at });
      expect(written.customerEmail).toBe(current.customerEmail);
      expect(await stores().get(n)).toStrictEqual(await fromTable(n));
    }
    const created = await stores().create({ ...current, answers: {} } as PolicyRow, {
      by: "t",
      at: "2026-12-03T10:00:02.000Z",
    });
    expect(await stores().get(created.policyNumber)).toStrictEqual(await fromTable(created.policyNumber));
  });

  it("hands out frozen rows: a change goes through the store", async () => {
    const row = (await stores().get(await newQuote()))!;
    expect(() => Object.assign(row, { customerName: "x" })).toThrow(TypeError);
    expect(() => Object.assign(row.progress, { completed: [] })).toThrow(TypeError);
  });

  it("forgets what a transaction wrote, whether it committed or rolled back", async () => {
    const n = await newQuote();
    const before = (await stores().get(n))!;
    await expect(
      backend.ctx.transaction(async (tx) => {
        await tx.stores.policies.update(
          before,
          { customerName: "Rolled back" },
          { by: "t", at: new Date().toISOString() },
        );
        throw new Error("undo");
      }),
    ).rejects.toThrow("undo");
    expect((await stores().get(n))!.customerName).toBe(before.customerName);
    await backend.ctx.transaction(async (tx) => {
      const inside = (await tx.stores.policies.get(n))!;
      await tx.stores.policies.update(inside, { customerName: "Committed" }, { by: "t", at: new Date().toISOString() });
    });
    expect((await stores().get(n))!.customerName).toBe("Committed");
    expect(await stores().get(n)).toStrictEqual(await fromTable(n));
  });

  it("forgets a removed draft", async () => {
    const n = await newQuote();
    expect(await stores().get(n)).not.toBeNull();
    await stores().removeDraft(n);
    expect(await stores().get(n)).toBeNull();
  });
});

describe.runIf(!onPglite)("on PostgreSQL", () => {
  it("reads every policy from the server, where another instance may have changed it", async () => {
    const n = await newQuote();
    expect((await stores().get(n))!.customerName).not.toBe("Changed elsewhere");
    await backend.ctx.db.execute(
      sql`UPDATE policies SET customer_name = 'Changed elsewhere' WHERE policy_number = ${n}`,
    );
    expect((await stores().get(n))!.customerName).toBe("Changed elsewhere");
  });
});

describe("the cache's bookkeeping", () => {
  const row = (n: string, seq: number) => ({ policyNumber: n, versionSeq: seq }) as PolicyRow;

  it("does not keep a read that began before a forget (it may have read what was forgotten)", () => {
    const cache = policyCache();
    const mark = cache.mark();
    cache.forget("A");
    cache.read(row("A", 1), mark);
    expect(cache.get("A")).toBeUndefined();
  });

  it("does not let a read that was in flight replace a newer write", () => {
    const cache = policyCache();
    const mark = cache.mark();
    cache.wrote({
      ...row("A", 3),
      answers: {},
      progress: { completed: [] },
      pricing: null,
      createdAt: "2026-01-01T00:00:00Z",
      updatedAt: "2026-01-01T00:00:00Z",
    } as unknown as PolicyRow);
    cache.read(row("A", 2), mark);
    expect(cache.get("A")?.versionSeq).toBe(3);
  });

  it("does not let a write whose answer came late replace a later write's row", () => {
    const cache = policyCache();
    const written = (seq: number) =>
      ({
        ...row("A", seq),
        answers: {},
        progress: { completed: [] },
        pricing: null,
        createdAt: "2026-01-01T00:00:00Z",
        updatedAt: "2026-01-01T00:00:00Z",
      }) as unknown as PolicyRow;
    cache.wrote(written(5));
    cache.wrote(written(4));
    expect(cache.get("A")?.versionSeq).toBe(5);
  });

  it("holds at most its limit, dropping the least recently used", () => {
    const cache = policyCache(2);
    cache.read(row("A", 1), cache.mark());
    cache.read(row("B", 1), cache.mark());
    cache.get("A");
    cache.read(row("C", 1), cache.mark());
    expect([cache.get("A"), cache.get("B"), cache.get("C")].map((r) => r?.policyNumber)).toEqual(["A", undefined, "C"]);
  });
});
