import { afterAll, beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";
import { startCluster } from "../test/harness";
import { applicant, png, validAnswers } from "../test/journeys";

const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) console.warn("Skipped the shared file store test: it needs PostgreSQL (set TEST_DATABASE_URL).");

describe.skipIf(!serverUrl)("two API instances over one PostgreSQL database", () => {
  let cluster: Awaited<ReturnType<typeof startCluster>>;
  beforeAll(async () => {
    cluster = await startCluster(serverUrl!, 2);
  });
  afterAll(() => cluster?.close());

  it("serves and thumbnails, through the second, a photo uploaded through the first", async () => {
    const [first, second] = cluster.instances;
    const a = applicant(first.url, "home-contents");
    await a.submit("property", validAnswers["home-contents"][0][1]);
    const bytes = await png(1200, 900);
    const added = await a.upload("photos", "image/png", bytes, "lounge.png");
    expect(added.status).toBe(201);
    const ref = added.json.file_reference;

    const b = applicant(second.url, "home-contents");
    Object.assign(b.state, a.state);
    const got = await b.get(`/api/v3/policy/${a.state.policyNumber}/attachment/get/${ref}/`);
    expect(got.status).toBe(200);
    expect(got.bytes.equals(bytes)).toBe(true);
    const thumb = await b.get(`/api/v1/policy/${a.state.policyNumber}/attachment/thumbnail/${ref}/`);
    expect(thumb.status).toBe(200);
    const meta = await sharp(thumb.bytes).metadata();
    expect(Math.max(meta.width!, meta.height!)).toBe(240);
  });
});
