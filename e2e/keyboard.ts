import { expect, type Locator, type Page } from "@playwright/test";

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);
const holdsFocus = (box: Locator) => box.evaluate((el) => el.contains(document.activeElement));

/** Presses Tab (or Shift+Tab) until `target` has focus (or, with `within`, anything inside it). */
export async function tabTo(page: Page, target: Locator, { back = false, max = 80, within = false } = {}) {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await (within ? holdsFocus(target) : isFocused(target))) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`could not reach ${target} with ${back ? "Shift+Tab" : "Tab"}`);
}

/** Tab to a text box and type over what it holds (a date question: typeDate). */
export async function typeInto(page: Page, field: Locator, text: string, opts: { back?: boolean } = {}) {
  await tabTo(page, field, opts);
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}

/** Tab to a date question's day box and type the date's day, month and year, Tab between them. */
export async function typeDate(page: Page, group: Locator, iso: string) {
  const [year, month, day] = iso.split("-");
  const boxes = group.getByRole("textbox");
  await tabTo(page, boxes.nth(0));
  await page.keyboard.type(String(Number(day)));
  await page.keyboard.press("Tab");
  await page.keyboard.type(String(Number(month)));
  await page.keyboard.press("Tab");
  await page.keyboard.type(year);
  await expect(boxes.nth(2)).toHaveValue(year);
}

/** Tab into a radio group, then arrow keys (Space on the first) until the option is chosen. */
export async function chooseWithKeys(page: Page, group: Locator, option: string | RegExp) {
  const target = typeof option === "string" ? group.getByLabel(option, { exact: true }) : group.getByLabel(option);
  await tabTo(page, group, { within: true });
  for (let i = 0; i < 12 && !(await target.isChecked()); i++) {
    await page.keyboard.press((await isFocused(target)) ? "Space" : "ArrowDown");
  }
  await expect(target).toBeChecked();
}

/** Tab to a checkbox and press Space. */
export async function tickWithKeys(page: Page, box: Locator) {
  await tabTo(page, box);
  await page.keyboard.press("Space");
  await expect(box).toBeChecked();
}

/** Tab to a button or link and press Enter. */
export async function activate(page: Page, control: Locator, opts: { back?: boolean } = {}) {
  await tabTo(page, control, opts);
  await page.keyboard.press("Enter");
}
