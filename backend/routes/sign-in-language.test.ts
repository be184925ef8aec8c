import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { applicant, completeSteps, pay } from "../test/journeys";
import { recentEmails } from "../mail/outbox";
import { afterReplySettled } from "../http/after-reply";

let backend: Backend;
const email = "grace@example.com";

beforeAll(async () => {
  backend = await startBackend();
  const a = applicant(backend.url, "bicycle");
  await completeSteps(backend.url, a, "bicycle");
  await pay(backend.url, a);
});
afterAll(() => backend.close());

/** Asks for a sign-in code in `language` and returns the email that carried it. */
async function codeEmailIn(language: string) {
  const reply = await client(backend.url)("POST", "/api/v3/customer/otp/request/", {
    body: { email },
    headers: { "accept-language": language },
  });
  expect(reply.status).toBe(202);
  await afterReplySettled();
  const [latest] = (await recentEmails(backend.ctx, 100)).filter((e) => e.kind === "otp_sign_in");
  return latest;
}

describe("the customer sign-in code email in the language it was asked in", () => {
  it("is Arabic when the request asks for Arabic", async () => {
    const sent = await codeEmailIn("ar-EG,ar;q=0.9,en;q=0.5");
    expect(sent.language).toBe("ar");
    expect(sent.subject).toBe("رمز التحقق الخاص بك");
    expect(sent.body).toMatch(/^رمز تسجيل الدخول إلى حسابك هو \d{6}\./);
  });

  it("is English when English (or nothing we speak) is asked for", async () => {
    for (const language of ["en-GB", "fr-FR"]) {
      const sent = await codeEmailIn(language);
      expect(sent.language).toBe("en");
      expect(sent.subject).toBe("Your verification code");
      expect(sent.body).toMatch(/^Your code to sign in to your account is \d{6}\./);
    }
  });
});
