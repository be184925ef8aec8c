import {
  applyFor,
  bicycle,
  confirmAndPay,
  expect,
  expectAccessible,
  expectBought,
  homeContents,
  test,
  totalToPay,
  travel,
  uniqueEmail,
} from "./fixtures";

// A new customer buys each demo product from the storefront to the done page, and axe checks every page on the way.

test("a new customer buys travel insurance (code check, passport upload)", async ({ page }) => {
  const n = await applyFor(page, travel(uniqueEmail("ada")), {
    axe: true,
    reload: true, // every step, the code step too, comes back after a reload
    // Ask for a second code first: the newest one (read from the outbox) is the one that works.
    onStep: async (step, p, phase) => {
      if (step.kind !== "otp" || phase !== "before") return;
      await p.getByRole("button", { name: "Send a new code" }).click();
      await expect(p.getByRole("status").filter({ hasText: "We've sent a new code" })).toBeVisible();
    },
  });
  await expect(page.getByText("passport.png")).toBeVisible(); // the upload is listed in the review
  await confirmAndPay(page, { axe: true });
  await expectBought(page, n);
  await expectAccessible(page, "done");
});

test("a new customer buys home contents insurance (photos)", async ({ page }) => {
  const n = await applyFor(page, homeContents(uniqueEmail("alan")), { axe: true });
  // Both photos are listed; they upload side by side, so in the order they finished.
  await expect(page.getByText(/^(lounge\.png, kitchen\.png|kitchen\.png, lounge\.png)$/)).toBeVisible();
  await confirmAndPay(page);
  await expectBought(page, n);
});

test("a new customer buys bicycle insurance, the price changing with the quote options", async ({ page }) => {
  let before = "";
  const n = await applyFor(page, bicycle(uniqueEmail("grace")), {
    axe: true,
    reload: true, // the text shown between two steps too
    onStep: async (step, p, phase) => {
      if (step.kind !== "form" || step.heading !== "Your cover") return;
      if (phase === "before") {
        before = (await totalToPay(p).textContent()) ?? "";
        expect(before).toMatch(/£\d/);
        return;
      }
      await expect(p.getByRole("status").filter({ hasText: /^Price updated/ })).toBeAttached();
      await expect(totalToPay(p)).not.toHaveText(before);
    },
  });
  await confirmAndPay(page, { axe: true, mode: "Pay monthly" });
  await expectBought(page, n);
  await expectAccessible(page, "done");
});
