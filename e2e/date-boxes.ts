import type { Locator, Page } from "@playwright/test";

/** Plain helpers for a date question (no test runner here: the bench's step-latency answers with them too). */

/** A date question: its group of three boxes (day, month, year), named by the question. */
export const dateGroup = (scope: Page | Locator, question: string) =>
  scope.getByRole("group", { name: question, exact: true });

/** Writes an ISO date into a date question's boxes (day, month, year, whatever their language): 4, 5, 1990. */
export async function fillDate(group: Locator, iso: string): Promise<void> {
  const [year, month, day] = iso.split("-");
  const boxes = group.getByRole("textbox");
  await boxes.nth(0).fill(String(Number(day)));
  await boxes.nth(1).fill(String(Number(month)));
  await boxes.nth(2).fill(year);
}

/** What a date question's boxes say, as an ISO date. */
export async function dateValue(group: Locator): Promise<string> {
  const boxes = group.getByRole("textbox");
  const [day, month, year] = [
    await boxes.nth(0).inputValue(),
    await boxes.nth(1).inputValue(),
    await boxes.nth(2).inputValue(),
  ];
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Fills the question labelled `label` with `text`: into a date question's boxes when it is one and `text` a date. */
export async function fillAnswer(scope: Page | Locator, label: string, text: string): Promise<void> {
  const date = dateGroup(scope, label);
  if (ISO_DATE.test(text) && (await date.count()) > 0) return fillDate(date, text);
  return scope.getByLabel(label, { exact: true }).fill(text);
}
