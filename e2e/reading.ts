import type { APIRequestContext, Page } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { expect } from "@playwright/test";
import { choicesOf, findUnreadable, type ChoiceValue } from "../lib/format/find-unreadable";

// Every page, PDF and email a customer meets, read as text and checked by one checker: no null, undefined, NaN,
// [object Object], ISO date, or a choice's bare value where its label belongs. The purchase specs read as they buy.

export type Reading = { where: string; text: string }[];

/** The page as it stands once settled, added to what was read. */
export async function readPage(page: Page, read: Reading, where: string) {
  await page.waitForLoadState("networkidle");
  read.push({ where: `${where} (${new URL(page.url()).pathname})`, text: await page.locator("body").innerText() });
}

/** Every PDF the page links to (documents, terms) not read before; returns the links it read. */
export async function readLinkedPdfs(page: Page, read: Reading, seen: Set<string>) {
  const hrefs = await page
    .locator("a[href]")
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute("href") ?? ""));
  for (const href of hrefs) {
    if (seen.has(href) || !/\/api\/v3\/|\.pdf(\?|$)/.test(href) || /pass_card|attachment|sandbox/.test(href)) continue;
    seen.add(href);
    const res = await page.request.get(href);
    if (!(res.headers()["content-type"] ?? "").includes("application/pdf")) continue;
    const text = (await new PDFParse({ data: new Uint8Array(await res.body()) }).getText()).text;
    read.push({ where: `PDF ${href}`, text });
  }
}

/** Every email sent to `email`, added to what was read; returns their kinds. */
export async function readOutbox(request: APIRequestContext, read: Reading, email: string): Promise<string[]> {
  const outbox = await (await request.get(`/api/v3/dev/outbox/?to=${encodeURIComponent(email)}`)).json();
  const emails = outbox.emails as Array<{ subject: string; body: string; kind: string }>;
  for (const e of emails) read.push({ where: `email "${e.subject}"`, text: `${e.subject}\n${e.body}` });
  return emails.map((e) => e.kind);
}

/** The choices of every step of the quote, from the forms the API serves (through this app, with its session). */
export async function productChoices(request: APIRequestContext, slug: string, n: string): Promise<ChoiceValue[]> {
  const meta = await (await request.get(`/api/v3/policy/meta/${slug}/`)).json();
  const forms = await Promise.all(
    (meta.form_sequence as Array<{ id: string }>).map(async (step) => {
      const res = await request.get(`/api/v3/policy/submit/${slug}/?policy_number=${n}&form_id=${step.id}`);
      return res.ok() ? (await res.json()).form : null;
    }),
  );
  return choicesOf(forms);
}

export function expectReadable(read: Reading, choices: ChoiceValue[]) {
  expect(choices.length, "the quote's choices").toBeGreaterThan(2);
  const problems = read.flatMap(({ where, text }) => findUnreadable(text, choices).map((p) => `${where}: ${p}`));
  expect(problems).toEqual([]);
}
