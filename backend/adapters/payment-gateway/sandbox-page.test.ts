import { describe, expect, it } from "vitest";
import { cancelledByPayer, checkCard, sandboxPage } from "./sandbox-page";

const payment = { amount: "120.00", currency: "GBP", policyNumber: "AB12CD34" };
const now = new Date("2026-06-01T12:00:00Z");
const bad = { card_number: "1234", expiry: "13/20", cvc: "1", name: "" };

describe("the sandbox gateway's page in the payer's language", () => {
  it("is English, left to right, by default", () => {
    const page = sandboxPage(payment, {}, {});
    expect(page).toContain('<html lang="en" dir="ltr">');
    expect(page).toContain('<label for="card_number">Card number</label>');
    expect(page).toContain('<button type="submit">Pay 120.00 GBP</button>');
  });

  it("is Arabic, right to left with logical CSS, its labels, hints, button and errors too", () => {
    const checked = checkCard(bad, now, "ar");
    if (!("errors" in checked)) throw new Error("expected errors");
    expect(checked.errors).toEqual({
      card_number: "أدخل رقم بطاقة صالحًا، مثل 4242 4242 4242 4242.",
      expiry: "أدخل تاريخ الانتهاء بالصيغة MM/YY.",
      cvc: "أدخل رمز الأمان المكوّن من 3 أو 4 أرقام.",
      name: "أدخل الاسم المكتوب على البطاقة.",
    });
    const page = sandboxPage(payment, bad, checked.errors, "ar");
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain("<title>ادفع 120.00 GBP – صفحة الدفع التجريبية</title>");
    expect(page).toContain('<label for="card_number">رقم البطاقة</label>');
    expect(page).toContain("<h2>يوجد خطأ</h2>");
    expect(page).toContain("صفحة دفع تجريبية: لا تُحوَّل أي أموال حقيقية.");
    expect(page).toContain('name="action" value="cancel" formnovalidate>إلغاء</button>');
    expect(page).toContain("margin-inline-start");
    expect(page).not.toMatch(/margin-(left|right)|text-align:(left|right)/);
    expect(page).not.toMatch(/>[^<]*\b(Card number|Pay|Cancel|There is a problem)\b[^<]*</);
  });

  it("gives a decline's and a cancellation's reason in the payer's language, English unchanged", () => {
    const card = { card_number: "4000 0000 0000 0002", expiry: "12/39", cvc: "123", name: "A" };
    const ar = checkCard(card, now, "ar");
    const en = checkCard(card, now);
    expect("result" in ar && ar.result.reason).toBe("رفض البنك بطاقتك. جرّب بطاقة أخرى.");
    expect("result" in en && en.result.reason).toBe("Your card was declined by your bank. Try another card.");
    expect(cancelledByPayer("ar").reason).toBe("ألغيت عملية الدفع.");
    expect(cancelledByPayer().reason).toBe("You cancelled the payment.");
  });
});
