import type { Page } from "@playwright/test";
import { boughtBicycle } from "./bought";
import { expect, expectAccessible, mainHeading, test, uniqueEmail } from "./fixtures";
import { USERS } from "./console";

// Issue 15, languages: the agent console in Arabic, right to left: the supervisor signs in, finds a bought policy
// and opens it. Needs the demo users (SEED_DEMO=1, as playwright.config.ts starts the backend).

const html = (page: Page) => page.locator("html");
const fact = (page: Page, term: string) =>
  page.locator("dt", { hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]");

test("the supervisor finds and opens a policy in Arabic, right to left", async ({ page, baseURL }) => {
  const n = await boughtBicycle(uniqueEmail("arabic-console"));
  await page.context().addCookies([{ name: "locale", value: "ar", url: baseURL! }]);

  await page.goto("/agent");
  await expect(page).toHaveURL(/\/agent\/sign-in\?next=/);
  await expect(html(page)).toHaveAttribute("lang", "ar");
  await expect(html(page)).toHaveAttribute("dir", "rtl");
  await expect(mainHeading(page)).toHaveText("تسجيل الدخول إلى لوحة الوكلاء");
  await page.getByRole("button", { name: "تسجيل الدخول", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "لم تسجّل الدخول بعد" })).toContainText(
    "أدخل اسم المستخدم وكلمة المرور.",
  );
  await expectAccessible(page, "console sign-in, Arabic");
  await page.getByLabel("اسم المستخدم", { exact: true }).fill(USERS.supervisor.username);
  await page.getByLabel("كلمة المرور", { exact: true }).fill(USERS.supervisor.password);
  await page.getByRole("button", { name: "تسجيل الدخول", exact: true }).click();
  // The password check is deliberately slow (argon2).
  await expect(page.getByText("تم تسجيل الدخول باسم Sam Supervisor (رمز الوكيل S0001)")).toBeVisible({
    timeout: 30_000,
  });

  await expect(mainHeading(page)).toHaveText("لوحة الوكلاء");
  await page.getByLabel("رقم الوثيقة", { exact: true }).fill(n);
  await page.getByLabel("سارية", { exact: true }).check();
  await page.getByRole("button", { name: "بحث", exact: true }).click();
  await expect(page.getByRole("heading", { name: "النتائج", level: 2 })).toBeVisible();
  await expect(page.getByText("عرض 1–1 من أصل 1")).toBeVisible();
  const table = page.getByRole("table", { name: "الوثائق مرتبة حسب تاريخ الإنشاء، الأحدث أولًا، الصفحة 1" });
  await expect(table.getByRole("columnheader", { name: /^تاريخ الإنشاء/ })).toHaveAttribute("aria-sort", "descending");
  await expect(table.getByRole("row").filter({ hasText: n })).toContainText("سارية");
  await expectAccessible(page, "console search, Arabic");
  await table.getByRole("link", { name: n }).click();

  await expect(mainHeading(page)).toHaveText(`الوثيقة ${n}`);
  await expect(html(page)).toHaveAttribute("dir", "rtl");
  for (const heading of ["التفاصيل", "الإجراءات", "المستندات", "السجل", "الإجابات", "الدفعات", "سجل الحالات"]) {
    await expect(page.getByRole("heading", { name: heading, level: 2, exact: true })).toBeVisible();
  }
  await expect(fact(page, "الحالة")).toHaveText("سارية");
  await expect(page.getByRole("table", { name: `نسخ الوثيقة ${n}، الأحدث أولًا` })).toBeVisible();
  const cancel = page.getByRole("region", { name: "إلغاء الوثيقة", exact: true });
  await cancel.getByRole("button", { name: "إلغاء الوثيقة" }).click();
  await expect(cancel.getByText(`هل تريد إلغاء الوثيقة ${n}؟`)).toBeFocused();
  await expect(cancel.getByLabel("سبب الإلغاء")).toBeVisible();
  await expect(cancel.getByRole("button", { name: "لا، عودة" })).toBeVisible();
  await expectAccessible(page, "console policy page, Arabic");
});
