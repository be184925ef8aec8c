import { bikeAnswers, expect, expectAccessible, mainHeading, answer, test } from "./fixtures";

// Underwriting outcomes: the server's own words, no way on to payment. A referral waits for the applicant's contact
// details, so it is walked in referral.spec.ts; a decline is at once.
for (const [outcome, overrides, heading, words] of [
  ["rejected", { value: "20000.00" }, "We can't offer you cover", "we can only cover bikes worth up to £15,000"],
] as const) {
  test(`a ${outcome} application shows why`, async ({ page }) => {
    await page.goto("/products/bicycle/apply");
    await expect(mainHeading(page)).toHaveText("Your bicycle");
    for (const a of bikeAnswers(overrides)) await answer(page, a);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(mainHeading(page)).toHaveText(heading);
    await expect(page.getByRole("main")).toContainText(words);
    await expect(page.getByRole("button", { name: "Continue" })).toHaveCount(0);
    await expectAccessible(page, `${outcome} outcome`);
    // The outcome stays: reloading the quote shows it again.
    await page.reload();
    await expect(mainHeading(page)).toHaveText(heading);
  });
}

test("three claims are not referred before we can reach the applicant: the quote goes on", async ({ page }) => {
  await page.goto("/products/bicycle/apply");
  for (const a of bikeAnswers({ claims: "3" })) await answer(page, a);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(mainHeading(page)).toHaveText("Your cover");
});
