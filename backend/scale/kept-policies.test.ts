import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCluster } from "../test/harness";
import { applicant, validAnswers, type Applicant } from "../test/journeys";
import { STATUS } from "../../contract/lifecycle";

const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) console.warn("Skipped the kept-policies test: it needs PostgreSQL (set TEST_DATABASE_URL).");

const [[bike, bikeAnswers], [quote, quoteAnswers]] = validAnswers.bicycle;

/**
 * On PostgreSQL an instance keeps the quotes it last wrote, and a step's save starts from the one it kept:
 * these change a quote on the other instance in between, and look for what that one did in what the first answers.
 */
describe.skipIf(!serverUrl)("quotes kept by an instance, changed by another", () => {
  let cluster: Awaited<ReturnType<typeof startCluster>>;
  beforeAll(async () => {
    cluster = await startCluster(serverUrl!, 2);
  });
  afterAll(() => cluster?.close());

  /** A quote started on the first instance, and the same person's browser reaching the second. */
  async function quoteOnBoth(): Promise<[Applicant, Applicant]> {
    const first = applicant(cluster.instances[0].url, "bicycle");
    expect((await first.submit(bike, bikeAnswers)).status).toBe(200);
    const second = applicant(cluster.instances[1].url, "bicycle");
    Object.assign(second.state, first.state);
    return [first, second];
  }
  const stored = (n: string) => cluster.instances[1].ctx.stores.policies.get(n);

  it("a step saved over a quote the other instance changed builds on that change", async () => {
    const [first, second] = await quoteOnBoth();
    const n = first.state.policyNumber!;
    expect((await second.submit(bike, { ...bikeAnswers, model: "P Line" })).status).toBe(200);

    const saved = await first.submit(quote, quoteAnswers);
    expect(saved.status, saved.text).toBe(200);
    expect(saved.json.has_errors).toBe(false);
    const row = (await stored(n))!;
    expect(row.answers.bike.model).toBe("P Line");
    expect(Object.keys(row.answers)).toEqual(expect.arrayContaining([bike, quote]));
    const seqs = (await cluster.instances[0].ctx.stores.policies.versions(n)).map((v) => v.seq);
    expect(seqs).toEqual([1, 2, 3, 4]);
  });

  it("a step that saves nothing answers from the quote as it now stands", async () => {
    const [first, second] = await quoteOnBoth();
    const n = first.state.policyNumber!;
    const dearer = await second.submit(bike, { ...bikeAnswers, value: "4000.00" });
    expect(dearer.status).toBe(200);
    const now = (await stored(n))!;

    const refused = await first.submit(bike, { ...bikeAnswers, make: "" });
    expect(refused.status).toBe(200);
    expect(refused.json.has_errors).toBe(true);
    expect(refused.json.pricing).toEqual(now.pricing);
    expect((await stored(n))!.versionId).toBe(now.versionId);
  });

  it("a quote the other instance closed is refused, not reopened", async () => {
    const [first] = await quoteOnBoth();
    const n = first.state.policyNumber!;
    const before = (await stored(n))!;
    await cluster.instances[1].ctx.stores.policies.update(
      before,
      { status: STATUS.declined },
      { by: "test", at: new Date().toISOString() },
    );

    const refused = await first.submit(bike, bikeAnswers);
    expect(refused.status).toBe(409);
    expect((await stored(n))!.status).toBe(STATUS.declined);
  });
});
