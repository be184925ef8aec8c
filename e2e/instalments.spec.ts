import type { Locator } from "@playwright/test";
import { newSignedInPage } from "./console";
import {
  applyFor,
  bicycle,
  CONFIRMATION,
  expect,
  expectAccessible,
  expectBought,
  mainHeading,
  payOnSandbox,
  test,
  uniqueEmail,
} from "./fixtures";

// Paying monthly: the schedule (dates and amounts adding up to the total) before the purchase, then on the
// customer's policy page and in the console, the first instalment paid and the next one due.

const pence = (text: string | null) => Math.round(Number((text ?? "").replace(/[^\d.]/g, "")) * 100);

/** The amounts column of a schedule table adds up to its total row. */
async function expectAddsUp(table: Locator) {
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(12);
  const amounts = await rows.locator("td:nth-of-type(2)").allTextContents(); // after the row's number and date
  const total = await table.locator("tfoot td").first().textContent();
  expect(amounts.reduce((sum, a) => sum + pence(a), 0)).toBe(pence(total));
}

test("a monthly purchase shows its schedule before and after", async ({ page, browser }) => {
  const n = await applyFor(page, bicycle(uniqueEmail("ida")));
  for (const box of CONFIRMATION) await page.getByLabel(box, { exact: true }).check();
  await page.getByRole("button", { name: "Confirm and continue" }).click();
  await expect(mainHeading(page)).toHaveText("Pay for your policy");
  await page.getByLabel(/^Pay monthly: £[\d.]+ today, then 11 monthly payments of £[\d.]+$/).check();
  const before = page.getByRole("table", { name: "Your payment dates" });
  await expectAddsUp(before);
  const firstRow = await before.locator("tbody tr").first().textContent();
  await expectAccessible(page, "payment schedule");
  await page.getByRole("button", { name: "Pay securely" }).click();
  await payOnSandbox(page);
  await expectBought(page, n);
  // The done page shows the schedule as bought: the first paid, the same dates and amounts.
  const done = page.getByRole("table", { name: /^Each monthly payment/ });
  await expectAddsUp(done);
  await expect(done.locator("tbody tr").first()).toHaveText(`${firstRow}Paid`);

  await page.goto(`/account/policies/${n}`); // signs in with the policy number and last name
  await page.getByRole("main").getByLabel("Policy number", { exact: true }).fill(n);
  await page.getByRole("main").getByLabel("Last name", { exact: true }).fill("Hopper");
  await page.getByRole("button", { name: "Sign in with policy number" }).click();
  await expect(mainHeading(page)).toHaveText(`Policy ${n}`);
  const after = page.getByRole("table", { name: /^Each monthly payment/ });
  await expectAddsUp(after);
  await expect(after.locator("tbody tr").first()).toHaveText(`${firstRow}Paid`);
  await expect(after.locator("tbody tr").nth(1)).toContainText("Due");
  await expect(page.getByText(/^Next payment: £[\d.]+ on \d{1,2} \w+ \d{4}\.$/)).toBeVisible();
  await expect(page.getByText("Pay monthly", { exact: true })).toBeVisible(); // how you pay, as it is now
  await expectAccessible(page, "policy with instalments");

  const agent = await newSignedInPage(browser, "supervisor", `/agent/policies/${n}`);
  const inConsole = agent.getByRole("table", { name: "Instalments" });
  await expectAddsUp(inConsole);
  await expect(inConsole.locator("tbody tr").first()).toHaveText(`${firstRow}Paid`);
  await agent.context().close();
});
