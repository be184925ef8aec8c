import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";
import { client, type CallOptions } from "../test/client";
import { applicant, asForm, completeSteps } from "../test/journeys";

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(async () => backend?.close());

const speaking = (language: string) => {
  const call = client(backend.url);
  return (method: string, path: string, opts: CallOptions = {}) =>
    call(method, path, { ...opts, headers: { ...opts.headers, "accept-language": language } });
};

/** A confirmed quote's sandbox payment page address, its journey asked in `language`. */
async function paymentPage(slug: string, language: string) {
  const a = applicant(backend.url, slug, speaking(language));
  await completeSteps(backend.url, a, slug);
  const n = a.state.policyNumber;
  await a.post(`/api/v3/policy/${n}/confirm/`, {
    form: asForm("confirmation", { accurate: true, accept_terms: true }),
  });
  const returnUrl = encodeURIComponent("http://127.0.0.1:3999/done");
  const token = await a.get(`/api/v3/payment/token/?policy_number=${n}&payment_mode=annual&return_url=${returnUrl}`);
  return new URL(token.json.redirect_url).pathname;
}

describe("the sandbox payment page in the payer's language", () => {
  it("speaks Arabic for a quote made in Arabic, whatever the gateway's browser sends", async () => {
    const path = await paymentPage("bicycle", "ar");
    const page = await client(backend.url)("GET", path);
    expect(page.headers.get("content-language")).toBe("ar");
    expect(page.text).toContain('<html lang="ar" dir="rtl">');
    const bad = await client(backend.url)("POST", path, {
      raw: "card_number=1234&expiry=12/39&cvc=123&name=A",
      contentType: "application/x-www-form-urlencoded",
    });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain("أدخل رقم بطاقة صالحًا");
  });

  it("follows Accept-Language for a quote in English", async () => {
    const path = await paymentPage("travel", "ar");
    expect((await speaking("ar")("GET", path)).text).toContain('<html lang="ar" dir="rtl">');
    const english = await speaking("en-GB")("GET", path);
    expect(english.headers.get("content-language")).toBe("en");
    expect(english.text).toContain("Card number");
  });
});
