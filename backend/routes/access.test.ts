import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { day, paidPolicy, png } from "../test/journeys";

let backend: Backend;
let A: Awaited<ReturnType<typeof paidPolicy>>;
let B: Awaited<ReturnType<typeof paidPolicy>>;
let fileRef: string;

beforeAll(async () => {
  backend = await startBackend();
  A = await paidPolicy(backend.url, "customer.a@example.com", "Alpha");
  B = await paidPolicy(backend.url, "customer.b@example.com", "Bravo");
  const up = await client(backend.url)("POST", `/api/v3/policy/${A.policyNumber}/attachment/add/`, {
    body: {
      data: `data:image/png;base64,${(await png()).toString("base64")}`,
      name: "proof_of_purchase",
      filename: "receipt.png",
    },
    token: A.token,
  });
  expect(up.status).toBe(201);
  fileRef = up.json.file_reference;
});
afterAll(() => backend.close());

/** Every policy endpoint a customer could try on someone else's policy. */
const endpoints = (n: string): Array<[string, string, unknown?, Record<string, string>?]> => [
  ["GET", `/api/v3/policy/${n}/`],
  ["GET", `/api/v3/policy/${n}/?when_at=${encodeURIComponent(new Date().toISOString())}`],
  ["GET", `/api/v3/policy/${n}/get-form-data/`],
  ["GET", `/api/v3/policy/${n}/coi/`],
  ["GET", `/api/v3/policy/${n}/tax-invoice/`],
  ["GET", `/api/v3/policy/${n}/emergency-document/`],
  ["GET", `/api/v3/policy/${n}/cancellation-letter/`],
  ["GET", `/api/v3/policy/${n}/pass_card/`],
  ["GET", `/api/v3/policy/${n}/attachment/get/${fileRef}/`],
  ["GET", `/api/v1/policy/${n}/attachment/thumbnail/${fileRef}/`],
  ["GET", `/api/v3/policy/${n}/additional-documents/`],
  ["POST", `/api/v3/policy/${n}/additional-documents/`, { form: { form_id: "additional_documents", fields: [] } }],
  ["POST", `/api/v3/policy/${n}/attachment/add/`, { data: "data:image/png;base64,AAAA", name: "proof_of_purchase" }],
  [
    "POST",
    `/api/v3/policy/${n}/cancel/`,
    { cancellation_reason: "Selling the bike", termination_date: day("+30d") },
    { "if-match": "x" },
  ],
  ["POST", `/api/v3/policy/${n}/renew/`],
  ["POST", `/api/v3/policy/${n}/copy/`],
  ["POST", `/api/v3/policy/${n}/confirm/`],
  ["POST", `/api/v3/policy/${n}/price/`, { form: { form_id: "quote", fields: [] } }],
  ["GET", `/api/v3/policy/submit/bicycle/?policy_number=${n}`],
];

describe("a customer reaches only their own policies", () => {
  it("customer B gets 404 on every endpoint of A's policy, and never A's data", async () => {
    const call = client(backend.url);
    for (const [method, path, body, headers] of endpoints(A.policyNumber)) {
      const reply = await call(method, path, { body, token: B.token, headers });
      expect.soft(reply.status, `${method} ${path}`).toBe(404);
      expect.soft(reply.text).not.toContain("Alpha");
    }
  });

  it("anonymous callers get 401 on every policy endpoint", async () => {
    const call = client(backend.url);
    for (const [method, path, body, headers] of endpoints(A.policyNumber)) {
      const reply = await call(method, path, { body, headers });
      expect.soft(reply.status, `${method} ${path}`).toBe(401);
    }
  });

  it("A's own documents and files are there for A", async () => {
    const call = client(backend.url);
    for (const [path, type] of [
      ["coi", "application/pdf"],
      ["tax-invoice", "application/pdf"],
      ["emergency-document", "application/pdf"],
      ["pass_card", "application/vnd.apple.pkpass"],
    ]) {
      const reply = await call("GET", `/api/v3/policy/${A.policyNumber}/${path}/`, { token: A.token });
      expect(reply.status, path).toBe(200);
      expect(reply.headers.get("content-type")).toContain(type);
      expect(reply.headers.get("content-disposition")).toContain(A.policyNumber);
    }
    expect(
      (await call("GET", `/api/v3/policy/${A.policyNumber}/attachment/get/${fileRef}/`, { token: A.token })).status,
    ).toBe(200);
    expect(
      (await call("GET", `/api/v3/policy/${A.policyNumber}/cancellation-letter/`, { token: A.token })).status,
    ).toBe(404);
  });

  it("the list shows each customer only their own", async () => {
    const call = client(backend.url);
    const listA = await call("POST", "/api/v3/policy/all/", {
      body: { search_terms: [{ column: "customer_name", operation: "contains", values: ["Bravo"] }] },
      token: A.token,
    });
    expect(listA.json).toEqual({ policies_count: 0, policies: [] });
  });
});

describe("a quote token after purchase", () => {
  it("still reads its policy and documents (the done page) but changes nothing", async () => {
    const call = client(backend.url);
    const quoteToken = A.applicant.state.quoteToken!;
    expect((await call("GET", `/api/v3/policy/${A.policyNumber}/`, { quoteToken })).status).toBe(200);
    expect((await call("GET", `/api/v3/policy/${A.policyNumber}/coi/`, { quoteToken })).status).toBe(200);
    const writes: Array<[string, unknown?, Record<string, string>?]> = [
      [
        `/api/v3/policy/${A.policyNumber}/cancel/`,
        { cancellation_reason: "Not mine", termination_date: day("+30d") },
        { "if-match": "x" },
      ],
      [`/api/v3/policy/${A.policyNumber}/renew/`],
      [`/api/v3/policy/${A.policyNumber}/copy/`],
      [
        `/api/v3/policy/${A.policyNumber}/additional-documents/`,
        { form: { form_id: "additional_documents", fields: [] } },
      ],
      [
        `/api/v3/policy/${A.policyNumber}/attachment/add/`,
        { data: "data:image/png;base64,AAAA", name: "proof_of_purchase" },
      ],
    ];
    for (const [path, body, headers] of writes) {
      expect.soft((await call("POST", path, { body, quoteToken, headers })).status, path).toBe(404);
    }
  });
});
