import type { Page } from "@playwright/test";
import { expect, expectAccessible, mainHeading, test } from "./fixtures";
import { panel, signIn } from "./console";

// The console on a phone, a tablet and a laptop: nothing scrolls sideways, and the last column is in view.

test.describe.configure({ timeout: 120_000 });

const WIDTHS = [
  { name: "phone", width: 390, height: 844 },
  { name: "tablet", width: 768, height: 1024 },
  { name: "laptop", width: 1280, height: 900 },
];

/** How much wider than the window the page is ("0 px" when it fits), naming the innermost elements that stick out. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const by = document.documentElement.scrollWidth - width;
    if (by <= 0) return "0 px";
    const out = [...document.querySelectorAll("main *")].filter((el) => el.getBoundingClientRect().right > width + 1);
    const innermost = out.filter((el) => !out.some((other) => other !== el && el.contains(other)));
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 4).join(".")}`;
    return `${by} px: ${innermost.slice(0, 6).map(name).join(", ")}`;
  });

/** The results as cards (a phone or a tablet). */
const cards = (page: Page) => page.getByRole("region", { name: /^Policies, sorted by/ }).getByRole("listitem");

async function expectInView(page: Page, what: string, locate: ReturnType<Page["locator"]>) {
  await expect(locate, what).toBeVisible();
  const box = (await locate.boundingBox())!;
  const width = page.viewportSize()!.width;
  expect(box.x, `${what} starts in the window`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what} ends in the window`).toBeLessThanOrEqual(width);
}

for (const size of WIDTHS) {
  test(`the console fits a ${size.name} (${size.width} px): no sideways scrolling, every column in view`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await signIn(page, "supervisor", "/agent?status=S_ACTIVE&status=S_CANCELLED&status=S_QUOTED&per_page=10");
    await expect(mainHeading(page)).toHaveText("Agent console");
    expect(await overflow(page), "search page overflow").toBe("0 px");
    // The last column ("Sold by") of the first result: in the table on a wide screen, on the card otherwise.
    const soldBy =
      size.width >= 1024
        ? page.getByRole("table").getByRole("columnheader", { name: "Sold by" })
        : cards(page)
            .first()
            .locator("dt", { hasText: /^Sold by$/ });
    await expectInView(page, "the Sold by column", soldBy);
    await expectAccessible(page, `search at ${size.width} px`);

    // A bought policy, with its payments, history, documents and actions.
    const first =
      size.width >= 1024
        ? page.getByRole("table").getByRole("rowheader").first().getByRole("link")
        : cards(page).first().getByRole("link").first();
    await first.click();
    await expect(mainHeading(page)).toHaveText(/^Policy /);
    await expect(page.getByRole("heading", { name: "Documents", level: 2 })).toBeVisible();
    expect(await overflow(page), "policy page overflow").toBe("0 px");
    const copy = panel(page, "Copy to a new quote");
    await copy.getByRole("button", { name: "Copy to a new quote" }).click();
    await expectInView(page, "the copy confirmation", copy.getByRole("button", { name: "Yes, copy it" }));
    expect(await overflow(page), "policy page overflow with a panel open").toBe("0 px");
    await expectAccessible(page, `policy page at ${size.width} px`);
  });
}
