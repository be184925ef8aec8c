import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { applicant, completeSteps, pay, validAnswers } from "../test/journeys";

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(() => backend.close());

describe("products and meta", () => {
  it("lists the demo products and their meta", async () => {
    const call = client(backend.url);
    const products = await call("GET", "/api/v3/products/");
    expect(products.json.products.map((p: { slug: string }) => p.slug)).toEqual(["travel", "bicycle", "home-contents"]);
    const meta = await call("GET", "/api/v3/policy/meta/bicycle/");
    expect(meta.json.form_sequence).toEqual([
      { id: "bike", title: expect.any(String) },
      { id: "quote", title: expect.any(String) },
      { id: "owner", title: expect.any(String) },
    ]);
    expect(meta.json.renewal_form_sequence.map((s: { id: string }) => s.id)).toEqual(["bike", "quote"]);
    expect((await call("GET", "/api/v3/policy/meta/home-contents")).json.intro.content).toBe("");
  });

  it("answers an unknown product with a 404 sentence", async () => {
    const reply = await client(backend.url)("GET", "/api/v3/policy/meta/submarine/");
    expect(reply.status).toBe(404);
    expect(reply.json).toEqual({ detail: 'There is no product called "submarine".', code: "not_found" });
  });

  it("serves the OpenAPI document built from the contract's schemas", async () => {
    const reply = await client(backend.url)("GET", "/api/v3/openapi.json");
    expect(reply.json.openapi).toBe("3.1.0");
    expect(reply.json.components.schemas.SubmitResponse.properties.next_action.enum).toContain("perform_otp");
  });
});

describe.each(Object.keys(validAnswers))("the whole journey of %s", (slug) => {
  it("goes from the first form to an active, paid policy", async () => {
    const a = applicant(backend.url, slug);
    const first = await a.call("GET", `/api/v3/policy/submit/${slug}/`);
    expect(first.json).toMatchObject({ policy_number: null, next_action: "continue", has_errors: false });
    expect(first.json.form.form_id).toBe(validAnswers[slug][0][0]);

    const last = await completeSteps(backend.url, a, slug);
    expect(last.json).toMatchObject({ next_action: "complete", form: null, policy_status: "Quoted" });
    expect(last.json.pricing.total).toMatch(/^\d+\.\d{2}$/);
    expect(last.json).not.toHaveProperty("quote_token", expect.any(String));

    const review = await a.post(`/api/v3/policy/${a.state.policyNumber}/confirm/`);
    expect(review.status).toBe(200);
    expect(Object.keys(review.json.submitted_data).length).toBe(validAnswers[slug].length);
    expect(review.json.form.form_type).toBe("confirmation");
    expect(review.json.price_info.total_price).toBe(last.json.pricing.total);

    const { location } = await pay(backend.url, a);
    expect(location.searchParams.get("payment")).toBe("succeeded");
    const view = await a.get(`/api/v3/policy/${a.state.policyNumber}/`);
    expect(view.json).toMatchObject({ status: "Active", policy_number: a.state.policyNumber, subproduct_slug: slug });
    expect(view.headers.get("etag")).toBe(`"${view.json.version_id}"`);
    expect(view.json.payments).toHaveLength(1);
    expect(view.json.payments[0]).toMatchObject({ amount: last.json.pricing.total, status: "Payment succeeded" });
    expect(view.json.start_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(view.json.status_logs.map((l: { status: string }) => l.status)).toEqual(["New", "Quoted", "Active"]);
    expect(view.json.notification_logs.some((n: { note_type: string }) => n.note_type === "policy_issued")).toBe(true);
  });
});

describe("next_action", () => {
  it("display: the bicycle's key facts come after the quote options, with the next form", async () => {
    const a = applicant(backend.url, "bicycle");
    await a.submit("bike", validAnswers.bicycle[0][1]);
    const reply = await a.submit("quote", validAnswers.bicycle[1][1]);
    expect(reply.json.next_action).toBe("display");
    expect(reply.json.content_data).toMatchObject({
      title: expect.any(String),
      content: expect.any(String),
      redirect_to: null,
    });
    expect(reply.json.form.form_id).toBe("owner");
  });

  it("rejected: a bike worth more than the limit; nothing more can be submitted", async () => {
    const a = applicant(backend.url, "bicycle");
    const reply = await a.submit("bike", { ...validAnswers.bicycle[0][1], value: "20000.00" });
    expect(reply.json).toMatchObject({
      next_action: "rejected",
      form: null,
      has_errors: false,
      policy_status: "Declined",
    });
    expect(reply.json.description.content).toContain("£15,000");
    const again = await a.submit("bike", validAnswers.bicycle[0][1]);
    expect(again.status).toBe(409);
    expect(again.json.detail).toMatch(/declined/);
  });

  it("referred: three claims put the application in Pending-approval once we can reach the applicant", async () => {
    const a = applicant(backend.url, "bicycle");
    const reply = await completeSteps(backend.url, a, "bicycle", { bike: { claims: 3 } });
    expect(reply.json).toMatchObject({ next_action: "referred", policy_status: "Pending-approval" });
    expect(reply.json.description.title).toMatch(/closer look/);
    const state = await a.get(`/api/v3/policy/submit/bicycle/?policy_number=${a.state.policyNumber}`);
    expect(state.json.next_action).toBe("referred");
    const confirm = await a.post(`/api/v3/policy/${a.state.policyNumber}/confirm/`);
    expect(confirm.status).toBe(409);
  });

  it("perform_otp: a wrong code is an error on the form, the right one signs the applicant in", async () => {
    const a = applicant(backend.url, "travel");
    await a.submit("trip", validAnswers.travel[0][1]);
    const otp = await a.submit("lead-traveller", validAnswers.travel[1][1]);
    expect(otp.json.next_action).toBe("perform_otp");
    expect(otp.json.form.form_type).toBe("otp");
    const { latestCode } = await import("../test/journeys");
    const sent = await latestCode(backend.url, "ada@example.com");
    const wrong = await a.submit("otp", { code: sent === "999999" ? "000000" : "999999" });
    expect(wrong.json.has_errors).toBe(true);
    expect(wrong.json.form.fields.find((f: { name: string }) => f.name === "code").errors[0]).toMatch(/isn't right/);
    const resent = await a.submit("otp", { resend: true });
    expect(resent.json).toMatchObject({ next_action: "perform_otp", has_errors: false });
    const ok = await a.submit("otp", { code: await latestCode(backend.url, "ada@example.com") });
    expect(ok.json).toMatchObject({ next_action: "continue", has_errors: false });
    expect(ok.json.form.form_id).toBe("travellers");
    expect(typeof ok.json.customer_token).toBe("string");
    expect(Date.parse(ok.json.customer_token_expires_at)).toBeGreaterThan(Date.now());
    const asCustomer = await client(backend.url)("GET", `/api/v3/policy/${a.state.policyNumber}/`, {
      token: ok.json.customer_token,
    });
    expect(asCustomer.status).toBe(200);
    const sameEmail = await a.submit("lead-traveller", { ...validAnswers.travel[1][1], phone: "+447700900999" });
    expect(sameEmail.json.next_action).toBe("continue");
    const newEmail = await a.submit("lead-traveller", {
      ...validAnswers.travel[1][1],
      email: "someone.else@example.com",
    });
    expect(newEmail.json.next_action).toBe("perform_otp");
  });
});

describe("steps are answered in order", () => {
  it("a later step can't be posted first, and the email code can't be skipped", async () => {
    const first = applicant(backend.url, "bicycle");
    const skipped = await first.submit("owner", validAnswers.bicycle[2][1]);
    expect(skipped.status).toBe(409);
    expect(skipped.json.detail).toMatch(/first step/);

    const a = applicant(backend.url, "travel");
    await a.submit("trip", validAnswers.travel[0][1]);
    expect((await a.submit("lead-traveller", validAnswers.travel[1][1])).json.next_action).toBe("perform_otp");
    const jump = await a.submit("travellers", { travellers: validAnswers.travel[2][1].travellers, passports: [] });
    expect(jump.status).toBe(409);
    expect(jump.json.detail).toMatch(/code we emailed/);
    expect((await a.post(`/api/v3/policy/${a.state.policyNumber}/confirm/`)).status).toBe(409);
    expect(
      (await a.get(`/api/v3/policy/submit/travel/?policy_number=${a.state.policyNumber}&form_id=beneficiaries`)).status,
    ).toBe(422);
  });
});
