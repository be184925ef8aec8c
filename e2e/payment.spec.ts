import {
  applyFor,
  bicycle,
  CARDS,
  expect,
  expectAccessible,
  expectBought,
  mainHeading,
  payOnSandbox,
  test,
  uniqueEmail,
} from "./fixtures";

test("a declined card, then a good one", async ({ page }) => {
  const n = await applyFor(page, bicycle(uniqueEmail("decline")));
  await page.getByLabel("The information I have given is true and complete").check();
  await page.getByLabel("I have read and accept the terms and conditions").check();
  await page.getByRole("button", { name: "Confirm and continue" }).click();
  await page.getByRole("button", { name: "Pay securely" }).click();
  await payOnSandbox(page, CARDS.declined);

  await expect(page).toHaveURL(new RegExp(`/quote/${n}/payment\\?`));
  await expect(mainHeading(page)).toHaveText("Pay for your policy");
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "Your card was declined by your bank. Try another card.",
  );
  await expectAccessible(page, "payment after a decline");

  // Reload: the payment options are still there (kept for this tab).
  await page.reload();
  await page.getByRole("button", { name: "Pay securely" }).click();
  await payOnSandbox(page, CARDS.good);
  await expectBought(page, n);
});
