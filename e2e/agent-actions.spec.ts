import { boughtBicycle } from "./bought";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import {
  answer,
  applyFor,
  bicycle,
  bikeAnswers,
  confirmAndPay,
  expect,
  expectAccessible,
  expectBought,
  mainHeading,
  test,
  uniqueEmail,
} from "./fixtures";
import { newSignedInPage, panel, signIn } from "./console";

// The console offers only what the signed-in user may do to the policy as it is now (issue 10).
// Each test buys a policy first: give a busy machine the time.
test.describe.configure({ timeout: 180_000 });

const ACTION_TITLES = [
  "Copy to a new quote",
  "Renew",
  "Send a continue link",
  "Cancel the policy",
  "Cancellation request",
  "Referred application",
  "Remove the recurring payment",
];
/** The titles of the action panels shown, in order. */
const actionsShown = async (page: Page) => {
  const shown: string[] = [];
  for (const title of ACTION_TITLES) if (await panel(page, title).isVisible()) shown.push(title);
  return shown;
};
const answerOf = (page: Page, label: string) =>
  page
    .locator("section", { has: page.getByRole("heading", { name: "Answers", level: 2 }) })
    .locator("dt", { hasText: new RegExp(`^${label.replace(/[?()]/g, "\\$&")}$`) })
    .locator("xpath=following-sibling::dd[1]");

test("an agent sees only what they may do; answers read as labels; every document downloads", async ({
  page,
  browser,
}) => {
  await signIn(page, "agent");
  await page.getByRole("link", { name: "Start a quote for a customer" }).click();
  const n = await applyFor(page, bicycle(uniqueEmail("grace")));
  await confirmAndPay(page, { mode: "Pay monthly" });
  await expectBought(page, n);

  await page.goto(`/agent/policies/${n}`);
  await expect(mainHeading(page)).toHaveText(`Policy ${n}`);
  // Only send_continue_links: no cancelling, no removing the recurring payment (both would be 403); no renewal on
  // the first day of cover (only in the window before it ends).
  await expect(panel(page, "Copy to a new quote")).toBeVisible();
  expect(await actionsShown(page)).toEqual(["Copy to a new quote"]);

  // The answers by their questions and the choices' labels, not their codes.
  await expect(answerOf(page, "What kind of bike is it?")).toHaveText("Hybrid or commuter");
  await expect(answerOf(page, "Level of cover")).toHaveText("Premium: adds new-for-old and cover for your kit");
  await expect(answerOf(page, "Excess")).toHaveText("£100");
  await expect(page.getByText("Bike type", { exact: true })).toHaveCount(0);

  // Every document of the policy, as the customer gets them; no cancellation letter while it is active.
  const documents = page.getByRole("heading", { name: "Documents", level: 2 }).locator("xpath=..");
  for (const [label, file] of [
    ["Certificate of insurance", /\.pdf$/],
    ["Tax invoice", /\.pdf$/],
    ["Emergency contacts and instructions", /\.pdf$/],
    ["Wallet pass", /\.pkpass$/],
  ] as const) {
    const download = page.waitForEvent("download");
    await documents.getByRole("link", { name: label }).click();
    const saved = await download;
    expect(saved.suggestedFilename(), label).toMatch(file);
    const bytes = readFileSync((await saved.path())!);
    expect(bytes.subarray(0, 4).toString("latin1"), label).toBe(
      file.source.includes("pdf") ? "%PDF" : "PK\u0003\u0004",
    );
  }
  await expect(documents.getByRole("link", { name: "Cancellation letter" })).toHaveCount(0);
  await expect(documents.getByRole("link", { name: "Terms and conditions" })).toBeVisible();
  await expectAccessible(page, "agent's policy page");

  // A supervisor may remove the recurring payment; once it is gone the action is gone too.
  const supervisor = await newSignedInPage(browser, "supervisor", `/agent/policies/${n}`);
  await expect(panel(supervisor, "Copy to a new quote")).toBeVisible();
  expect(await actionsShown(supervisor)).toEqual([
    "Copy to a new quote",
    "Cancel the policy",
    "Remove the recurring payment",
  ]);
  const recurring = panel(supervisor, "Remove the recurring payment");
  await recurring.getByRole("button", { name: "Remove the recurring payment" }).click();
  await recurring.getByLabel("Comment").fill("Customer will pay by bank transfer");
  await recurring.getByRole("button", { name: "Yes, remove it" }).click();
  await expect(supervisor.getByText(`The recurring payment on policy ${n} has been removed.`)).toBeVisible();
  await expect(panel(supervisor, "Remove the recurring payment")).toHaveCount(0);
  await supervisor.reload();
  await expect(panel(supervisor, "Cancel the policy")).toBeVisible();
  await expect(panel(supervisor, "Remove the recurring payment")).toHaveCount(0);
});

test("a cancel that meets a policy already cancelled says so, offers no second try, and shows the letter", async ({
  browser,
}) => {
  const n = await boughtBicycle(uniqueEmail("ada"));

  const stale = await newSignedInPage(browser, "supervisor", `/agent/policies/${n}`);
  await expect(panel(stale, "Cancel the policy")).toBeVisible();
  // Paid once: nothing recurring to remove, so it isn't offered (it would be a 404).
  await expect(panel(stale, "Remove the recurring payment")).toHaveCount(0);

  // Someone else cancels it meanwhile.
  const other = await newSignedInPage(browser, "supervisor", `/agent/policies/${n}`);
  const first = panel(other, "Cancel the policy");
  await first.getByRole("button", { name: "Cancel the policy" }).click();
  await first.getByLabel("Reason for cancelling").fill("Customer sold the bike");
  await first.getByRole("button", { name: "Yes, cancel the policy" }).click();
  await expect(other.getByText(`Policy ${n} is now Cancelled.`)).toBeVisible();

  const cancel = panel(stale, "Cancel the policy");
  await cancel.getByRole("button", { name: "Cancel the policy" }).click();
  await cancel.getByLabel("Reason for cancelling").fill("Customer asked by phone");
  await cancel.getByRole("button", { name: "Yes, cancel the policy" }).click();
  const notice = stale
    .getByRole("alert")
    .filter({ hasText: "Someone else changed this policy while you were looking" });
  await expect(notice).toContainText("It is Cancelled now, so it can't be cancelled. Nothing was changed.");
  await expect(notice).not.toContainText(/confirm again/i);
  await expect(notice.locator("xpath=..")).toBeFocused();
  // The page now offers only what can be done to a cancelled policy.
  await expect(panel(stale, "Cancel the policy")).toHaveCount(0);
  await expect(stale.getByRole("button", { name: "Yes, cancel the policy" })).toHaveCount(0);
  await expect(stale.getByRole("link", { name: "Cancellation letter" })).toBeVisible();
  await expectAccessible(stale, "conflict explained");
});

test("a continue link can't be emailed to a quote without an email address, and says why", async ({ page }) => {
  await signIn(page, "agent");
  await page.getByRole("link", { name: "Start a quote for a customer" }).click();
  await page.getByRole("link", { name: "Get a quote for bicycle insurance" }).click();
  await page.getByRole("link", { name: "Start your quote" }).click();
  for (const a of bikeAnswers()) await answer(page, a);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(mainHeading(page)).toHaveText("Your cover");
  const n = /\/quote\/([^/]+)\//.exec(page.url())![1];

  await page.goto(`/agent/policies/${n}`);
  const send = panel(page, "Send a continue link");
  await send.getByRole("button", { name: "Send a continue link" }).click();
  const box = send.getByLabel("Email the link to the customer");
  await expect(box).not.toBeChecked();
  await expect(box).toBeDisabled();
  await expect(box).toHaveAccessibleDescription(
    "The quote has no email address yet, so the link can't be emailed: copy it and send it yourself.",
  );
  await expectAccessible(page, "continue link without email");
  await send.getByRole("button", { name: "Yes, make the link" }).click();
  await expect(send.getByText(/^Send this link to the customer\./)).toBeVisible();
  await expect(send.getByLabel("Link to continue the quote")).toHaveValue(new RegExp(`/continue/${n}\\.`));
});
