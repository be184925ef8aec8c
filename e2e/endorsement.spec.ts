import type { Page } from "@playwright/test";
import { expect, expectAccessible, latestCode, mainHeading, test } from "./fixtures";
import { signIn } from "./console";

// Issue 14: a mid-term change by the customer (an optional extra, paid through the gateway) and by an agent (any
// answer, here a cheaper excess: a refund). Needs the demo customer's Active bicycle policies (SEED_DEMO=1).

async function customerSignIn(page: Page, email: string) {
  await page.goto("/account");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send me a code" }).click();
  await expect(page.getByText(/We've sent a code if that email has a policy with us/)).toBeVisible();
  await page.getByLabel("6-digit code").fill(await latestCode(page, email, "to sign in to your account"));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(mainHeading(page)).toHaveText("Your policies");
}

test("a customer adds an extra and pays the difference; an agent raises the excess and the refund is recorded", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await customerSignIn(page, "demo.customer@example.com");
  const link = page.getByRole("link", { name: /, policy [A-Za-z0-9]+$/ }).last();
  const n = /policy ([A-Za-z0-9]+)$/.exec((await link.textContent()) ?? "")![1];
  await link.click();
  await expect(mainHeading(page)).toHaveText(`Policy ${n}`);

  // Only what the product lets a customer change, pre-filled.
  await page
    .getByRole("region", { name: "Change your policy" })
    .getByRole("link", { name: "Change your policy" })
    .click();
  await expect(mainHeading(page)).toHaveText(`Change policy ${n}`);
  const change = page.getByRole("region", { name: "Change your policy" });
  await change.getByRole("radio", { name: "Your cover" }).check();
  await expect(change.getByLabel("Theft abroad (up to 60 days a year)")).toBeChecked();
  await change.getByLabel("Accidental damage").check();
  await change.getByRole("button", { name: "See the price" }).click();

  // The change and its price for the rest of the term, itemised, before confirming.
  const preview = change.getByRole("region", { name: "The change and its price" });
  await expect(preview).toContainText("Optional extras: Theft abroad (up to 60 days a year) → Theft abroad");
  await expect(preview).toContainText("Insurance premium tax");
  const toPay = /To pay now(£\d+\.\d{2})/.exec((await preview.textContent()) ?? "")?.[1];
  expect(toPay).toBeTruthy();
  await expectAccessible(page, "change with its price");
  await change.getByLabel("Why are you making this change?").fill("Going on a bike holiday");
  // A declined card changes nothing: back on the change page with the bank's sentence, then paid.
  const payWith = async (card: string) => {
    await change.getByRole("button", { name: "Confirm and pay" }).click();
    await expect(page).toHaveURL(/\/api\/v3\/payment\/sandbox\//);
    await page.getByLabel("Card number").fill(card);
    await page.getByLabel("Expiry date (MM/YY)").fill("12/39");
    await page.getByLabel("Security code").fill("123");
    await page.getByLabel("Name on card").fill("A Customer");
    await page.getByRole("button", { name: /^Pay / }).click();
    await expect(page).toHaveURL(new RegExp(`/account/policies/${n}/change\\?`));
  };
  await payWith("4000 0000 0000 0002");
  const declined = page.getByRole("alert").filter({ hasText: "The payment didn't go through" });
  await expect(declined).toContainText(
    "Your card was declined by your bank. Try another card. The policy is as it was",
  );
  await change.getByRole("radio", { name: "Your cover" }).check();
  await change.getByLabel("Accidental damage").check();
  await change.getByRole("button", { name: "See the price" }).click();
  await expect(preview).toContainText(toPay!);
  await change.getByLabel("Why are you making this change?").fill("Going on a bike holiday");
  await payWith("4242 4242 4242 4242");
  await expect(page.getByRole("status").filter({ hasText: "Payment received" })).toBeVisible();
  await page
    .getByRole("link", { name: `Back to policy ${n}` })
    .first()
    .click();
  await expect(page.getByRole("region", { name: "Payments" })).toContainText(toPay!);
  await expect(page.getByRole("region", { name: "Your answers" })).toContainText("Accidental damage");
  await expect(page.getByRole("region", { name: "History" })).toContainText("Policy changed from");
  await expect(page.getByRole("region", { name: "Your documents" })).toContainText("Endorsement schedule");

  // An agent changes an answer a customer can't: a higher excess costs less, and the refund is recorded.
  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, "supervisor", `/agent/policies/${n}`);
  await staff.getByRole("link", { name: "Change this policy" }).click();
  await expect(mainHeading(staff)).toHaveText(`Change policy ${n}`);
  await staff.getByRole("radio", { name: "Your cover" }).check();
  await staff.getByLabel("Excess").selectOption("250");
  await staff.getByRole("button", { name: "See the price" }).click();
  const agentPreview = staff.getByRole("region", { name: "The change and its price" });
  await expect(agentPreview).toContainText("Excess: £50 → £250");
  await expect(agentPreview).toContainText("We'll refund");
  await staff.getByLabel("Reason for the change").fill("Customer asked for a higher excess");
  await staff.getByRole("button", { name: "Confirm the change" }).click();
  await expect(staff.getByText("The policy is changed")).toBeVisible();
  await staff.getByRole("link", { name: "Back to the policy" }).click();
  await expect(staff.getByText("Customer asked for a higher excess").first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: "Payments" })).toContainText("Refunded");
});
