import type { APIRequestContext, Page } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { choicesOf, findUnreadable, type ChoiceValue } from "../lib/format/find-unreadable";
import {
  answer,
  bicycle,
  CONFIRMATION,
  expect,
  homeContents,
  latestCode,
  mainHeading,
  payOnSandbox,
  test,
  travel,
  uniqueEmail,
  type Journey,
} from "./fixtures";

// Every page, PDF and email a customer meets buying each product, read as text and checked by one checker:
// no null, undefined, NaN, [object Object], ISO date, or a choice's bare value where its label belongs.

type Audit = { where: string; text: string }[];

/** The choices of every step of the quote, from the forms the API serves (through this app, with its session). */
async function productChoices(request: APIRequestContext, slug: string, n: string): Promise<ChoiceValue[]> {
  const meta = await (await request.get(`/api/v3/policy/meta/${slug}/`)).json();
  const forms = await Promise.all(
    (meta.form_sequence as Array<{ id: string }>).map(async (step) => {
      const res = await request.get(`/api/v3/policy/submit/${slug}/?policy_number=${n}&form_id=${step.id}`);
      return res.ok() ? (await res.json()).form : null;
    }),
  );
  return choicesOf(forms);
}

const pageText = (page: Page) => page.locator("body").innerText();

/** Every PDF the page links to (documents, terms), as text. */
async function linkedPdfs(page: Page, audit: Audit, seen: Set<string>) {
  const hrefs = await page
    .locator("a[href]")
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute("href") ?? ""));
  for (const href of hrefs) {
    if (seen.has(href) || !/\/api\/v3\/|\.pdf(\?|$)/.test(href) || /pass_card|attachment|sandbox/.test(href)) continue;
    seen.add(href);
    const res = await page.request.get(href);
    if (!(res.headers()["content-type"] ?? "").includes("application/pdf")) continue;
    const text = (await new PDFParse({ data: new Uint8Array(await res.body()) }).getText()).text;
    audit.push({ where: `PDF ${href}`, text });
  }
}

async function visit(page: Page, audit: Audit, where: string) {
  await page.waitForLoadState("networkidle");
  audit.push({ where: `${where} (${new URL(page.url()).pathname})`, text: await pageText(page) });
}

function expectReadable(audit: Audit, choices: ChoiceValue[]) {
  const problems = audit.flatMap(({ where, text }) => findUnreadable(text, choices).map((p) => `${where}: ${p}`));
  expect(problems).toEqual([]);
}

/** Buys `journey`, reading every page on the way; returns the policy number. */
async function buyReading(page: Page, journey: Journey, audit: Audit, withErrors = true): Promise<string> {
  await page.goto("/");
  await visit(page, audit, "products");
  await page.getByRole("link", { name: `Get a quote for ${journey.name.toLowerCase()}` }).click();
  if (journey.intro) {
    await expect(mainHeading(page)).toHaveText(journey.intro);
    await visit(page, audit, "intro");
    await page.getByRole("link", { name: "Start your quote" }).click();
  }
  for (const step of journey.steps) {
    if (step.kind === "display") {
      await expect(page.getByRole("heading", { level: 2, name: step.heading })).toBeVisible();
      await visit(page, audit, step.heading);
      await page.getByRole("button", { name: "Continue" }).click();
      continue;
    }
    await expect(mainHeading(page)).toHaveText(step.heading);
    if (step.kind === "otp") {
      await visit(page, audit, step.heading);
      await page.getByLabel("Verification code").fill(await latestCode(page, step.email));
    } else {
      // The first step with nothing answered: its error messages (for questions too) are generated English.
      if (step === journey.steps[0] && withErrors) {
        await page.getByRole("button", { name: "Continue" }).click();
        await expect(page.getByRole("alert").first()).toBeVisible();
        await visit(page, audit, `${step.heading} with errors`);
      }
      for (const a of step.answers) await answer(page, a);
      await visit(page, audit, step.heading);
    }
    await page.getByRole("button", { name: "Continue" }).click();
  }
  await expect(mainHeading(page)).toHaveText("Check your answers");
  return /\/quote\/([^/]+)\/review/.exec(page.url())![1];
}

async function signIn(page: Page, email: string) {
  await page.goto("/account");
  if (!/\/account\/sign-in/.test(page.url())) return;
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send me a code" }).click();
  await expect(page.getByText(/We've sent a code/)).toBeVisible();
  await page.getByLabel("6-digit code").fill(await latestCode(page, email, "to sign in to your account"));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(mainHeading(page)).toHaveText("Your policies");
}

const PRODUCTS: Array<[string, (email: string) => Journey]> = [
  ["bicycle", bicycle],
  ["travel", travel],
  ["home contents", homeContents],
];

for (const [name, journeyFor] of PRODUCTS) {
  test(`every page, PDF and email of buying ${name} insurance reads as English`, async ({ page }) => {
    test.setTimeout(240_000);
    const email = uniqueEmail(name.replace(/\s+/g, "-"));
    const journey = journeyFor(email);
    const audit: Audit = [];
    const pdfs = new Set<string>();

    const n = await buyReading(page, journey, audit);
    const choices = await productChoices(page.request, journey.slug, n);
    expect(choices.length).toBeGreaterThan(2);
    await visit(page, audit, "review");
    await linkedPdfs(page, audit, pdfs);

    for (const box of CONFIRMATION) await page.getByLabel(box, { exact: true }).check();
    await page.getByRole("button", { name: "Confirm and continue" }).click();
    await expect(mainHeading(page)).toHaveText("Pay for your policy");
    await visit(page, audit, "payment");
    await page.getByRole("button", { name: "Pay securely" }).click();
    await payOnSandbox(page);
    await expect(mainHeading(page)).toHaveText("You're covered");
    await visit(page, audit, "done");
    await linkedPdfs(page, audit, pdfs);

    await signIn(page, email);
    await visit(page, audit, "account");
    await page.getByRole("link", { name: new RegExp(`, policy ${n}$`) }).click();
    await expect(mainHeading(page)).toHaveText(`Policy ${n}`);
    await visit(page, audit, "policy");
    await linkedPdfs(page, audit, pdfs);
    expect([...pdfs].filter((href) => href.includes(n)).length).toBeGreaterThanOrEqual(3);

    const outbox = await (await page.request.get(`/api/v3/dev/outbox/?to=${encodeURIComponent(email)}`)).json();
    const emails = outbox.emails as Array<{ subject: string; body: string; kind: string }>;
    expect(emails.map((e) => e.kind)).toContain("policy_issued");
    for (const e of emails) audit.push({ where: `email "${e.subject}"`, text: `${e.subject}\n${e.body}` });

    expectReadable(audit, choices);
  });
}

test("the review prints without its Change links or the confirm form", async ({ page }) => {
  test.setTimeout(120_000);
  const audit: Audit = [];
  await buyReading(page, bicycle(uniqueEmail("print")), audit, false);
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
