import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";
import { speaking as speakingClient } from "../test/client";
import { applicant, asForm, completeSteps, validAnswers } from "../test/journeys";

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(async () => backend?.close());

const speaking = (language: string) => speakingClient(backend.url, language);
const [bikeStep, bikeAnswers] = validAnswers.bicycle[0];

describe("the buying journey's own errors in the language asked for", () => {
  it("words a wrong step in Arabic for the bicycle product, naming it in Arabic", async () => {
    const a = applicant(backend.url, "bicycle", speaking("ar-SA,ar;q=0.9"));
    const reply = await a.submit("nope", {});
    expect(reply.status).toBe(422);
    expect(reply.headers.get("content-language")).toBe("ar");
    expect(reply.json.detail).toBe("لا توجد خطوة «nope» في تأمين الدراجات الهوائية.");
  });

  it("keeps English for a product without Arabic, and for English", async () => {
    const travel = await applicant(backend.url, "travel", speaking("ar")).submit("nope", {});
    expect(travel.headers.get("content-language")).toBe("en");
    expect(travel.json.detail).toBe('There is no step "nope" in Travel insurance.');
    const english = await applicant(backend.url, "bicycle", speaking("en-GB")).submit("nope", {});
    expect(english.headers.get("content-language")).toBe("en");
    expect(english.json.detail).toBe('There is no step "nope" in Bicycle insurance.');
  });

  it("words a closed step and an unfinished quote's confirmation in Arabic, its status too", async () => {
    const a = applicant(backend.url, "bicycle", speaking("ar"));
    const early = await a.submit(validAnswers.bicycle[1][0], validAnswers.bicycle[1][1]);
    expect(early.status).toBe(409);
    expect(early.json.detail).toBe("ابدأ بالخطوة الأولى من عرض السعر.");
    expect((await a.submit(bikeStep, bikeAnswers)).json.has_errors).toBe(false);
    const n = a.state.policyNumber;
    const confirm = await a.post(`/api/v3/policy/${n}/confirm/`);
    expect(confirm.status).toBe(409);
    expect(confirm.headers.get("content-language")).toBe("ar");
    expect(confirm.json.detail).toBe(`لا يمكن تأكيد الوثيقة ${n} وحالتها «جديد».`);
    const english = await applicant(backend.url, "bicycle").call("POST", `/api/v3/policy/${n}/confirm/`, a.auth());
    expect(english.json.detail).toBe(`Policy ${n} is New and can't be confirmed.`);
  });

  it("words a refused upload in Arabic, its field and the kinds it accepts too", async () => {
    const a = applicant(backend.url, "bicycle", speaking("ar"));
    await a.submit(bikeStep, bikeAnswers);
    const reply = await a.upload("proof_of_purchase", "text/plain", Buffer.from("not a picture"));
    expect(reply.status).toBe(415);
    expect(reply.json.detail).toBe(
      "لم نتمكن من معرفة نوع هذا الملف. يقبل حقل «إثبات الشراء» ملفات JPEG أو PNG أو PDF.",
    );
  });

  it("stays English where no product is known (a policy the caller can't see)", async () => {
    const reply = await speaking("ar")("POST", "/api/v3/policy/P-0000000/confirm/", { quoteToken: "x" });
    expect(reply.json.detail).not.toMatch(/[\u0600-\u06ff]/);
  });

  it("asks for the declarations in Arabic and words a missing one in Arabic; English unchanged", async () => {
    const a = applicant(backend.url, "bicycle", speaking("ar"));
    await completeSteps(backend.url, a, "bicycle");
    const path = `/api/v3/policy/${a.state.policyNumber}/confirm/`;
    const review = await a.post(path);
    expect(review.json.form.form_name).toBe("أكّد طلبك");
    const missing = await a.post(path, { form: asForm("confirmation", { accurate: true, accept_terms: false }) });
    expect(missing.json.has_errors).toBe(true);
    const terms = missing.json.form.fields.find((f: { name: string }) => f.name === "accept_terms");
    expect(terms.errors).toEqual(["ضع علامة على «قرأت الشروط والأحكام وأوافق عليها» للمتابعة."]);
    const english = applicant(backend.url, "bicycle").call("POST", path, {
      body: { form: asForm("confirmation", { accurate: true, accept_terms: false }) },
      ...a.auth(),
    });
    const englishTerms = (await english).json.form.fields.find((f: { name: string }) => f.name === "accept_terms");
    expect(englishTerms.errors).toEqual(['Tick "I have read and accept the terms and conditions" to continue.']);
  });
});
