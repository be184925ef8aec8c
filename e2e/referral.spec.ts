import type { Page } from "@playwright/test";
import {
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
  type Journey,
} from "./fixtures";
import { continueQuote, newSignedInPage, panel } from "./console";

// A referred application: the applicant gives a way to reach them before they are referred, hears from us at the
// referral and at the decision, finishes an approved one from the emailed link anywhere, and a declined one is closed.
// Needs the demo users (SEED_DEMO=1, as the Playwright config starts the backend).

const REFERRED = "Your application needs a closer look";

/** The bicycle journey with three claims: the claims step goes on, and the "About you" step refers. */
function referredBike(email: string): Journey {
  const journey = bicycle(email);
  return {
    ...journey,
    steps: journey.steps.map((s, i) => (i === 0 ? { ...s, answers: bikeAnswers({ claims: "3" }) } : s)),
  };
}

/** The newest email to `email` whose subject matches, as the outbox page shows it. */
async function newestEmail(page: Page, email: string, subject: RegExp) {
  await page.goto(`/dev/outbox?to=${encodeURIComponent(email)}`);
  const mail = page
    .getByTestId("outbox-email")
    .filter({ has: page.getByRole("heading", { name: subject }) })
    .first();
  await expect(mail).toBeVisible();
  return (await mail.textContent()) ?? "";
}

/** A supervisor decides on the referral in the console; the page then shows the new status. */
async function decide(page: Page, n: string, choice: "Approve the application" | "Decline the application", note = "") {
  const referral = panel(page, "Referred application");
  await referral.getByRole("button", { name: "Decide" }).click();
  await referral.getByLabel(choice).check();
  if (note) await referral.getByLabel(/^Note/).fill(note);
  await referral.getByRole("button", { name: `Confirm: ${choice.toLowerCase()}` }).click();
  await expect(page.getByText(new RegExp(`Decision recorded .*Policy ${n} is now`))).toBeVisible();
}

async function referApplicant(page: Page, email: string): Promise<string> {
  const n = await applyFor(page, referredBike(email), { endsAt: REFERRED });
  const masked = email.replace(/^(.)[^@]*/, (_, c: string) => `${c}••••••`);
  // The page says where we wrote, because an address was asked for before the referral.
  await expect(page.getByRole("main")).toContainText(`We've emailed you at ${masked}`);
  await expect(page.getByRole("main")).toContainText(`Your reference is ${n}`);
  await expect(page.getByRole("button", { name: "Continue" })).toHaveCount(0);
  return n;
}

test("a referred applicant is emailed, approved in the console, and buys from the emailed link in another browser", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("grace");
  const n = await referApplicant(page, email);
  await expectAccessible(page, "referred outcome");
  await page.reload();
  await expect(mainHeading(page)).toHaveText(REFERRED);

  const inbox = await (await browser.newContext()).newPage();
  const received = await newestEmail(inbox, email, new RegExp(`^We have your Bicycle insurance application ${n}$`));
  expect(received).toContain("Hello Grace,");
  expect(received).toContain("What happens next");

  const supervisor = await newSignedInPage(browser, "supervisor", `/agent/policies/${n}`);
  await expect(supervisor.getByText(`Grace Hopper · Waiting for approval`)).toBeVisible();
  await expect(panel(supervisor, "Send a continue link")).toHaveCount(0);
  await decide(supervisor, n, "Approve the application");
  await expect(supervisor.getByText(`Grace Hopper · Quoted`)).toBeVisible();

  // The customer, on another device, opens the link in the decision email and buys.
  const approved = await newestEmail(inbox, email, /^Good news about your Bicycle insurance application/);
  expect(approved).toContain("Hello Grace,");
  const url = /https?:\/\/\S+\/continue\/[^\s"<]+/.exec(approved)![0];
  await inbox.goto(url);
  await expect(mainHeading(inbox)).toHaveText("Continue this quote");
  await expect(continueQuote(inbox)).resolves.toBe(303);
  await expect(mainHeading(inbox)).toHaveText("Check your answers");
  await confirmAndPay(inbox);
  await expectBought(inbox, n);
});

test("a declined application is closed: the customer is told, and the console offers nothing to continue it", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("declined");
  const n = await referApplicant(page, email);

  const supervisor = await newSignedInPage(browser, "supervisor", `/agent/policies/${n}`);
  await decide(supervisor, n, "Decline the application", "We can't cover bikes with more than two recent claims.");
  await expect(supervisor.getByText(`Grace Hopper · Declined`)).toBeVisible();
  await expect(panel(supervisor, "Referred application")).toHaveCount(0);
  await expect(panel(supervisor, "Send a continue link")).toHaveCount(0);

  // The applicant's own browser: the quote now shows the decision in the underwriter's words, and no way on.
  await page.goto(`/quote/${n}`);
  await expect(mainHeading(page)).toHaveText("We can't offer you cover");
  await expect(page.getByRole("main")).toContainText("We can't cover bikes with more than two recent claims.");
  await expect(page.getByRole("button", { name: "Continue" })).toHaveCount(0);
  await expectAccessible(page, "declined outcome");

  const inbox = await (await browser.newContext()).newPage();
  const declined = await newestEmail(inbox, email, new RegExp(`^About your Bicycle insurance application ${n}$`));
  expect(declined).toContain("This application is now closed and can't be continued");
  expect(declined).not.toContain("/continue/");
});
