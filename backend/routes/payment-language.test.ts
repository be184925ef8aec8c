import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";
import { client, speaking as speakingClient } from "../test/client";
import { applicant, asForm, completeSteps, pay } from "../test/journeys";

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(async () => backend?.close());

const speaking = (language: string) => speakingClient(backend.url, language);

/** A confirmed quote's sandbox payment page address, its journey asked in `language`. */
async function paymentPage(slug: string, language: string, a = applicant(backend.url, slug, speaking(language))) {
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

  it("gives our own reason for a payment not taken in the quote's language", async () => {
    const a = applicant(backend.url, "bicycle", speaking("ar"));
    const first = await paymentPage("bicycle", "ar", a);
    expect((await pay(backend.url, a, undefined, false)).location.searchParams.get("payment")).toBe("succeeded");
    const call = client(backend.url);
    const paid = await call("POST", first, {
      raw: "card_number=4242424242424242&expiry=12/39&cvc=123&name=A",
      contentType: "application/x-www-form-urlencoded",
    });
    const back = await call("GET", paid.headers.get("location")!);
    const outcome = new URL(back.headers.get("location")!).searchParams;
    expect(outcome.get("payment")).toBe("declined");
    expect(outcome.get("reason")).toMatch(/^تغيّر عرض السعر، أو سبق دفعه/);
  });
});
