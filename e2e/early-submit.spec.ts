import type { Page, Request } from "@playwright/test";
import { SUBMIT_HELD } from "../lib/early-submit";
import { USERS } from "./console";
import { answer, bikeAnswers, expect, mainHeading, test } from "./fixtures";

// A form submitted before the page's script has run (a slow phone, a quick Enter) or with no script at all: its
// fields never go into an address (where they would reach the history and every server's log), and a submit made
// before hydration is sent, as the person asked, once the script is in (lib/early-submit.ts).

/** Holds the page's scripts (not its stylesheet) until `release()`: the server's HTML is there, hydration is not. */
async function holdScripts(page: Page) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/.*\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** How many forms the page's early script is holding a submit for (lib/early-submit.ts). */
const heldSubmits = (page: Page) =>
  page.evaluate((held) => [...document.forms].filter((form) => held in form).length, SUBMIT_HELD);

/** Every request's address, to look for a value in. */
function addresses(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request: Request) => seen.push(request.url()));
  return seen;
}

test("an agent's password typed and sent before the script runs stays out of every address, and signs in", async ({
  page,
}) => {
  const release = await holdScripts(page);
  const seen = addresses(page);
  await page.goto("/agent/sign-in?next=/agent", { waitUntil: "commit" });
  await page.getByLabel("Username").fill(USERS.agent.username);
  await page.getByLabel("Password").fill(USERS.agent.password);
  await page.getByLabel("Password").press("Enter");
  await expect.poll(() => heldSubmits(page)).toBe(1);
  expect(page.url()).toMatch(/\/agent\/sign-in\?next=\/agent$/);

  release();
  await expect(page.getByText(USERS.agent.says)).toBeVisible({ timeout: 30_000 });
  expect(seen.filter((url) => url.includes(USERS.agent.password))).toEqual([]);
  expect(seen.filter((url) => url.includes("username="))).toEqual([]);
});

test("a form step answered and continued before the script runs is sent once it does, answers and all", async ({
  page,
}) => {
  const release = await holdScripts(page);
  const seen = addresses(page);
  await page.goto("/products/bicycle/apply", { waitUntil: "commit" });
  await expect(mainHeading(page)).toHaveText("Your bicycle");
  for (const a of bikeAnswers()) await answer(page, a);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect.poll(() => heldSubmits(page)).toBe(1);
  expect(new URL(page.url()).search).toBe("");

  release();
  await expect(mainHeading(page)).toHaveText("Your cover", { timeout: 30_000 });
  expect(seen.filter((url) => url.includes("Brompton") || url.includes("ABC12345"))).toEqual([]);
});

test.describe("with no script at all", () => {
  test.use({ javaScriptEnabled: false });

  test("a sign-in or a step submitted posts to the page and puts nothing in the address", async ({ page }) => {
    const seen = addresses(page);
    await page.goto("/agent/sign-in");
    await page.getByLabel("Username").fill(USERS.agent.username);
    await page.getByLabel("Password").fill(USERS.agent.password);
    const posted = page.waitForRequest((request) => request.method() === "POST");
    await page.getByLabel("Password").press("Enter");
    expect(new URL((await posted).url()).search).toBe("");
    await expect(mainHeading(page)).toHaveText("Sign in to the agent console");

    await page.goto("/products/bicycle/apply");
    await page.getByLabel("Make").fill("Brompton");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(mainHeading(page)).toHaveText("Your bicycle");
    expect(new URL(page.url()).search).toBe("");
    expect(seen.filter((url) => url.includes(USERS.agent.password) || url.includes("Brompton"))).toEqual([]);
  });
});
