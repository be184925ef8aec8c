import { answer, bikeAnswers, expect, mainHeading, test } from "./fixtures";

test("a reload keeps what was typed", async ({ page }) => {
  await page.goto("/products/bicycle/apply");
  await page.getByLabel("Make", { exact: true }).fill("Brompton");
  await page.getByLabel("Model", { exact: true }).fill("C Line");
  // The draft is saved shortly after typing stops.
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage).some((k) => localStorage.getItem(k)?.includes("C Line"))))
    .toBe(true);
  await page.reload();
  await expect(page.getByLabel("Make", { exact: true })).toHaveValue("Brompton");
  await expect(page.getByLabel("Model", { exact: true })).toHaveValue("C Line");
});

test("Back shows the previous step with its answers, and the quote resumes in another tab", async ({
  page,
  context,
}) => {
  await page.goto("/products/bicycle/apply");
  for (const a of bikeAnswers({ value: "2400.00" })) await answer(page, a);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(mainHeading(page)).toHaveText("Your cover");
  await expect(page.getByText("Step 2 of 3")).toBeVisible();
  // The step is named in the address: /quote/<n>/<form id>.
  await expect(page).toHaveURL(/\/quote\/[^/]+\/[^/]+$/);
  const quoteUrl = page.url();
  const n = /\/quote\/([^/]+)\//.exec(quoteUrl)![1];

  await page.getByRole("link", { name: "Back" }).click();
  await expect(mainHeading(page)).toHaveText("Your bicycle");
  await expect(page.getByText("Step 1 of 3")).toBeVisible();
  await expect(page.getByLabel("What is the bike worth?")).toHaveValue("2400.00");
  await expect(page.getByLabel("Hybrid or commuter")).toBeChecked();
  await page.getByLabel("What is the bike worth?").fill("2500.00");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(mainHeading(page)).toHaveText("Your cover");
  expect(page.url()).toBe(quoteUrl);

  // The browser's own Back and Forward, and a reload, stay on the steps they name, with the answers saved last.
  await page.goBack();
  await expect(mainHeading(page)).toHaveText("Your bicycle");
  await expect(page.getByLabel("What is the bike worth?")).toHaveValue("2500.00");
  await page.goForward();
  await expect(mainHeading(page)).toHaveText("Your cover");
  await page.reload();
  await expect(mainHeading(page)).toHaveText("Your cover");

  const other = await context.newPage();
  await other.goto(quoteUrl);
  await expect(mainHeading(other)).toHaveText("Your cover");
  await expect(
    other.getByRole("radiogroup", { name: "Level of cover" }).getByRole("radio", { checked: true }),
  ).toHaveCount(1);
  // The quote's own address resumes where it stands.
  await other.goto(`/quote/${n}`);
  await expect(mainHeading(other)).toHaveText("Your cover");
  await expect(other).toHaveURL(quoteUrl);
});

test("Continue asks the server once: the next step comes from its answer, at its own address and title", async ({
  page,
}) => {
  await page.goto("/products/bicycle/apply");
  for (const a of bikeAnswers()) await answer(page, a);
  const asked: string[] = [];
  page.on("request", (r) => {
    // A link's prefetch (the new step's Back) is the router's own, not the step.
    if (r.headers()["next-router-prefetch"]) return;
    const url = new URL(r.url());
    if (url.pathname.startsWith("/api/") || url.pathname.startsWith("/quote/"))
      asked.push(`${r.method()} ${url.pathname}`);
  });
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(mainHeading(page)).toHaveText("Your cover");
  await expect(mainHeading(page)).toBeFocused();
  await expect(page).toHaveURL(/\/quote\/[^/]+\/quote$/);
  await expect(page).toHaveTitle(/^Your cover – Bicycle/);
  await expect(page.getByText("Step 2 of 3")).toBeVisible();
  expect(asked.filter((a) => !a.includes("/price"))).toEqual(["POST /api/v3/policy/submit/bicycle/"]);

  // The address it shows is the step's own: a reload draws the same step on the server.
  await page.reload();
  await expect(mainHeading(page)).toHaveText("Your cover");
  await expect(page.getByText("Step 2 of 3")).toBeVisible();
});

test("a failed request keeps the answers and can be tried again", async ({ page }) => {
  await page.goto("/products/bicycle/apply");
  for (const a of bikeAnswers()) await answer(page, a);
  // The policy service is unreachable for one request: the proxy answers 502 with the contract's body.
  await page.route("**/api/v3/policy/submit/**", (route) =>
    route.request().method() === "POST"
      ? route.fulfill({
          status: 502,
          json: { detail: "We can't reach the policy service right now.", code: "bad_gateway" },
        })
      : route.fallback(),
  );
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Your answers are saved on this device");
  await expect(page.getByRole("main").getByRole("alert")).toBeFocused();
  await expect(mainHeading(page)).toHaveText("Your bicycle");
  await expect(page.getByLabel("Make", { exact: true })).toHaveValue("Brompton");

  await page.unrouteAll();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(mainHeading(page)).toHaveText("Your cover");
});

test("a failed Continue moves focus to the summary, whose links move focus to each question", async ({ page }) => {
  await page.goto("/products/bicycle/apply");
  await page.getByLabel("Make", { exact: true }).fill("Brompton");
  await page.getByRole("button", { name: "Continue" }).click();
  const summary = page.getByRole("main").getByRole("alert");
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: /model/i }).click();
  await expect(page.getByLabel("Model", { exact: true })).toBeFocused();
});
