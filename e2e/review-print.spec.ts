import { applyFor, bicycle, expect, mainHeading, test, uniqueEmail } from "./fixtures";

// How the review prints and how a read-only field looks. Whether every page, PDF and email reads as English is
// checked as each product is bought (purchase.spec.ts, through e2e/reading.ts).

test("the review prints without its Change links or the confirm form", async ({ page }) => {
  test.setTimeout(120_000);
  await applyFor(page, bicycle(uniqueEmail("print")));
  const change = page.getByRole("link", { name: /^Change/ }).first();
  const print = page.getByRole("button", { name: "Print your answers" });
  await expect(change).toBeVisible();
  await expect(print).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await print.click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: "print" });
  await expect(change).toBeHidden();
  await expect(print).toBeHidden();
  await expect(page.getByRole("button", { name: "Confirm and continue" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Your bicycle" })).toBeVisible();
  await expect(page.getByText("Brompton")).toBeVisible();
});

test("a read-only field looks read-only, unlike the fields beside it", async ({ page }) => {
  await page.goto("/products/home-contents");
  await expect(mainHeading(page)).toHaveText("Your home");
  const fixed = page.getByLabel("Country", { exact: true });
  const editable = page.getByLabel("Town or city", { exact: true });
  await expect(fixed).toHaveAttribute("readonly", "");
  const look = (el: typeof fixed) =>
    el.evaluate((e) => {
      const s = getComputedStyle(e);
      return { border: s.borderTopStyle, background: s.backgroundColor, color: s.color };
    });
  const [a, b] = [await look(fixed), await look(editable)];
  expect(a.border).toBe("dashed");
  expect(b.border).toBe("solid");
  expect(a.background).not.toBe(b.background);
  expect(a.color).not.toBe(b.color);
});
