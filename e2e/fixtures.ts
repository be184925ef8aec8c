import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import sharp from "sharp";
import { CARDS, CONFIRMATION, type Answer, type Journey, type Step } from "./answers";
import { fillAnswer } from "./date-boxes";
import { readPage, type Reading } from "./reading";

export { expect, test };
export * from "./answers";
export { dateGroup, dateValue } from "./date-boxes";

/** Every rule axe has (WCAG A/AA and best practice) on the page as it stands. */
export async function expectAccessible(page: Page, label?: string) {
  // A client-side step change sets the new page's title a moment after its content: check the settled page.
  await expect(page).toHaveTitle(/\S/);
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`,
  );
  expect(found, `accessibility of ${label ?? page.url()}`).toEqual([]);
}

export const mainHeading = (page: Page) => page.getByRole("heading", { level: 1 });

let pngCache: Buffer | null = null;
async function png(): Promise<Buffer> {
  pngCache ??= await sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 40, g: 90, b: 160 } } })
    .png()
    .toBuffer();
  return pngCache;
}

/** One answer, the way a person using a mouse would give it. */
export async function answer(scope: Page | Locator, a: Answer): Promise<void> {
  if ("fill" in a) return fillAnswer(scope, a.fill, a.with);
  if ("choose" in a)
    return scope.getByRole("radiogroup", { name: a.choose, exact: true }).getByLabel(a.option, { exact: true }).check();
  if ("select" in a) {
    await scope.getByLabel(a.select, { exact: true }).selectOption({ label: a.option });
    return;
  }
  if ("tick" in a) {
    const group = scope.getByRole("group", { name: a.tick, exact: true });
    for (const option of a.options) await group.getByLabel(option, { exact: true }).check();
    return;
  }
  if ("check" in a) return scope.getByLabel(a.check, { exact: true }).setChecked(a.on);
  if ("upload" in a) {
    const bytes = await png();
    await scope
      .getByLabel(a.upload, { exact: true })
      .setInputFiles(a.files.map((name) => ({ name, mimeType: "image/png", buffer: bytes })));
    for (const name of a.files) await expect(scope.getByText(name, { exact: true })).toBeVisible();
    return;
  }
  const group = scope.getByRole("group", { name: a.group, exact: true });
  for (const [i, item] of a.items.entries()) {
    const box = group.getByRole("group", { name: new RegExp(` ${i + 1}$`) });
    if ((await box.count()) === 0) await group.getByRole("button", { name: /^Add/ }).click();
    for (const sub of item) await answer(box, sub);
  }
}

/**
 * The newest code sent to `email`, read from the development outbox page: loaded again until it is there, since a
 * sign-in code is written just after its request has been answered.
 */
export async function latestCode(page: Page, email: string, hasText?: string | RegExp): Promise<string> {
  const outbox = await page.context().newPage();
  try {
    const newest = outbox
      .getByTestId("outbox-email")
      .filter(hasText ? { hasText } : {})
      .first();
    await expect(async () => {
      await outbox.goto(`/dev/outbox?to=${encodeURIComponent(email)}`);
      await expect(newest).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
    const code = /\b(\d{6})\b/.exec((await newest.locator("pre").textContent()) ?? "")?.[1];
    if (!code) throw new Error(`no code in the newest email to ${email}`);
    return code;
  } finally {
    await outbox.close();
  }
}

/** Pays on the sandbox gateway's page, then waits to be back in the app. */
export async function payOnSandbox(page: Page, card: string = CARDS.good) {
  await expect(page).toHaveURL(/\/api\/v3\/payment\/sandbox\//);
  await page.getByLabel("Card number").fill(card);
  await page.getByLabel("Expiry date (MM/YY)").fill("12/39");
  await page.getByLabel("Security code").fill("123");
  await page.getByLabel("Name on card").fill("A Customer");
  await page.getByRole("button", { name: /^Pay / }).click();
  await expect(page).toHaveURL(/\/quote\/[^/]+\/(done|payment)/);
}

export type Walk = {
  axe?: boolean;
  /** Reload every step (and display) before answering it: each must come back as it was. */
  reload?: boolean;
  onStep?: (step: Step, page: Page, phase: "before" | "after") => Promise<void>;
  /** The main heading the walk ends on: the review unless the answers are referred or declined. */
  endsAt?: string;
  /** Read every page on the way (the first step with nothing answered too, for its error messages). */
  read?: Reading;
};

/** From the storefront to the review page (or `walk.endsAt`), step by step as in the table. Returns the number. */
export async function applyFor(page: Page, journey: Journey, walk: Walk = {}): Promise<string> {
  const { read } = walk;
  await page.goto("/");
  if (walk.axe) await expectAccessible(page, "products");
  if (read) await readPage(page, read, "products");
  await page.getByRole("link", { name: `Get a quote for ${journey.name.toLowerCase()}` }).click();
  if (journey.intro) {
    await expect(mainHeading(page)).toHaveText(journey.intro);
    if (walk.axe) await expectAccessible(page, `${journey.slug} intro`);
    if (read) await readPage(page, read, "intro");
    await page.getByRole("link", { name: "Start your quote" }).click();
  }
  const firstForm = journey.steps.find((step) => step.kind === "form");
  for (const step of journey.steps) {
    if (step.kind === "display") {
      await expect(page.getByRole("heading", { level: 2, name: step.heading })).toBeFocused();
      if (walk.reload) {
        await page.reload();
        await expect(page.getByRole("heading", { level: 2, name: step.heading })).toBeVisible();
      }
      if (walk.axe) await expectAccessible(page, step.heading);
      if (read) await readPage(page, read, step.heading);
      await page.getByRole("button", { name: "Continue" }).click();
      continue;
    }
    await expect(mainHeading(page)).toHaveText(step.heading);
    if (walk.reload) {
      await page.reload();
      await expect(mainHeading(page)).toHaveText(step.heading);
    }
    if (walk.axe) await expectAccessible(page, `${journey.slug}: ${step.heading}`);
    await walk.onStep?.(step, page, "before");
    if (read && step === firstForm) {
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByRole("alert").first()).toBeVisible();
      await readPage(page, read, `${step.heading} with errors`);
    }
    if (step.kind === "otp") await page.getByLabel("Verification code").fill(await latestCode(page, step.email));
    else for (const a of step.answers) await answer(page, a);
    await walk.onStep?.(step, page, "after");
    if (read) await readPage(page, read, step.heading);
    await page.getByRole("button", { name: "Continue" }).click();
  }
  await expect(mainHeading(page)).toHaveText(walk.endsAt ?? "Check your answers");
  return /\/quote\/([^/?#]+)/.exec(page.url())![1];
}

/** On the review page: tick the declarations, confirm, choose how to pay and leave for the gateway. */
export async function confirmAndPay(
  page: Page,
  opts: { axe?: boolean; card?: string; mode?: string; read?: Reading } = {},
) {
  if (opts.axe) await expectAccessible(page, "review");
  if (opts.read) await readPage(page, opts.read, "review");
  for (const box of CONFIRMATION) await page.getByLabel(box, { exact: true }).check();
  await page.getByRole("button", { name: "Confirm and continue" }).click();
  await expect(mainHeading(page)).toHaveText("Pay for your policy");
  if (opts.mode) await page.getByLabel(new RegExp(`^${opts.mode}:`)).check();
  if (opts.axe) await expectAccessible(page, "payment");
  if (opts.read) await readPage(page, opts.read, "payment");
  await page.getByRole("button", { name: "Pay securely" }).click();
  await payOnSandbox(page, opts.card);
}

/** The done page shows the policy, bought and active. */
export async function expectBought(page: Page, policyNumber: string) {
  await expect(page).toHaveURL(new RegExp(`/quote/${policyNumber}/done$`));
  await expect(mainHeading(page)).toHaveText("You're covered");
  await expect(page.getByTestId("policy-number")).toHaveText(policyNumber);
  await expect(page.getByRole("definition").filter({ hasText: /^Active$/ })).toBeVisible();
}

/** The "Total to pay" amount of the price on the page. */
export const totalToPay = (page: Page) =>
  page.locator("dt", { hasText: /^Total to pay$/ }).locator("xpath=following-sibling::dd[1]");
