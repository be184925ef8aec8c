import type { Page } from "@playwright/test";
import { boughtBicycle } from "./bought";
import { expect, expectAccessible, latestCode, mainHeading, test, uniqueEmail } from "./fixtures";
import { newSignedInPage, panel } from "./console";

// Issue 14: a supervisor suspends a policy's cover (say, an unpaid instalment) and reinstates it; the customer sees it.
// Needs the demo users (SEED_DEMO=1, as playwright.config.ts starts the backend).

const policyLink = (page: Page, n: string) => page.getByRole("link", { name: new RegExp(`, policy ${n}$`) });

async function customerSignIn(page: Page, email: string) {
  await page.goto("/account");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send me a code" }).click();
  await expect(page.getByText(/We've sent a code if that email has a policy with us/)).toBeVisible();
  await page.getByLabel("6-digit code").fill(await latestCode(page, email, "to sign in to your account"));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(mainHeading(page)).toHaveText("Your policies");
}

test("the supervisor suspends a policy with a reason and reinstates it; the customer sees each", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const email = uniqueEmail("lovelace");
  const n = await boughtBicycle(email);

  const staff = await newSignedInPage(browser, "supervisor", `/agent/policies/${n}`);
  await expect(panel(staff, "Reinstate the cover")).toHaveCount(0);
  const suspend = panel(staff, "Suspend the cover");
  await suspend.getByRole("button", { name: "Suspend the cover" }).click();
  await expect(suspend.getByText(`Suspend the cover of policy ${n}?`)).toBeFocused();
  // A reason is required, and said so.
  await suspend.getByRole("button", { name: "Yes, suspend the cover" }).click();
  await expect(suspend.getByText("Say why the cover is being suspended.")).toBeVisible();
  await suspend.getByLabel("Reason for suspending (the customer sees it)").fill("Unpaid instalment");
  await expectAccessible(staff, "suspend confirm");
  await suspend.getByRole("button", { name: "Yes, suspend the cover" }).click();
  await expect(staff.getByText(`Policy ${n} is now Suspended.`)).toBeVisible();
  await expect(panel(staff, "Suspend the cover")).toHaveCount(0);
  await expect(panel(staff, "Cancel the policy")).toHaveCount(0);

  await page.context().clearCookies();
  await customerSignIn(page, email);
  await expect(
    page.getByText(/Your cover is suspended: nothing that happens while it is suspended is covered/),
  ).toBeVisible();
  await policyLink(page, n).click();
  await expect(mainHeading(page)).toHaveText(`Policy ${n}`);
  const notice = page.getByRole("alert").filter({ hasText: "Your cover is suspended" });
  await expect(notice.first()).toContainText("(Unpaid instalment)");
  await expect(page.getByRole("region", { name: "Your cover" })).toContainText("Suspended");
  await expect(page.getByRole("link", { name: "Change your policy" })).toHaveCount(0);
  await expectAccessible(page, "suspended policy");

  const reinstate = panel(staff, "Reinstate the cover");
  await reinstate.getByRole("button", { name: "Reinstate the cover" }).click();
  await reinstate.getByLabel("Note (optional)").fill("Paid by phone");
  await reinstate.getByRole("button", { name: "Yes, reinstate the cover" }).click();
  await expect(staff.getByText(`Policy ${n} is now Active.`)).toBeVisible();
  await expect(panel(staff, "Suspend the cover")).toBeVisible();

  await page.reload();
  await expect(page.getByText(/Your cover is suspended/)).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Your cover" })).toContainText("Active");
});
