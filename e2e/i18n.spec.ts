import type { Page, TestInfo } from "@playwright/test";
import { answer, bikeAnswers, CARDS, day, expect, expectAccessible, mainHeading, test, uniqueEmail } from "./fixtures";

// Issue 15, languages: the bicycle product bought in Arabic, right to left, from the switcher to the done page.

async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  await testInfo.attach(name, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
}

const html = (page: Page) => page.locator("html");
const continueButton = (page: Page) => page.getByRole("button", { name: "متابعة", exact: true });

test("a customer buys bicycle insurance in Arabic, right to left", async ({ page }, testInfo) => {
  test.setTimeout(240_000); // a whole purchase, with an accessibility check and a screenshot of every page
  await page.goto("/products/bicycle");
  await expect(html(page)).toHaveAttribute("dir", "ltr");
  await expect(mainHeading(page)).toHaveText("Keep on riding");
  await expectAccessible(page, "intro, English");
  await screenshot(page, testInfo, "intro-ltr");

  await page.getByRole("button", { name: "العربية" }).click();
  await expect(html(page)).toHaveAttribute("lang", "ar");
  await expect(html(page)).toHaveAttribute("dir", "rtl");
  await expect(page).toHaveURL(/\/products\/bicycle$/); // back on the page it was chosen on
  await expect(mainHeading(page)).toHaveText("واصل ركوب دراجتك");
  await expect(page.getByRole("heading", { name: "الشروط الأساسية" })).toBeVisible();
  await expectAccessible(page, "intro, Arabic");
  await screenshot(page, testInfo, "intro-rtl");
  await page.getByRole("link", { name: "ابدأ عرض السعر" }).click();

  await expect(mainHeading(page)).toHaveText("دراجتك");
  await expect(page.getByText("الخطوة 1 من 3")).toBeVisible();
  // The rules engine speaks Arabic too, with the field's Arabic title.
  await continueButton(page).click();
  const summary = page.getByRole("alert").filter({ hasText: "هناك مشكلة" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "أدخل «الشركة المصنّعة»." })).toBeVisible();
  await expectAccessible(page, "first step with errors, Arabic");
  await screenshot(page, testInfo, "step-errors-rtl");

  await page.getByLabel("الشركة المصنّعة", { exact: true }).fill("Brompton");
  await page.getByLabel("الطراز", { exact: true }).fill("C Line");
  await page.getByLabel("كم تبلغ قيمة الدراجة؟", { exact: true }).fill("1500.00");
  await page
    .getByRole("radiogroup", { name: "ما نوع الدراجة؟" })
    .getByLabel("هجينة أو للتنقل اليومي", { exact: true })
    .check();
  await page.getByLabel("رقم الهيكل", { exact: true }).fill("ABC12345");
  await page.getByLabel("كم عدد مطالبات تأمين الدراجات التي قدمتها خلال السنوات الثلاث الماضية؟").fill("0");
  await answer(page, { fill: "متى تبدأ التغطية؟", with: day(1) });
  await continueButton(page).click();

  await expect(mainHeading(page)).toHaveText("تغطيتك");
  await page
    .getByRole("radiogroup", { name: "مستوى التغطية" })
    .getByLabel("مميزة: تضيف الاستبدال بجديدة وتغطية معداتك", { exact: true })
    .check();
  await page.getByLabel("مبلغ التحمل", { exact: true }).selectOption({ label: "£100" });
  await page
    .getByRole("group", { name: "إضافات اختيارية" })
    .getByLabel("السرقة في الخارج (حتى 60 يومًا في السنة)")
    .check();
  // The price table: labels at the start (right), amounts at the end (left).
  const total = page.locator("dt", { hasText: /^المبلغ المستحق$/ }).first();
  await expect(total).toBeVisible();
  const [label, amount] = [
    await total.boundingBox(),
    await total.locator("xpath=following-sibling::dd[1]").boundingBox(),
  ];
  expect(label!.x).toBeGreaterThan(amount!.x);
  await expectAccessible(page, "cover step, Arabic");
  await screenshot(page, testInfo, "step-rtl");
  await continueButton(page).click();

  await expect(page.getByRole("heading", { level: 2, name: "قبل أن تتابع" })).toBeFocused();
  await continueButton(page).click();

  await expect(mainHeading(page)).toHaveText("عنك");
  await page.getByLabel("الاسم الأول", { exact: true }).fill("غريس");
  await page.getByLabel("اسم العائلة", { exact: true }).fill("هوبر");
  await answer(page, { fill: "تاريخ الميلاد", with: "1980-12-09" });
  await page.getByLabel("البريد الإلكتروني", { exact: true }).fill(uniqueEmail("arabic"));
  await page.getByLabel("الرمز البريدي للمنزل", { exact: true }).fill("SW1A 1AA");
  await continueButton(page).click();

  await expect(mainHeading(page)).toHaveText("راجع إجاباتك");
  await expectAccessible(page, "review, Arabic");
  await screenshot(page, testInfo, "review-rtl");
  // The declarations come from the API, in the quote's language.
  for (const box of ["المعلومات التي قدّمتها صحيحة وكاملة", "قرأت الشروط والأحكام وأوافق عليها"])
    await page.getByLabel(box, { exact: true }).check();
  await page.getByRole("button", { name: "التأكيد والمتابعة" }).click();

  await expect(mainHeading(page)).toHaveText("ادفع ثمن وثيقتك");
  await expectAccessible(page, "payment, Arabic");
  await page.getByRole("button", { name: "ادفع بأمان" }).click();
  // The sandbox gateway's page speaks the quote's language too, right to left.
  await expect(page).toHaveURL(/\/api\/v3\/payment\/sandbox\//);
  await expect(html(page)).toHaveAttribute("dir", "rtl");
  await page.getByLabel("رقم البطاقة").fill(CARDS.good);
  await page.getByLabel("تاريخ الانتهاء (MM/YY)").fill("12/39");
  await page.getByLabel("رمز الأمان").fill("123");
  await page.getByLabel("الاسم على البطاقة").fill("A Customer");
  await page.getByRole("button", { name: /^ادفع / }).click();

  await expect(mainHeading(page)).toHaveText("أنت مؤمَّن الآن");
  await expect(page.getByRole("definition").filter({ hasText: /^سارية$/ })).toBeVisible();
  await expectAccessible(page, "done, Arabic");
  await screenshot(page, testInfo, "done-rtl");
});

test("Accept-Language: ar chooses Arabic; the switcher's choice is remembered", async ({ browser }, testInfo) => {
  const context = await browser.newContext({
    locale: "ar-SA",
    extraHTTPHeaders: { "accept-language": "ar-SA,ar;q=0.9" },
  });
  const page = await context.newPage();
  await page.goto("/");
  await expect(html(page)).toHaveAttribute("lang", "ar");
  await expect(html(page)).toHaveAttribute("dir", "rtl");
  await expect(mainHeading(page)).toHaveText("اختر تغطيتك");
  await screenshot(page, testInfo, "products-rtl");

  await page.getByRole("button", { name: "English" }).click();
  await expect(html(page)).toHaveAttribute("lang", "en");
  await expect(mainHeading(page)).toHaveText("Choose your cover");
  await page.reload();
  await expect(mainHeading(page)).toHaveText("Choose your cover");
  await page.goto("/products/travel");
  await expect(html(page)).toHaveAttribute("dir", "ltr");
  await screenshot(page, testInfo, "intro-ltr");

  // A product without Arabic says so, in Arabic pages.
  await page.getByRole("button", { name: "العربية" }).click();
  await expect(html(page)).toHaveAttribute("dir", "rtl");
  await expect(page.getByText("This product is only available in English.")).toBeVisible();
  await context.close();
});

test("in Arabic: the emailed continue link, its page in another browser, and a spoilt or old link", async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(240_000); // two browsers, four accessibility checks
  const email = uniqueEmail("resume-ar");
  await page.goto("/products/bicycle/apply");
  for (const a of bikeAnswers()) await answer(page, a);
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(mainHeading(page)).toHaveText("Your cover");
  const n = /\/quote\/([^/]+)\//.exec(page.url())![1];
  await page.getByRole("button", { name: "العربية" }).click();
  await expect(mainHeading(page)).toHaveText("تغطيتك");

  await page.getByText("أرسل لي رابطًا بالبريد الإلكتروني للمتابعة").click();
  await expect(page.getByText(/سنرسل إليك بالبريد الإلكتروني رابطًا يفتح عرض السعر هذا/)).toBeVisible();
  const box = page.getByLabel("عنوان بريدك الإلكتروني");
  await box.fill("");
  await page.getByRole("button", { name: "أرسل إليّ الرابط" }).click();
  await expect(page.getByText("خطأ: أدخل عنوان بريدك الإلكتروني", { exact: true })).toBeVisible();
  await expect(box).toBeFocused();
  await box.fill(email);
  await page.getByRole("button", { name: "أرسل إليّ الرابط" }).click();
  await expect(page.getByRole("status").filter({ hasText: `أرسلنا رابطًا إلى ${email}. يعمل حتى` })).toBeVisible();
  await expectAccessible(page, "the email-a-link form, Arabic");
  await screenshot(page, testInfo, "email-link-rtl");

  // Another browser, where the person chose Arabic too.
  const other = await browser.newContext();
  await other.addCookies([{ name: "locale", value: "ar", url: baseURL! }]);
  const device = await other.newPage();
  try {
    await device.goto(`/dev/outbox?to=${encodeURIComponent(email)}`);
    const mail = device.getByTestId("outbox-email").first();
    await expect(mail).toContainText(n);
    const url = /https?:\/\/\S+\/continue\/[^\s"<]+/.exec((await mail.textContent()) ?? "")![0];
    const path = new URL(url).pathname;

    await device.goto(path);
    await expect(html(device)).toHaveAttribute("lang", "ar");
    await expect(html(device)).toHaveAttribute("dir", "rtl");
    await expect(mainHeading(device)).toHaveText("متابعة عرض السعر هذا");
    await expect(device.getByText(`عرض السعر ${n}`)).toBeVisible();
    await expect(device.getByText(/^يعمل هذا الرابط حتى /)).toBeVisible();
    await expectAccessible(device, "continue-link page, Arabic");
    await screenshot(device, testInfo, "continue-rtl");
    await expect(openLink(device)).resolves.toBe(303);
    await expect(mainHeading(device)).toHaveText("تغطيتك");
    await expect(device.getByText("الخطوة 2 من 3")).toBeVisible();

    // A spoilt link: the route handler's own page, in Arabic, right to left, with its status.
    await device.goto(path.replace(/.$/, (c) => (c === "A" ? "B" : "A")));
    await expect(openLink(device)).resolves.toBe(403);
    await expect(html(device)).toHaveAttribute("dir", "rtl");
    await expect(mainHeading(device)).toHaveText("هذا الرابط غير صالح أو انتهت صلاحيته");
    await expect(device.getByRole("link", { name: "ابدأ عرض سعر جديدًا" })).toBeVisible();
    await expectAccessible(device, "invalid continue link, Arabic");
    await screenshot(device, testInfo, "continue-invalid-rtl");

    // One past its time.
    await device.goto(`/continue/${n}.1700000000.${path.split(".").at(-1)}`);
    await expect(html(device)).toHaveAttribute("dir", "rtl");
    await expect(mainHeading(device)).toHaveText("انتهت صلاحية هذا الرابط");
    await expect(device.getByText(/أرسل إلى نفسك رابطًا جديدًا/)).toBeVisible();
    await expect(device.getByRole("link", { name: "سجّل الدخول لعرض عروض أسعارك ووثائقك" })).toBeVisible();
    await expectAccessible(device, "expired continue link, Arabic");

    // An address with no page: the not-found page in Arabic.
    const missing = await device.goto("/no-such-page");
    expect(missing?.status()).toBe(404);
    await expect(mainHeading(device)).toHaveText("لا يمكننا العثور على هذه الصفحة");
  } finally {
    await other.close();
  }
});

/** "Continue this quote" in Arabic; the status of the POST that opens the link. */
async function openLink(page: Page): Promise<number> {
  const opened = page.waitForResponse(
    (res) => res.request().method() === "POST" && /\/continue\/[^/]+\/open$/.test(res.url()),
  );
  await page.getByRole("button", { name: "متابعة عرض السعر هذا" }).click();
  return (await opened).status();
}
