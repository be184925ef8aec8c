import { describe, expect, it } from "vitest";
import { linkExpirySentence, paymentSucceededReason, policyIssuedEmail } from "./policy-emails";
import { emailHtml } from "./email-html";

describe("policy emails and history sentences", () => {
  it("says a payment with its money and reference, and never 'null'", () => {
    expect(paymentSucceededReason({ amount: "56.00", currency: "GBP", reference: "PAY-1A2B3C" })).toBe(
      "Payment of £56.00 succeeded (reference PAY-1A2B3C)",
    );
    expect(paymentSucceededReason({ amount: "56.00", currency: "GBP", reference: null })).toBe(
      "Payment of £56.00 succeeded",
    );
  });

  it("writes the policy email with dates in words and no blanks", () => {
    const email = policyIssuedEmail({
      productName: "Bicycle insurance",
      policyNumber: "AB12CD34",
      firstName: "Grace",
      start: "2026-12-11",
      end: "2027-12-10",
      payment: { amount: "1056.00", currency: "GBP", reference: null },
    });
    expect(email.subject).toBe("Your Bicycle insurance policy AB12CD34");
    expect(email.body).toContain("Cover runs from 11 December 2026 to 10 December 2027.");
    expect(email.body).toContain("We received £1,056.00.");
    expect(email.body).not.toMatch(/null|undefined|\d{4}-\d{2}-\d{2}|GBP/);
    const noName = policyIssuedEmail({
      ...{ productName: "Travel", policyNumber: "X" },
      start: null,
      end: null,
      payment: { amount: "5.00", currency: "GBP" },
    });
    expect(noName.body).toMatch(/^Hello,\n\nThank you/);
    expect(noName.body).not.toContain("Cover runs");
    expect(linkExpirySentence("2026-12-11T10:00:00Z")).toBe("The link works until 11 December 2026.");
  });

  it("writes it in Arabic for an Arabic policy: months in Arabic, Latin digits, the amount for the locale", () => {
    const email = policyIssuedEmail({
      productName: "تأمين الدراجات الهوائية",
      policyNumber: "AB12CD34",
      firstName: "ليلى",
      start: "2026-12-11",
      end: "2027-12-10",
      payment: { amount: "1056.00", currency: "GBP", reference: "PAY-1A2B3C" },
      language: "ar",
    });
    expect(email.language).toBe("ar");
    expect(email.subject).toBe("وثيقة تأمين الدراجات الهوائية رقم AB12CD34");
    expect(email.body).toContain("مرحبًا ليلى،");
    expect(email.body).toContain("تسري التغطية من 11 ديسمبر 2026 إلى 10 ديسمبر 2027.");
    expect(email.body).toMatch(/استلمنا .*1,056\.00.* \(الرقم المرجعي PAY-1A2B3C\)\./);
    expect(email.body).not.toMatch(/[A-Za-z]{4,}|[\u0660-\u0669]/);
  });

  it("gives the email an HTML part in its language and direction, links kept left to right", () => {
    const html = emailHtml("عنوان", "مرحبًا،\n\nالرابط:\nhttps://insure.example/continue/x?a=1&b=2", "ar");
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<body dir="rtl" style="text-align:right">');
    expect(html).toContain('<a href="https://insure.example/continue/x?a=1&amp;b=2" dir="ltr">');
    expect(emailHtml("Hi", "Hello <b>", "en")).toMatch(/<html lang="en" dir="ltr">[\s\S]*Hello &lt;b&gt;/);
  });
});
