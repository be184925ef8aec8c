import { afterAll, beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";
import { startBackend, type Backend } from "../test/harness";
import { applicant, png, validAnswers, type Applicant } from "../test/journeys";

let backend: Backend;
let a: Applicant;
beforeAll(async () => {
  backend = await startBackend();
  a = applicant(backend.url, "travel");
  await a.submit("trip", validAnswers.travel[0][1]);
});
afterAll(() => backend.close());

const GIF = Buffer.from("R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==", "base64");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

describe("attachments", () => {
  it("stores a good image, serves it back byte for byte, and makes a thumbnail", async () => {
    const bytes = await png(1600, 1200);
    const added = await a.upload("passports", "image/png", bytes, "passport.png");
    expect(added.status).toBe(201);
    const ref = added.json.file_reference;
    const got = await a.get(`/api/v3/policy/${a.state.policyNumber}/attachment/get/${ref}/`);
    expect(got.headers.get("content-type")).toBe("image/png");
    expect(got.bytes.equals(bytes)).toBe(true);
    const thumb = await a.get(`/api/v1/policy/${a.state.policyNumber}/attachment/thumbnail/${ref}/`);
    expect(thumb.status).toBe(200);
    const meta = await sharp(thumb.bytes).metadata();
    expect(Math.max(meta.width!, meta.height!)).toBe(240);
  });

  it("serves any file name back, in the download header's UTF-8 form", async () => {
    const added = await a.upload("passports", "image/png", await png(), "写真\u0001.png");
    const got = await a.get(`/api/v3/policy/${a.state.policyNumber}/attachment/get/${added.json.file_reference}/`);
    expect(got.status).toBe(200);
    expect(got.headers.get("content-disposition")).toBe(
      `inline; filename="___.png"; filename*=UTF-8''${encodeURIComponent("写真_.png")}`,
    );
  });

  it("accepts a PDF and gives it an icon for a thumbnail", async () => {
    const added = await a.upload("passports", "application/pdf", PDF, "passport.pdf");
    expect(added.status).toBe(201);
    const thumb = await a.get(
      `/api/v1/policy/${a.state.policyNumber}/attachment/thumbnail/${added.json.file_reference}/`,
    );
    expect(thumb.headers.get("content-type")).toBe("image/png");
  });

  it("judges the type by the bytes, not the declared type: a GIF called PNG is refused with 415", async () => {
    const reply = await a.upload("passports", "image/png", GIF, "sneaky.png");
    expect(reply.status).toBe(415);
    expect(reply.json.code).toBe("unsupported_media_type");
    expect(reply.json.detail).toMatch(/^This file is a GIF file\. .+ accepts JPEG, PNG or PDF\.$/);
  });

  it("refuses text pretending to be a PDF", async () => {
    const reply = await a.upload("passports", "application/pdf", Buffer.from("just some text"), "notes.pdf");
    expect(reply.status).toBe(415);
    expect(reply.json.detail).toMatch(/couldn't tell what kind of file/);
  });

  it("refuses a file over the field's max_size with 413", async () => {
    const big = Buffer.concat([await png(), Buffer.alloc(5 * 1024 * 1024 + 10)]);
    const reply = await a.upload("passports", "image/png", big, "huge.png");
    expect(reply.status).toBe(413);
    expect(reply.json.detail).toMatch(/up to 5 MB/);
  });

  it("refuses an unknown field, a broken data URL and another quote's files", async () => {
    expect((await a.upload("nonsense", "image/png", await png())).status).toBe(422);
    const broken = await a.post(`/api/v3/policy/${a.state.policyNumber}/attachment/add/`, {
      data: "hello",
      name: "passports",
    });
    expect(broken.status).toBe(422);
    expect(broken.json.detail).toMatch(/data URL/);
    const added = await a.upload("passports", "image/png", await png(), "mine.png");
    const other = applicant(backend.url, "travel");
    await other.submit("trip", validAnswers.travel[0][1]);
    const peek = await other.get(`/api/v3/policy/${a.state.policyNumber}/attachment/get/${added.json.file_reference}/`);
    expect(peek.status).toBe(404);
  });
});
