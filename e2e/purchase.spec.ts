import type { Page } from "@playwright/test";
import {
  applyFor,
  bicycle,
  confirmAndPay,
  expect,
  expectAccessible,
  expectBought,
  homeContents,
  latestCode,
  mainHeading,
  test,
  totalToPay,
  travel,
  uniqueEmail,
  type Journey,
} from "./fixtures";
import { expectReadable, productChoices, readLinkedPdfs, readOutbox, readPage, type Reading } from "./reading";

// A new customer buys each demo product from the storefront to the done page, axe checks every page on the way,
// and every page, PDF and email they meet, the account's included, reads as English (e2e/reading.ts).

test.describe.configure({ timeout: 240_000 });

/** After the done page: its documents, then the account (signed in by emailed code) and the policy's page. */
async function readAfterPurchase(page: Page, read: Reading, pdfs: Set<string>, journey: Journey, email: string) {
  const n = /\/quote\/([^/]+)\/done/.exec(page.url())![1];
  await readPage(page, read, "done");
  await readLinkedPdfs(page, read, pdfs);
  await page.goto("/account");
  if (/\/account\/sign-in/.test(page.url())) {
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Send me a code" }).click();
    await expect(page.getByText(/We've sent a code/)).toBeVisible();
    await page.getByLabel("6-digit code").fill(await latestCode(page, email, "to sign in to your account"));
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
  }
  await expect(mainHeading(page)).toHaveText("Your policies");
  await readPage(page, read, "account");
  await page.getByRole("link", { name: new RegExp(`, policy ${n}$`) }).click();
  await expect(mainHeading(page)).toHaveText(`Policy ${n}`);
  await readPage(page, read, "policy");
  await readLinkedPdfs(page, read, pdfs);
  expect([...pdfs].filter((href) => href.includes(n)).length, "the policy's own PDFs").toBeGreaterThanOrEqual(3);
  expect(await readOutbox(page.request, read, email)).toContain("policy_issued");
  expectReadable(read, await productChoices(page.request, journey.slug, n));
}

test("a new customer buys travel insurance (code check, passport upload)", async ({ page }) => {
  const [read, pdfs, email] = [[] as Reading, new Set<string>(), uniqueEmail("ada")];
  const journey = travel(email);
  const n = await applyFor(page, journey, {
    read,
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
  await readLinkedPdfs(page, read, pdfs);
  await confirmAndPay(page, { axe: true, read });
  await expectBought(page, n);
  await expectAccessible(page, "done");
  await readAfterPurchase(page, read, pdfs, journey, email);
});

test("a new customer buys home contents insurance (photos)", async ({ page }) => {
  const [read, pdfs, email] = [[] as Reading, new Set<string>(), uniqueEmail("alan")];
  const journey = homeContents(email);
  const n = await applyFor(page, journey, { axe: true, read });
  // Both photos are listed; they upload side by side, so in the order they finished.
  await expect(page.getByText(/^(lounge\.png, kitchen\.png|kitchen\.png, lounge\.png)$/)).toBeVisible();
  await readLinkedPdfs(page, read, pdfs);
  await confirmAndPay(page, { read });
  await expectBought(page, n);
  await readAfterPurchase(page, read, pdfs, journey, email);
});

test("a new customer buys bicycle insurance, the price changing with the quote options", async ({ page }) => {
  let before = "";
  const [read, pdfs, email] = [[] as Reading, new Set<string>(), uniqueEmail("grace")];
  const journey = bicycle(email);
  const n = await applyFor(page, journey, {
    read,
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
  await readLinkedPdfs(page, read, pdfs);
  await confirmAndPay(page, { axe: true, mode: "Pay monthly", read });
  await expectBought(page, n);
  await expectAccessible(page, "done");
  await readAfterPurchase(page, read, pdfs, journey, email);
});
