import type { Page } from "@playwright/test";
import { applyFor, bicycle, confirmAndPay, expect, expectBought, mainHeading, test, uniqueEmail } from "./fixtures";

/** Every Content-Security-Policy violation the browser reports on this page, across navigations. */
async function watchPolicy(page: Page): Promise<string[]> {
  const found: string[] = [];
  await page.exposeBinding("reportViolation", ({ page: p }, what: string) => void found.push(`${p.url()}: ${what}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { reportViolation(s: string): void }).reportViolation;
      report(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) found.push(`${page.url()}: ${message.text()}`);
  });
  return found;
}

test("pages carry a fresh nonce-based policy", async ({ page }) => {
  const first = await page.goto("/");
  const policy = first!.headers()["content-security-policy"];
  expect(policy).toMatch(/script-src 'nonce-[\w+/=]{16,}' 'strict-dynamic'/);
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) {
    expect(policy).toContain(directive);
  }
  const again = (await page.goto("/"))!.headers()["content-security-policy"];
  expect(again.match(/'nonce-([^']+)'/)![1]).not.toBe(policy.match(/'nonce-([^']+)'/)![1]);
  const api = await page.request.get("/api/v3/products/");
  expect(api.headers()["content-security-policy"]).toContain("default-src 'none'");
  // Any other path under /api/ is the API's own "nothing here", under the API's policy, never a page.
  const unknown = await page.request.post("/api/nothing/here", { headers: { origin: new URL(page.url()).origin } });
  expect(unknown.status()).toBe(404);
  expect(unknown.headers()["content-security-policy"]).toContain("default-src 'none'");
  expect(await unknown.json()).toMatchObject({ code: "not_found" });
});

test("no page of a whole purchase breaks the policy, the sandbox payment page included", async ({ page }) => {
  const violations = await watchPolicy(page);
  const n = await applyFor(page, bicycle(uniqueEmail("csp")));
  await confirmAndPay(page);
  await expectBought(page, n);
  for (const path of ["/account/sign-in", "/agent/sign-in", "/continue/NOPE.9999999999.bad"]) {
    await page.goto(path);
    await expect(mainHeading(page)).toBeVisible();
  }
  await page.getByRole("button", { name: "Continue this quote" }).click();
  await expect(mainHeading(page)).toHaveText("This link is not valid or has expired");
  expect(violations).toEqual([]);
});

test("the sandbox gateway's error summary still works under the policy", async ({ page }) => {
  const violations = await watchPolicy(page);
  await applyFor(page, bicycle(uniqueEmail("csp-gw")));
  await page.getByLabel("The information I have given is true and complete").check();
  await page.getByLabel("I have read and accept the terms and conditions").check();
  await page.getByRole("button", { name: "Confirm and continue" }).click();
  await page.getByRole("button", { name: "Pay securely" }).click();
  await expect(page).toHaveURL(/\/api\/v3\/payment\/sandbox\//);
  await page.getByLabel("Card number").fill("1234");
  await page.getByRole("button", { name: /^Pay / }).click();
  await expect(page.locator("#summary")).toBeFocused();
  expect(violations).toEqual([]);
});

test("the bench's own pages and handlers aren't there outside the bench", async ({ request }) => {
  for (const path of ["/bench/empty", "/api/bench/relay", "/api/bench/memory"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
