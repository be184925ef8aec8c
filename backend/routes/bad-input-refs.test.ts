import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { applicant, asForm, completeSteps, paidPolicy, png } from "../test/journeys";

let backend: Backend;
let call: ReturnType<typeof client>;
let mine: { policyNumber: string; token: string };
beforeAll(async () => {
  backend = await startBackend();
  call = client(backend.url);
  mine = await paidPolicy(backend.url, "refs@example.com");
});
afterAll(() => backend.close());

describe("file references that aren't this policy's answer 404", () => {
  it("a NUL byte, a path, an oversized or another policy's reference", async () => {
    const a = applicant(backend.url, "travel");
    await a.submit("trip", { start_date: "2099-01-01" });
    const other = applicant(backend.url, "travel");
    await other.submit("trip", { start_date: "2099-01-01" });
    const up = await a.upload("passports", "image/png", await png(), "p.png");
    expect(up.status).toBe(201);
    const theirs = up.json.file_reference as string;
    const refs = ["%00", "a%00b", "..%2F..%2Fetc", "x".repeat(90), "%C3%A9"];
    for (const ref of refs) {
      for (const path of [
        `/api/v3/policy/${a.state.policyNumber}/attachment/get/${ref}/`,
        `/api/v1/policy/${a.state.policyNumber}/attachment/thumbnail/${ref}/`,
      ]) {
        const reply = await a.get(path);
        expect(reply.status, `${path}`).toBe(404);
        expect(reply.json.detail).toMatch(/\w/);
      }
    }
    const undecodable = await a.get(`/api/v3/policy/${a.state.policyNumber}/attachment/get/%FF/`);
    expect(undecodable.status).toBe(400);
    expect(undecodable.json.detail).toMatch(/not a valid url/);
    const cross = await other.get(`/api/v3/policy/${other.state.policyNumber}/attachment/get/${theirs}/`);
    expect(cross.status).toBe(404);
    expect((await a.get(`/api/v3/policy/${a.state.policyNumber}/attachment/get/${theirs}/`)).status).toBe(200);
  });
});

describe("no credentials is 401, signed in without the permission is 403", () => {
  it.each(["remove-recurring-payment", "continue-link"])("%s", async (action) => {
    const path = `/api/v3/policy/${mine.policyNumber}/${action}/`;
    const anonymous = await call("POST", path, { body: { comment: "x", send_email: false } });
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.detail).toMatch(/Sign in/);
    const customer = await call("POST", path, { token: mine.token, body: { comment: "x", send_email: false } });
    expect(customer.status).toBe(403);
  });
});

describe("per_page above 1000", () => {
  it("is served as 1000", async () => {
    const reply = await call("GET", "/api/v3/policy/all/?per_page=5000", { token: mine.token });
    expect(reply.status).toBe(200);
    expect(reply.json.policies.length).toBe(1);
  });
});

describe("payment token by POST", () => {
  it("takes the same inputs in the JSON body", async () => {
    const a = applicant(backend.url, "bicycle");
    await completeSteps(backend.url, a, "bicycle", { owner: { email: "post-token@example.com" } });
    await a.post(`/api/v3/policy/${a.state.policyNumber}/confirm/`);
    await a.post(`/api/v3/policy/${a.state.policyNumber}/confirm/`, {
      form: asForm("confirmation", { accurate: true, accept_terms: true }),
    });
    const body = {
      policy_number: a.state.policyNumber,
      payment_mode: "annual",
      return_url: "http://127.0.0.1:3999/quote/done",
    };
    const reply = await a.post("/api/v3/payment/token/", body);
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({
      token: expect.any(String),
      redirect_url: expect.any(String),
      currency: expect.any(String),
    });
    expect((await a.post("/api/v3/payment/token/", { ...body, return_url: "nope" })).status).toBe(422);
    expect((await a.post("/api/v3/payment/token/")).status).toBe(422);
  });
});
