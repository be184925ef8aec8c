import { expect, test } from "./fixtures";

// Every link on the storefront and on each product page leads somewhere real; product documents are PDFs.
test("every link on every product page works, and documents open as PDFs", async ({ page }) => {
  await page.goto("/");
  const products = await page
    .locator("main a[href^='/products/']")
    .evaluateAll((as) => [
      ...new Set(as.map((a) => (a as HTMLAnchorElement).pathname).filter((p) => /^\/products\/[^/]+$/.test(p))),
    ]);
  expect(products.length).toBeGreaterThanOrEqual(3);
  let documents = 0;
  let intros = 0;
  for (const path of products) {
    await page.goto(path);
    // A product with a blank intro goes straight to its first step, which has no document links.
    if (new URL(page.url()).pathname === path) intros++;
    const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of new Set(hrefs.filter((h) => new URL(h).origin === new URL(page.url()).origin))) {
      const reply = await page.request.get(href);
      expect(reply.status(), `${path} → ${href}`).toBe(200);
      if (href.includes("/attachments/")) {
        expect(reply.headers()["content-type"], href).toBe("application/pdf");
        expect((await reply.body()).subarray(0, 4).toString(), href).toBe("%PDF");
        documents++;
      }
    }
  }
  expect(intros).toBeGreaterThan(0);
  expect(documents).toBeGreaterThanOrEqual(intros * 2);
  const icon = await page.request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  // Kept by the browser for a day: it asks again after each move between pages otherwise (next.config.mjs).
  expect(icon.headers()["cache-control"]).toBe("public, max-age=86400");
});
