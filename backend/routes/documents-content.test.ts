import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PDFParse } from "pdf-parse";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { applicant, completeSteps, pay } from "../test/journeys";

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(() => backend.close());

const pdfText = async (bytes: Buffer) =>
  (await new PDFParse({ data: new Uint8Array(bytes) }).getText()).text.replace(/\s+/g, " ");

async function certificateOf(slug: string) {
  const a = applicant(backend.url, slug);
  await completeSteps(backend.url, a, slug);
  await pay(backend.url, a);
  const reply = await a.get(`/api/v3/policy/${a.state.policyNumber}/coi/`);
  expect(reply.status).toBe(200);
  const emergency = await a.get(`/api/v3/policy/${a.state.policyNumber}/emergency-document/`);
  return { certificate: await pdfText(reply.bytes), emergency: await pdfText(emergency.bytes) };
}

/** Text a person should never read on a certificate: codes, raw ISO dates, empty values. */
function expectReadable(text: string) {
  expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  expect(text).not.toMatch(/\b(null|undefined|NaN)\b|\[object Object\]/);
}

describe("what the documents say", () => {
  it("travel: every traveller and the beneficiary appear, each in their role; the trip in order", async () => {
    const { certificate, emergency } = await certificateOf("travel");
    for (const text of [certificate, emergency]) {
      expect(text).toContain("Ada Lovelace Traveller");
      expect(text).toContain("Byron Lovelace Beneficiary (not travelling)");
      expectReadable(text);
    }
    expect(certificate).toMatch(/Departure date \d{1,2} \w+ \d{4} Return date \d{1,2} \w+ \d{4} Destination Europe/);
  });

  it("bicycle: labels for choices and money with its currency, under the product's headings", async () => {
    const { certificate } = await certificateOf("bicycle");
    expect(certificate).toMatch(
      /Your bicycle Make and model Brompton C Line Type Hybrid or commuter Frame number ABC12345 Value insured £1,500\.00/,
    );
    expect(certificate).toMatch(/Your cover Level of cover \S+.* Excess £50 Optional extras/);
    expect(certificate).not.toMatch(/Bike type|Tier standard|Excess 50\b/);
    expectReadable(certificate);
  });

  it("home contents: the address in order, no hidden field, and every specified item with its value", async () => {
    const { certificate } = await certificateOf("home-contents");
    expect(certificate).toContain("Address 1 Acacia Avenue, Bristol, BS1 4DJ, United Kingdom");
    expect(certificate).toContain("Engagement ring");
    expect(certificate).toContain("£2,500.00");
    expect(certificate).toContain("Total value of contents £30,000.00");
    expect(certificate).not.toMatch(/Source|\bWeb\b/);
    expectReadable(certificate);
  });

  it("every document a product page links to is a real PDF", async () => {
    const call = client(backend.url);
    const { json } = await call("GET", "/api/v3/products/");
    let checked = 0;
    for (const { slug } of json.products) {
      const meta = await call("GET", `/api/v3/policy/meta/${slug}/`);
      for (const [name, url] of Object.entries(meta.json.attachments as Record<string, string | null>)) {
        if (!url) continue;
        const doc = await call("GET", url);
        expect(doc.status, `${slug} ${name}`).toBe(200);
        expect(doc.headers.get("content-type")).toBe("application/pdf");
        expect(doc.bytes.subarray(0, 4).toString()).toBe("%PDF");
        expect(await pdfText(doc.bytes)).toContain(meta.json.name);
        checked++;
      }
    }
    expect(checked).toBe(json.products.length * 2);
    expect((await call("GET", "/api/v3/products/bicycle/attachments/claims_form/")).status).toBe(404);
  });
});
