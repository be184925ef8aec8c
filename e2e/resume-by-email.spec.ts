import { answer, bikeAnswers, expect, expectAccessible, mainHeading, test, uniqueEmail } from "./fixtures";
import { continueQuote } from "./console";

// "Email me a link to continue": a quote started on one device, carried on in another browser from the emailed link.

test("on step 2 a link is emailed; another browser opens it at that step with the answers; a spoilt or old link says so", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("resume");
  await page.goto("/products/bicycle/apply");
  for (const a of bikeAnswers({ value: "2400.00" })) await answer(page, a);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(mainHeading(page)).toHaveText("Your cover");
  const n = /\/quote\/([^/]+)\//.exec(page.url())![1];

  await page.getByText("Email me a link to continue").click();
  await page.getByLabel("Your email address").fill(email);
  await page.getByRole("button", { name: "Email me the link" }).click();
  await expect(page.getByRole("status").filter({ hasText: `We've emailed a link to ${email}` })).toBeVisible();
  await expectAccessible(page, "step with the email-a-link form open");

  // The link, as the inbox has it (the development outbox).
  const other = await browser.newContext();
  const device = await other.newPage();
  try {
    await device.goto(`/dev/outbox?to=${encodeURIComponent(email)}`);
    const mail = device.getByTestId("outbox-email").first();
    await expect(mail).toContainText(`Continue your Bicycle insurance quote ${n}`);
    const url = /https?:\/\/\S+\/continue\/[^\s"<]+/.exec((await mail.textContent()) ?? "")![0];
    expect(url).not.toContain("@");

    await device.goto(url);
    await expect(mainHeading(device)).toHaveText("Continue this quote");
    await expect(continueQuote(device)).resolves.toBe(303);
    await expect(mainHeading(device)).toHaveText("Your cover");
    await expect(device.getByText("Step 2 of 3")).toBeVisible();
    await device.getByRole("link", { name: "Back" }).click();
    await expect(mainHeading(device)).toHaveText("Your bicycle");
    await expect(device.getByLabel("What is the bike worth?")).toHaveValue("2400.00");

    // A link someone spoilt, and one past its time: plain pages that say what to do.
    await device.goto(url.replace(/.$/, (c) => (c === "A" ? "B" : "A")));
    await expect(continueQuote(device)).resolves.toBe(403);
    await expect(mainHeading(device)).toHaveText("This link is not valid or has expired");
    await expect(device.getByRole("link", { name: "Start a new quote" })).toBeVisible();
    const signature = url.split(".").at(-1)!;
    await device.goto(`/continue/${n}.1700000000.${signature}`);
    await expect(mainHeading(device)).toHaveText("This link has expired");
    await expect(device.getByText("email yourself a new link")).toBeVisible();
    await expect(device.getByRole("link", { name: "Sign in to see your quotes and policies" })).toBeVisible();
  } finally {
    await other.close();
  }
});
