import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type FrameLocator, type Page } from "@playwright/test";
import { answer, bicycle, CARDS, CONFIRMATION, expect, test, uniqueEmail } from "./fixtures";
import config, { PARTNER_ID, PARTNER_ORIGIN } from "../playwright.config";

// A partner's page on another origin (127.0.0.2, scripts/partner-site.mjs) embeds the bicycle journey with the
// script tag; a policy is bought inside the frame, and the page hears what happened.

const API = `http://127.0.0.1:${process.env.E2E_API_PORT ?? 4110}`;
const APP = config.use!.baseURL!;
const ENTRY = `/embed/${PARTNER_ID}/products/bicycle`;

type Message = { type: string; version: number; policyNumber?: string; total?: string; currency?: string };

async function buyInFrame(page: Page, onIntro?: () => Promise<void>): Promise<{ n: string; frame: FrameLocator }> {
  await page.goto(`${PARTNER_ORIGIN}/`);
  const frame = page.frameLocator("iframe[data-qtp-embed]");
  const body = frame.locator("body");
  const heading = frame.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText("Keep on riding");
  await onIntro?.();
  await frame.getByRole("link", { name: "Start your quote" }).click();
  const steps = bicycle(uniqueEmail("embed")).steps;
  for (const step of steps) {
    if (step.kind === "display") {
      await expect(frame.getByRole("heading", { level: 2, name: step.heading })).toBeVisible();
      await frame.getByRole("button", { name: "Continue" }).click();
      continue;
    }
    await expect(heading).toHaveText(step.heading);
    if (step.kind === "form") for (const a of step.answers) await answer(body, a);
    await frame.getByRole("button", { name: "Continue" }).click();
  }
  await expect(heading).toHaveText("Check your answers");
  for (const box of CONFIRMATION) await frame.getByLabel(box, { exact: true }).check();
  await frame.getByRole("button", { name: "Confirm and continue" }).click();
  await expect(heading).toHaveText("Pay for your policy");
  await frame.getByRole("button", { name: "Pay securely" }).click();
  // The sandbox gateway's page, in the frame too.
  await frame.getByLabel("Card number").fill(CARDS.good);
  await frame.getByLabel("Expiry date (MM/YY)").fill("12/39");
  await frame.getByLabel("Security code").fill("123");
  await frame.getByLabel("Name on card").fill("A Customer");
  await frame.getByRole("button", { name: /^Pay / }).click();
  await expect(heading).toHaveText("You're covered");
  const n = (await frame.getByTestId("policy-number").textContent())!.trim();
  return { n, frame };
}

async function expectHeard(page: Page, n: string) {
  await expect
    .poll(async () => ((await page.evaluate("window.qtpMessages")) as Message[]).at(-1)?.type)
    .toBe("qtp:purchased");
  const messages = (await page.evaluate("window.qtpMessages")) as Message[];
  // Started first; a price each time it changed (the quote options); purchased once, last. (Where the frame can't
  // keep storage, a full page load may say "started" again: the schema allows repeats.)
  const types = messages.map((m) => m.type);
  expect(types[0]).toBe("qtp:quote-started");
  expect(types.filter((t) => t === "qtp:purchased")).toHaveLength(1);
  expect(new Set(types)).toEqual(new Set(["qtp:quote-started", "qtp:price-shown", "qtp:purchased"]));
  expect(messages.every((m) => m.version === 1 && m.policyNumber === n)).toBe(true);
  expect(messages.at(-2)).toMatchObject({ currency: "GBP", total: expect.stringMatching(/^\d+\.\d{2}$/) });
  // The frame sized itself to its content (the tag starts it at 640px).
  const height = await page.locator("iframe[data-qtp-embed]").evaluate((el) => (el as HTMLElement).style.height);
  expect(height).not.toBe("640px");
}

/** What the backend keeps: the partner's keys on the policy, as staff see it. */
async function expectPartnerKeys(page: Page, n: string) {
  const login = await page.request.post(`${API}/api/v3/login/`, {
    data: { username: "supervisor", password: "supervisor-demo-2026" },
  });
  const token = ((await login.json()) as { token: string }).token;
  const view = await page.request.get(`${API}/api/v3/policy/${n}/`, { headers: { authorization: `Bearer ${token}` } });
  expect(await view.json()).toMatchObject({
    status: "Active",
    partnership: "Ride On Bikes",
    distributor_id: PARTNER_ID,
    touchpoint_id: "checkout",
    referrer_url: `${PARTNER_ORIGIN}/`,
  });
}

/** Whether the frame may use its unpartitioned cookies and storage: third-party cookies allowed or not. */
const frameHasStorageAccess = (page: Page) =>
  page
    .frames()
    .find((f) => f.url().startsWith(`${APP}/products/`))!
    .evaluate(() => document.hasStorageAccess());

test("third-party cookies allowed: a partner's page on another origin sells a policy in the embed and hears it", async () => {
  // A profile of its own whose settings allow third-party cookies (Playwright's contexts block them, like Incognito).
  const dir = mkdtempSync(path.join(tmpdir(), "embed-profile-"));
  mkdirSync(path.join(dir, "Default"));
  const allow = { profile: { cookie_controls_mode: 0, block_third_party_cookies: false } };
  writeFileSync(path.join(dir, "Default", "Preferences"), JSON.stringify(allow));
  const launch = config.use!.launchOptions!;
  const context = await chromium.launchPersistentContext(dir, { ...launch, baseURL: APP, locale: "en-GB" });
  try {
    const page = await context.newPage();
    const { n } = await buyInFrame(page, async () => expect(await frameHasStorageAccess(page)).toBe(true));
    await expectHeard(page, n);
    await expectPartnerKeys(page, n);
    // The frame's session is its own partitioned cookie, never the person's own session with the app.
    const cookies = await context.cookies(APP);
    expect(cookies.find((c) => c.name === "qp_session_embed")).toMatchObject({ sameSite: "None", secure: true });
    expect(cookies.some((c) => c.name === "qp_session")).toBe(false);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test.describe("third-party cookies blocked", () => {
  let browser: Browser;
  test.beforeAll(async () => {
    // Blocked as Chrome's setting does (Playwright's contexts block them already; the flag makes sure):
    // partitioned (CHIPS) cookies still work, the frame's unpartitioned cookies and storage don't.
    const launch = config.use!.launchOptions!;
    browser = await chromium.launch({ ...launch, args: [...launch.args!, "--test-third-party-cookie-phaseout"] });
  });
  test.afterAll(() => browser.close());

  test("the journey still sells a policy inside the frame, and the host hears it", async () => {
    const context = await browser.newContext({ baseURL: APP, locale: "en-GB", timezoneId: "Europe/London" });
    const page = await context.newPage();
    const { n } = await buyInFrame(page, async () => expect(await frameHasStorageAccess(page)).toBe(false));
    await expectHeard(page, n);
    await expectPartnerKeys(page, n);
    await context.close();
  });
});

test("an origin that isn't the partner's can't frame the journey, nor anyone any other page", async ({
  page,
  playwright,
}) => {
  // A request context of its own: the entry's embed cookie must not reach the page's browser.
  const http = await playwright.request.newContext({ baseURL: APP });
  const other = await http.get("/products/bicycle");
  expect(other.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(other.headers()["x-frame-options"]).toBe("DENY");
  const entry = await http.get(ENTRY);
  expect(entry.headers()["content-security-policy"]).toMatch(/frame-ancestors ([^;]+)$/);
  expect(/frame-ancestors ([^;]+)$/.exec(entry.headers()["content-security-policy"])![1]).toBe(PARTNER_ORIGIN);
  expect(entry.headers()["x-frame-options"]).toBeUndefined();
  expect(entry.headers()["set-cookie"]).toMatch(/qp_embed=.*SameSite=none.*Partitioned|Partitioned.*SameSite=none/is);
  for (const address of ["/embed/nobody/products/bicycle", `/embed/${PARTNER_ID}/products/travel`]) {
    const refused = await http.get(address);
    expect(refused.status()).toBe(404);
    expect(refused.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  }
  await http.dispose();

  // A page on an origin not in the partner's list frames the embed URL: the browser refuses to show it.
  const stranger = "http://127.0.0.3:4999";
  await page.route(`${stranger}/`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>Not a partner</title><iframe src="${APP}${ENTRY}" title="Quote"></iframe>`,
    }),
  );
  // "load" waits for the frame too: here, the browser's error page in its place.
  await page.goto(`${stranger}/`, { waitUntil: "load" });
  await expect(page.frameLocator("iframe").getByText("Keep on riding")).toHaveCount(0);
});
