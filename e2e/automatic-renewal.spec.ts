import { boughtBicycle } from "./bought";
import { expect, expectAccessible, mainHeading, test, uniqueEmail } from "./fixtures";

// Issue 14: a policy paid monthly renews automatically; turning that off is one button on its page, and back on.

test("a customer paying monthly turns automatic renewal off with one button, and back on", async ({ page }) => {
  test.setTimeout(300_000);
  const n = await boughtBicycle(uniqueEmail("grace"), "monthly");

  await page.goto(`/account/policies/${n}`);
  await page.getByRole("main").getByLabel("Policy number", { exact: true }).fill(n);
  await page.getByRole("main").getByLabel("Last name", { exact: true }).fill("Hopper");
  await page.getByRole("button", { name: "Sign in with policy number" }).click();
  await expect(mainHeading(page)).toHaveText(`Policy ${n}`);

  const section = page.getByRole("region", { name: "Automatic renewal" });
  await expect(section).toContainText(/Your policy renews automatically from \d{1,2} \w+ \d{4}/);
  await expectAccessible(page, "automatic renewal on");
  await section.getByRole("button", { name: "Turn off automatic renewal" }).click();
  await expect(section.getByRole("status")).toContainText(
    "Automatic renewal is off: your policy won't renew by itself",
  );
  await expect(section.getByRole("button", { name: "Turn on automatic renewal" })).toBeVisible();

  // It stays off after a reload, and the same place turns it back on.
  await page.reload();
  await expect(section).toContainText("Automatic renewal is off");
  await section.getByRole("button", { name: "Turn on automatic renewal" }).click();
  await expect(section.getByRole("status")).toContainText("Automatic renewal is on again");
  await page.reload();
  await expect(section.getByRole("button", { name: "Turn off automatic renewal" })).toBeVisible();
});
