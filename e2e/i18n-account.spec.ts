import type { Page, TestInfo } from "@playwright/test";
import { boughtBicycle } from "./bought";
import { expect, expectAccessible, latestCode, mainHeading, test, uniqueEmail } from "./fixtures";

// Issue 15, languages: the customer's account in Arabic, right to left, from the sign-in page to a policy.

const html = (page: Page) => page.locator("html");

async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  await testInfo.attach(name, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
}

/** Some of the words the account writes itself in English (not the backend's wording): none may show in Arabic. */
const ENGLISH = [
  "Signed in as",
  "Sign out",
  "Your documents",
  "Cancel your policy",
  "Request cancellation",
  "Part of the price",
  "Total refund",
  "Files you've sent us",
  "No payments yet",
];

/** The policy page's sections, each a region named by its heading. */
const SECTIONS = ["تغطيتك", "مستنداتك", "ألغِ وثيقتك", "المدفوعات", "الملفات التي أرسلتها إلينا", "السجل"];

test("a customer who chose Arabic signs in and reads their policy right to left", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const email = uniqueEmail("arabic-account");
  const n = await boughtBicycle(email);

  await page.goto("/account");
  await expect(page).toHaveURL(/\/account\/sign-in$/);
  await page.getByRole("button", { name: "العربية" }).click();
  await expect(html(page)).toHaveAttribute("lang", "ar");
  await expect(html(page)).toHaveAttribute("dir", "rtl");
  await expect(mainHeading(page)).toHaveText("سجّل الدخول إلى حسابك");
  await expectAccessible(page, "sign-in, Arabic");
  await screenshot(page, testInfo, "sign-in-rtl");

  await page.getByLabel("البريد الإلكتروني", { exact: true }).fill(email);
  await page.getByRole("button", { name: "أرسل لي رمزًا" }).click();
  await expect(page.getByText(/أرسلنا رمزًا إذا كانت لهذا البريد الإلكتروني وثيقة لدينا/)).toBeVisible();
  // The newest sign-in code, whatever language the email is written in (not the quote's, which came before).
  const signIn = /to sign in to your account|تسجيل الدخول إلى حسابك/;
  await page.getByLabel("الرمز المكوّن من 6 أرقام", { exact: true }).fill(await latestCode(page, email, signIn));
  await page.getByRole("button", { name: "تسجيل الدخول", exact: true }).click();

  await expect(mainHeading(page)).toHaveText("وثائقك");
  await expect(page.getByText(/^سجّلت الدخول باسم/)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "تصفية الوثائق حسب الحالة" })).toContainText("كل الوثائق الحالية");
  await expectAccessible(page, "policies, Arabic");
  await screenshot(page, testInfo, "policies-rtl");

  await page.getByRole("link", { name: new RegExp(`، الوثيقة ${n}$`) }).click();
  await expect(mainHeading(page)).toHaveText(`الوثيقة ${n}`);
  await expect(html(page)).toHaveAttribute("dir", "rtl");
  for (const name of SECTIONS) await expect(page.getByRole("region", { name }), name).toBeVisible();
  await expect(page.getByRole("region", { name: "تغطيتك" })).toContainText("الحالة: سارية");
  await expect(page.getByRole("link", { name: "شهادة التأمين", exact: true })).toBeVisible();
  const cancel = page.getByRole("region", { name: "ألغِ وثيقتك" });
  await expect(cancel.getByLabel("لماذا تريد الإلغاء؟", { exact: true })).toBeVisible();
  // The refund for the date chosen, worked out by the backend and worded here.
  await expect(cancel.getByRole("region", { name: "المبلغ المسترد عن هذا التاريخ" })).toContainText(
    "إجمالي المبلغ المسترد",
  );
  // A date in Arabic with Latin digits, as the page's Intl tag writes it.
  await expect(page.getByRole("region", { name: "السجل" })).toContainText(/[\u0600-\u06FF]+\s\d{4}/);
  const text = await page.getByRole("main").innerText();
  for (const words of ENGLISH) expect(text, `"${words}" on the Arabic policy page`).not.toContain(words);
  await expectAccessible(page, "policy, Arabic");
  await screenshot(page, testInfo, "policy-rtl");

  // The cancellation form checks in Arabic too.
  await cancel.getByRole("button", { name: "اطلب الإلغاء" }).click();
  await expect(cancel.getByLabel("لماذا تريد الإلغاء؟", { exact: true })).toBeFocused();
  await expect(cancel.getByText("أخبرنا ببضع كلمات لماذا تريد الإلغاء")).toBeVisible();
});
