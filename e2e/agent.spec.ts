import { boughtBicycle } from "./bought";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import {
  applyFor,
  bicycle,
  confirmAndPay,
  expect,
  expectAccessible,
  expectBought,
  mainHeading,
  test,
  uniqueEmail,
} from "./fixtures";
import { continueQuote, newSignedInPage, panel, signIn } from "./console";

// The agent console. Needs the demo users: the backend must start with SEED_DEMO=1
// (e.g. `SEED_DEMO=1 npx playwright test e2e/agent.spec.ts`; Playwright passes its environment on).

const fact = (page: Page, term: string) =>
  page.locator("dt", { hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]");

test("an agent finds a quote they started, copies it and sends a continue link; the customer finishes it", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000); // two journeys (the agent's and the customer's), in two browsers
  const email = uniqueEmail("grace");
  await signIn(page, "agent");
  await expectAccessible(page, "agent console");

  // A quote started while signed in is sold by the agent.
  await page.getByRole("link", { name: "Start a quote for a customer" }).click();
  const quote = await applyFor(page, bicycle(email));

  // Search: the form's GET puts the search in the address bar.
  await page.goto("/agent");
  await page.getByLabel("Customer name contains").fill("Hopper");
  await page.getByLabel("Policy number", { exact: true }).fill(quote);
  await page.getByLabel("Quoted").check();
  await page.getByRole("button", { name: "Search" }).click();
  const query = new URL(page.url()).searchParams;
  expect([query.get("name"), query.get("policy"), query.getAll("status")]).toEqual(["Hopper", quote, ["S_QUOTED"]]);
  const table = page.getByRole("table", { name: /^Policies, sorted by date created, newest first/ });
  await expect(page.getByText("Showing 1–1 of 1")).toBeVisible();
  await expect(table.getByRole("columnheader", { name: /^Created on/ })).toHaveAttribute("aria-sort", "descending");

  // The same search as a CSV file.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /^Export CSV/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^policies-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await file.path(), "utf8");
  expect(csv).toMatch(/^\uFEFF?Policy number,Customer,/);
  expect(csv).toContain(`${quote},Grace Hopper,Bicycle insurance,bicycle,Quoted,`);
  await expect(table.getByRole("row").filter({ hasText: quote })).toContainText("Alex Agent (A0001)");
  await expectAccessible(page, "search results");
  await table.getByRole("link", { name: quote }).click();

  await expect(mainHeading(page)).toHaveText(`Policy ${quote}`);
  await expect(fact(page, "Sold by")).toHaveText("Alex Agent");
  await expect(fact(page, "Agent code")).toHaveText("A0001");
  await expectAccessible(page, "policy page");

  // Copy to a new quote (confirmation step first).
  const copy = panel(page, "Copy to a new quote");
  await copy.getByRole("button", { name: "Copy to a new quote" }).click();
  await copy.getByRole("button", { name: "Yes, copy it" }).click();
  await expect(copy.getByText("New quote created")).toBeVisible();
  const next = copy.getByRole("link", { name: /^Continue quote / });
  const copied = ((await next.textContent()) ?? "").replace("Continue quote ", "").trim();
  expect(copied).not.toBe(quote);

  // A continue link for the copy, emailed to the customer.
  await page.goto(`/agent/policies/${copied}`);
  const send = panel(page, "Send a continue link");
  await send.getByRole("button", { name: "Send a continue link" }).click();
  await send.getByRole("button", { name: "Yes, make the link" }).click();
  await expect(send.getByText("Continue link ready")).toBeVisible();
  await expect(send.getByLabel("Link to continue the quote")).toHaveValue(new RegExp(`/continue/${copied}\\.`));

  // The customer, in a browser of their own, follows the link from the email and buys.
  const customer = await (await browser.newContext()).newPage();
  await customer.goto(`/dev/outbox?to=${encodeURIComponent(email)}`);
  const mail = customer.getByTestId("outbox-email").first();
  await expect(mail.getByRole("heading")).toHaveText(/^Continue your/);
  const url = /https?:\/\/\S+\/continue\/\S+/.exec((await mail.textContent()) ?? "")![0];
  // Opening the link changes nothing: the page asks first, and only the POST moves the quote to this browser.
  await customer.goto(url);
  await expect(mainHeading(customer)).toHaveText("Continue this quote");
  await expect(customer.getByText(`quote ${copied}`)).toBeVisible();
  await expectAccessible(customer, "continue link");
  await expect(continueQuote(customer)).resolves.toBe(303);
  await expect(mainHeading(customer)).toHaveText("Check your answers");
  await confirmAndPay(customer);
  await expectBought(customer, copied);

  // The quote is bought now: the same link can't continue it any more (404), and says what to do instead.
  await customer.goto(url);
  await expect(continueQuote(customer)).resolves.toBe(404);
  await expect(mainHeading(customer)).toHaveText("This quote can no longer be continued");
  await expect(customer.getByText("Start a new quote or contact us.")).toBeVisible();

  // A link that was tampered with says so, with status 403.
  await customer.goto(url.replace(/.$/, (c) => (c === "A" ? "B" : "A")));
  await expect(continueQuote(customer)).resolves.toBe(403);
  await expect(mainHeading(customer)).toHaveText("This link is not valid or has expired");
  await expect(customer.getByText("If your agent sent it, ask your agent for a new link.")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/agent\/sign-in\?signed_out=1$/);
  await expect(page.getByText("You have signed out.")).toBeVisible();
  await page.goto("/agent");
  await expect(page).toHaveURL(/\/agent\/sign-in\?next=/);
});

test("a supervisor cancelling from a stale page is told someone else changed the policy, then cancels", async ({
  browser,
}) => {
  const n = await boughtBicycle(uniqueEmail("grace"), "monthly");

  const stale = await newSignedInPage(browser, "supervisor", `/agent/policies/${n}`);
  await expect(mainHeading(stale)).toHaveText(`Policy ${n}`);

  // Meanwhile, someone else changes the policy.
  const other = await newSignedInPage(browser, "supervisor", `/agent/policies/${n}`);
  const recurring = panel(other, "Remove the recurring payment");
  await recurring.getByRole("button", { name: "Remove the recurring payment" }).click();
  await recurring.getByLabel("Comment").fill("Customer will pay by bank transfer");
  await recurring.getByRole("button", { name: "Yes, remove it" }).click();
  await expect(other.getByText(`The recurring payment on policy ${n} has been removed.`)).toBeVisible();

  // The stale page still shows the old version: cancelling hits the conflict.
  const cancel = panel(stale, "Cancel the policy");
  await cancel.getByRole("button", { name: "Cancel the policy" }).click();
  await cancel.getByLabel("Reason for cancelling").fill("Customer sold the bike");
  await cancel.getByRole("button", { name: "Yes, cancel the policy" }).click();
  const conflict = cancel.getByRole("alert");
  await expect(conflict).toContainText("Someone else changed this policy while you were looking");
  await expect(conflict).toContainText("Active");
  await expectAccessible(stale, "cancel conflict");

  // Confirming again acts on the latest version.
  await cancel.getByRole("button", { name: "Yes, cancel the policy" }).click();
  await expect(stale.getByText(`Policy ${n} is now Cancelled.`)).toBeVisible();
  await expect(fact(stale, "Status")).toHaveText("Cancelled");

  // The history has every version; an older one can be viewed as it stood.
  const history = stale.getByRole("table", { name: `Versions of policy ${n}, newest first` });
  await expect(history.getByRole("row").filter({ hasText: "Recurring payment removed" })).toBeVisible();
  await history
    .getByRole("row")
    .filter({ hasText: "Recurring payment removed" })
    .getByRole("link", { name: /^View as of then/ })
    .click();
  await expect(stale.getByText(/^Showing this policy as it stood on/)).toBeVisible();
  await expect(fact(stale, "Status")).toHaveText("Active");
  await expect(stale.getByRole("heading", { name: "Actions" })).toHaveCount(0);
});

test("the console and its export need a signed-in user; a bad continue link explains itself", async ({ page }) => {
  await page.goto("/agent?name=x");
  await expect(page).toHaveURL(/\/agent\/sign-in\?next=%2Fagent%3Fname%3Dx$/);
  await expectAccessible(page, "sign-in");
  await page.getByLabel("Username").fill("agent");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "You're not signed in yet" })).toContainText(
    "That username and password don't match.",
  );
  const csv = await page.request.get("/api/agent/export");
  expect(csv.status()).toBe(401);
  await page.goto("/continue/NOPE.9999999999.bad");
  await expect(continueQuote(page)).resolves.toBe(403);
  await expect(page.getByRole("link", { name: "Start a new quote" })).toBeVisible();
});
