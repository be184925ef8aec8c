import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { sql } from "drizzle-orm";
import { iso } from "../context";
import { startBackend, type Backend } from "../test/harness";
import { applicant, validAnswers } from "../test/journeys";
import type { PolicyRow } from "./schema";
import { FULL_SNAPSHOT_EVERY, foldVersions } from "./policies";

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(() => backend.close());

async function newQuote(): Promise<PolicyRow> {
  const a = applicant(backend.url, "bicycle");
  const [formId, answers] = validAnswers.bicycle[0];
  await a.submit(formId, answers);
  return (await backend.ctx.stores.policies.get(a.state.policyNumber!))!;
}

/** A change as the domain makes one: some of a quote's columns, a value cleared, answers replaced. */
const patch = fc.record(
  {
    customerName: fc.string({ maxLength: 20 }),
    customerEmail: fc.option(fc.emailAddress(), { nil: null }),
    answers: fc.dictionary(fc.constantFrom("a", "b", "c"), fc.dictionary(fc.string({ maxLength: 3 }), fc.integer())),
    language: fc.constantFrom("en", "de"),
    // A JSON column cleared and set: the version's JSON is put together from the columns' own.
    pricing: fc.option(fc.record({ note: fc.string({ maxLength: 5 }), total: fc.integer() }), { nil: null }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Partial<PolicyRow>>;

/**
 * The row as a version stores it (JSON: a key left undefined is not there), its times as instants: a row read back
 * prints them as PostgreSQL does ("… 10:00:00.5+00"), one just written as the API does (ISO 8601).
 */
const asStored = (row: PolicyRow) =>
  ({ ...JSON.parse(JSON.stringify(row)), createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt) }) as PolicyRow;

describe("policy versions", () => {
  it("reads a policy as it stood after each of its changes, across whole rows and changes alone", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(patch, { minLength: 1, maxLength: 2 * FULL_SNAPSHOT_EVERY + 3 }), async (patches) => {
        const policies = backend.ctx.stores.policies;
        let row = await newQuote();
        const start = Date.parse(row.updatedAt) + 60_000;
        const stood: Array<{ at: string; row: PolicyRow }> = [];
        for (const [i, p] of patches.entries()) {
          const at = new Date(start + i * 1000).toISOString();
          row = await policies.update(row, p, { by: "test", at });
          stood.push({ at, row: asStored(row) });
        }
        expect(await policies.getAsOf(row.policyNumber, new Date(start - 120_000).toISOString())).toBeNull();
        for (const { at, row: then } of stood)
          expect(asStored((await policies.getAsOf(row.policyNumber, at))!)).toEqual(then);
        // Between two changes, the earlier one's row.
        const [first] = stood;
        const between = await policies.getAsOf(row.policyNumber, new Date(Date.parse(first.at) + 500).toISOString());
        expect(asStored(between!)).toEqual(first.row);
      }),
      { numRuns: 4, examples: [[Array.from({ length: 2 * FULL_SNAPSHOT_EVERY + 1 }, () => ({ customerName: "x" }))]] },
    );
  });

  it("writes the whole row only every so often, and the changed columns otherwise", async () => {
    let row = await newQuote();
    for (let i = 0; i < FULL_SNAPSHOT_EVERY; i++)
      row = await backend.ctx.stores.policies.update(
        row,
        { customerName: `Name ${i}` },
        {
          by: "test",
          at: new Date().toISOString(),
        },
      );
    const { rows } = (await backend.ctx.db.execute(
      sql`SELECT seq, snapshot IS NOT NULL AS whole, changes FROM policy_versions
        WHERE policy_number = ${row.policyNumber} ORDER BY seq`,
    )) as unknown as { rows: Array<{ seq: number; whole: boolean; changes: Record<string, unknown> | null }> };
    expect(rows.filter((r) => r.whole).map((r) => r.seq)).toEqual(
      rows.filter((r) => r.seq === 1 || r.seq % FULL_SNAPSHOT_EVERY === 0).map((r) => r.seq),
    );
    const changed = rows.find((r) => !r.whole && r.changes?.customerName === "Name 3")!;
    expect(Object.keys(changed.changes!).sort()).toEqual(
      ["customerName", "updatedAt", "updatedBy", "versionId", "versionSeq"].sort(),
    );
  });
});

describe("policy writes' prepared statements", () => {
  it("serve changes of different columns, made in and out of transactions, on the same connections", async () => {
    const ctx = backend.ctx;
    const meta = () => ({ by: "test", at: new Date().toISOString() });
    const { policyNumber: n } = await newQuote();
    for (const [outside, inside] of [
      [{ customerName: "Out" }, { customerEmail: "in@example.com" }],
      [{ language: "de" }, { customerName: "In" }],
    ] as Array<[Partial<PolicyRow>, Partial<PolicyRow>]>) {
      await ctx.stores.policies.update((await ctx.stores.policies.get(n))!, outside, meta());
      await ctx.transaction(async (tx) => {
        await tx.stores.policies.update((await tx.stores.policies.get(n))!, inside, meta());
      });
    }
    expect(await ctx.stores.policies.get(n)).toMatchObject({
      customerName: "In",
      customerEmail: "in@example.com",
      language: "de",
    });
  });
});

describe("folding versions", () => {
  const whole = { policyNumber: "P1", customerName: "Ada", customerEmail: "a@example.com" } as PolicyRow;
  it("starts again at each whole row and lays changes over it, a cleared value included", () => {
    expect(
      foldVersions("P1", [
        { seq: 1, snapshot: whole, changes: null },
        { seq: 2, snapshot: null, changes: { customerName: "Grace" } },
        { seq: 3, snapshot: { ...whole, customerName: "Joan" }, changes: null },
        { seq: 4, snapshot: null, changes: { customerEmail: null } },
      ]),
    ).toEqual({ ...whole, customerName: "Joan", customerEmail: null });
  });

  it("refuses changes with no whole row before them", () => {
    expect(() => foldVersions("P1", [{ seq: 2, snapshot: null, changes: { customerName: "Grace" } }])).toThrow(
      /Version 2 of P1 has no whole row/,
    );
  });
});
