import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { applicant, validAnswers, type Applicant } from "../test/journeys";

let backend: Backend;
let a: Applicant;
beforeAll(async () => {
  backend = await startBackend();
  a = applicant(backend.url, "bicycle");
  await a.submit("bike", validAnswers.bicycle[0][1]);
});
afterAll(() => backend.close());

const submitPath = "/api/v3/policy/submit/bicycle/";

/** [label, request, status, detail pattern]: each gets a 4xx with a sentence, never a 500. */
const cases: Array<[string, () => Promise<{ status: number; json: any }>, number, RegExp]> = [
  ["malformed JSON", () => a.call("POST", submitPath, { raw: '{"form": ', ...a.auth() }), 422, /not valid JSON/],
  [
    "form of the wrong type",
    () => a.call("POST", submitPath, { body: { policy_number: a.state.policyNumber, form: "bike" }, ...a.auth() }),
    422,
    /form/,
  ],
  [
    "fields missing",
    () =>
      a.call("POST", submitPath, {
        body: { policy_number: a.state.policyNumber, form: { form_id: "bike" } },
        ...a.auth(),
      }),
    422,
    /form\.fields is required/,
  ],
  [
    "unknown form",
    () =>
      a.call("POST", submitPath, {
        body: { policy_number: a.state.policyNumber, form: { form_id: "boat", fields: [] } },
        ...a.auth(),
      }),
    422,
    /no step "boat"/,
  ],
  [
    "unknown product",
    () => a.call("POST", "/api/v3/policy/submit/submarine/", { body: { form: { form_id: "x", fields: [] } } }),
    404,
    /no product called "submarine"/,
  ],
  [
    "oversize body",
    () => a.call("POST", submitPath, { raw: JSON.stringify({ pad: "x".repeat(1_100_000) }), ...a.auth() }),
    413,
    /too large/,
  ],
  [
    "not JSON at all",
    () => a.call("POST", submitPath, { raw: "hello", contentType: "text/plain", ...a.auth() }),
    415,
    /Send JSON/,
  ],
  ["unknown path", () => a.call("GET", "/api/v3/nothing-here/"), 404, /There is no GET/],
  [
    "policy of another product",
    () =>
      a.call("POST", "/api/v3/policy/submit/travel/", {
        body: { policy_number: a.state.policyNumber, form: { form_id: "trip", fields: [] } },
        ...a.auth(),
      }),
    404,
    /not for Travel/,
  ],
];

describe("bad input gets a clear 4xx and loses nothing", () => {
  it.each(cases)("%s", async (_label, request, status, detail) => {
    const reply = await request();
    expect(reply.status).toBe(status);
    expect(reply.json.detail).toMatch(detail);
    expect(typeof reply.json.code).toBe("string");
    const state = await a.get(`${submitPath}?policy_number=${a.state.policyNumber}`);
    expect(state.json.form.form_id).toBe("quote");
    const saved = await a.get(`/api/v3/policy/${a.state.policyNumber}/get-form-data/`);
    expect(saved.json.form_data.bike.make).toBe("Brompton");
  });
});

describe("access to a quote", () => {
  it("needs its quote token: none is 401, someone else's is 404", async () => {
    const call = client(backend.url);
    const anonymous = await call("GET", `/api/v3/policy/${a.state.policyNumber}/`);
    expect(anonymous.status).toBe(401);
    const other = applicant(backend.url, "bicycle");
    await other.submit("bike", validAnswers.bicycle[0][1]);
    for (const path of [
      `/api/v3/policy/${a.state.policyNumber}/`,
      `/api/v3/policy/${a.state.policyNumber}/get-form-data/`,
      `${submitPath}?policy_number=${a.state.policyNumber}`,
    ]) {
      const reply = await other.get(path);
      expect(reply.status).toBe(404);
      expect(reply.json.detail).not.toContain("Brompton");
    }
    const post = await other.call("POST", submitPath, {
      body: { policy_number: a.state.policyNumber, form: { form_id: "bike", fields: [] } },
      quoteToken: other.state.quoteToken,
    });
    expect(post.status).toBe(404);
    const forged = await call("GET", `/api/v3/policy/${a.state.policyNumber}/`, { quoteToken: "forged" });
    expect(forged.status).toBe(404);
  });

  it("hands out the quote token once, with the response that creates the policy number", async () => {
    const b = applicant(backend.url, "bicycle");
    const first = await b.submit("bike", { ...validAnswers.bicycle[0][1], make: "" });
    expect(first.json.has_errors).toBe(true);
    expect(typeof first.json.quote_token).toBe("string");
    const second = await b.submit("bike", validAnswers.bicycle[0][1]);
    expect(second.json.quote_token).toBeNull();
  });
});

describe("odd values get a 4xx, never a 500", () => {
  it("prices nothing the step would refuse, including object-prototype names", async () => {
    for (const fields of [
      [
        { name: "tier", value: "toString" },
        { name: "excess", value: "50" },
      ],
      [
        { name: "tier", value: "standard" },
        { name: "excess", value: "__proto__" },
      ],
      [
        { name: "tier", value: "standard" },
        { name: "excess", value: "50" },
        { name: "perils", value: ["constructor"] },
      ],
    ]) {
      const reply = await a.post(`/api/v3/policy/${a.state.policyNumber}/price/`, {
        form: { form_id: "quote", fields },
      });
      expect(reply.status).toBe(200);
      expect(reply.json.pricing).toBeNull();
    }
  });

  it("refuses a mangled continue-link signature with a sentence", async () => {
    const call = client(backend.url);
    const link = await call("GET", `/api/v3/policy/continue/${a.state.policyNumber}.99999999999.${"é".repeat(43)}/`);
    expect(link.status).toBe(403);
  });
});
